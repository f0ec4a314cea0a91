package io.kubelint.core.builtin;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;

import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.model.Finding;
import io.kubelint.core.schema.KubernetesVersion;
import io.kubelint.core.schema.SchemaCatalog;
import java.util.List;

/** Lints manifests (of {@code testdata/}) with the core rules, as the tests of the core rules need it. */
final class Testdata {

  static final SchemaCatalog CATALOG = new SchemaCatalog();

  private Testdata() {
  }

  /**
   * The findings of one file of {@code testdata/} under {@code version}, sorted by line.
   *
   * @param ignoreMissingSchemas as {@code --ignore-missing-schemas}
   */
  static List<Finding> lint(String file, String version, boolean ignoreMissingSchemas) {
    return lint(KubernetesVersion.parse(version), ignoreMissingSchemas, Input.of(TESTDATA.resolve(file))).findings();
  }

  /**
   * A run of the core rules over {@code input} under {@code version}, on one thread.
   *
   * @param ignoreMissingSchemas as {@code --ignore-missing-schemas}
   */
  static LintResult lint(KubernetesVersion version, boolean ignoreMissingSchemas, Input input) {
    LintOptions options = LintOptions.defaults(version).withThreads(1).withSchemas(List.of(), ignoreMissingSchemas);
    return new Linter(options, List.of(), CATALOG).lint(List.of(input));
  }

  /** The finding of {@code rule} on {@code line}; fails when there is not exactly one. */
  static Finding at(List<Finding> findings, String rule, int line) {
    List<Finding> on = findings.stream().filter(f -> f.ruleId().equals(rule) && f.line() == line).toList();
    if (on.size() != 1) {
      throw new AssertionError("expected one " + rule + " finding on line " + line + ": " + findings);
    }
    return on.get(0);
  }
}
