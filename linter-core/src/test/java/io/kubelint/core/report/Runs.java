package io.kubelint.core.report;

import static io.kubelint.core.testing.RepositoryFiles.ROOT;
import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;

import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.Rule;
import io.kubelint.core.rule.RuleSettings;
import io.kubelint.core.schema.SchemaCatalog;
import io.kubelint.core.yaml.YamlLimits;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Real lint runs over the manifests under {@code testdata/reporting/}, for the reporter tests. */
final class Runs {

  static final Path REPORTING = TESTDATA.resolve("reporting");
  static final SchemaCatalog CATALOG = new SchemaCatalog();
  /** File names relative to testdata/, paths and URIs relative to the repository (the folder above it). */
  static final ReportSettings REPOSITORY = ReportSettings.defaults("t").withSourceRoot(ROOT)
      .withInputBase(TESTDATA);

  private Runs() {
  }

  /** Lints {@code inputs} with the core rules, naming files relative to {@code base}. */
  static LintResult lint(Path base, Map<String, Severity> severities, Path... inputs) {
    return lint(base, severities, List.of(), Arrays.stream(inputs).map(Input::of).toList());
  }

  /** Lints {@code inputs} with the core rules and {@code rules}, naming files relative to {@code base}. */
  static LintResult lint(Path base, Map<String, Severity> severities, List<? extends Rule> rules,
                         List<Input> inputs) {
    return lint(base, severities, rules, inputs, false);
  }

  /** Lints {@code inputs} with the core rules, listing every linted object in the result. */
  static LintResult lintListingObjects(Path base, Map<String, Severity> severities, Path... inputs) {
    return lint(base, severities, List.of(), Arrays.stream(inputs).map(Input::of).toList(), true);
  }

  private static LintResult lint(Path base, Map<String, Severity> severities, List<? extends Rule> rules,
                                 List<Input> inputs, boolean listObjects) {
    LintOptions options = new LintOptions(CATALOG.defaultVersion(), new RuleSettings(Set.of(), severities),
        YamlLimits.DEFAULT, 1, "<stdin>", base, List.of(), false, listObjects);
    return new Linter(options, rules, CATALOG).lint(inputs);
  }

  /** Lints files under {@code testdata/reporting}, named {@code reporting/…}. */
  static LintResult lintTestdata(String... names) {
    return lint(TESTDATA, Map.of(), Arrays.stream(names).map(REPORTING::resolve).toArray(Path[]::new));
  }

  /** Settings for a run in {@code dir}: file names, paths and URIs all relative to it. */
  static ReportSettings settingsIn(Path dir) {
    return ReportSettings.defaults("t").withSourceRoot(dir).withInputBase(dir);
  }

  /** What {@code reporter} writes for {@code result}. */
  static String render(Reporter reporter, LintResult result) {
    StringWriter out = new StringWriter();
    try {
      reporter.write(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
