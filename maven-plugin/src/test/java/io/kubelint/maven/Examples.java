package io.kubelint.maven;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;

import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.schema.SchemaCatalog;
import io.kubelint.rules.BuiltinRules;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Real lint runs over the example manifests of {@code testdata/examples}, named relative to that folder. */
final class Examples {

  static final Path FOLDER = TESTDATA.resolve("examples");
  /** One catalog for every run, so each kind's schema is read and compiled once. */
  private static final SchemaCatalog CATALOG = new SchemaCatalog();

  private Examples() {
  }

  /** Lints the named example files with every built-in rule and the default Kubernetes version. */
  static LintResult lint(String... names) {
    LintOptions options = LintOptions.defaults(CATALOG.defaultVersion()).withBaseDir(FOLDER);
    List<Input> inputs = Arrays.stream(names).map(n -> Input.of(FOLDER.resolve(n))).toList();
    return new Linter(options, BuiltinRules.all(), CATALOG).lint(inputs);
  }
}
