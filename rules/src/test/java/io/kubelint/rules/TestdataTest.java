package io.kubelint.rules;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.model.Finding;
import io.kubelint.core.rule.RuleSettings;
import io.kubelint.core.schema.KubernetesVersion;
import io.kubelint.core.schema.SchemaCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The one harness for every manifest under {@code testdata/}: each file declares the findings it must produce with
 * {@code # expect: rule-id[, rule-id…]} on the line the finding points at (the marker is read from the raw text, so
 * it works inside strings and on lines YAML cannot parse). {@code rule-id (warning)} also requires the finding's
 * severity ({@code error}, {@code warning} or {@code info}), {@code rule-id@15} its column. A file without markers
 * must produce no finding. Documents are linted with the default number of worker threads, as users run them.
 * Missing and extra findings both fail.
 *
 * <p>A comment {@code # kubelint-test: --kubernetes-version=1.28 --disable=rule-id} in a file sets options for it
 * ({@code --schema-dir=DIR} is relative to {@code testdata/}; {@code --ignore-missing-schemas} also works). A folder whose name ends in {@code .run} is linted as one run (cross-file cases such as a CRD and
 * its custom resources), its files' markers together.
 */
class TestdataTest {

  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([a-z0-9, ()@-]+?)\\s*$");
  private static final Pattern EXPECTED_ID =
      Pattern.compile("([a-z0-9-]+)(@[0-9]+)?(?:\\s*\\((error|warning|info)\\))?");
  private static final Pattern OPTIONS = Pattern.compile("#\\s*kubelint-test:(.*)$");
  private static final SchemaCatalog CATALOG = new SchemaCatalog();

  @TestFactory
  Stream<DynamicTest> everyTestdataManifest() throws IOException {
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(TESTDATA)) {
      paths.filter(p -> isCase(p)).sorted().forEach(cases::add);
    }
    assertFalse(cases.isEmpty(), "no test manifests under " + TESTDATA.toAbsolutePath());
    return cases.stream().map(c -> DynamicTest.dynamicTest(TESTDATA.relativize(c).toString(), () -> check(c)));
  }

  private static boolean isCase(Path p) {
    if (Files.isDirectory(p)) {
      return p.getFileName().toString().endsWith(".run");
    }
    String name = p.getFileName().toString();
    boolean manifest = name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    boolean insideRun = false;
    for (Path parent = p.getParent(); parent != null; parent = parent.getParent()) {
      String dir = parent.getFileName() == null ? "" : parent.getFileName().toString();
      insideRun |= dir.endsWith(".run") || dir.endsWith(".schemas");
    }
    return manifest && !insideRun;
  }

  private static void check(Path testCase) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(testCase)) {
      try (Stream<Path> paths = Files.walk(testCase)) {
        paths.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    } else {
      files.add(testCase);
    }
    LintOptions options = LintOptions.defaults(CATALOG.defaultVersion());
    TreeMap<String, List<String>> expected = new TreeMap<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher options1 = OPTIONS.matcher(lines.get(i));
        if (options1.find()) {
          options = applyOptions(options, options1.group(1));
        }
        Matcher m = EXPECT.matcher(lines.get(i));
        if (m.find()) {
          for (String id : m.group(1).split(",")) {
            if (!id.isBlank()) {
              Matcher idMatch = EXPECTED_ID.matcher(id.trim());
              if (!idMatch.matches()) {
                fail(file + ":" + (i + 1) + ": cannot read the expectation '" + id.trim() + "'");
              }
              String want = idMatch.group(1) + (idMatch.group(2) == null ? "" : idMatch.group(2))
                  + (idMatch.group(3) == null ? "" : " (" + idMatch.group(3) + ")");
              expected.computeIfAbsent(key(file, i + 1), k -> new ArrayList<>()).add(want);
            }
          }
        }
      }
    }
    LintResult result = new Linter(options, BuiltinRules.all(), CATALOG)
        .lint(List.of(Input.of(testCase)));
    if (!result.errors().isEmpty()) {
      fail("input errors: " + result.errors());
    }
    TreeMap<String, List<Finding>> actual = new TreeMap<>();
    for (Finding f : result.findings()) {
      actual.computeIfAbsent(key(Path.of(f.file()), f.line()), k -> new ArrayList<>()).add(f);
    }
    List<String> problems = new ArrayList<>();
    Set<String> lines = new java.util.TreeSet<>(expected.keySet());
    lines.addAll(actual.keySet());
    for (String line : lines) {
      List<String> want = new ArrayList<>(expected.getOrDefault(line, List.of()));
      List<Finding> got = new ArrayList<>(actual.getOrDefault(line, List.of()));
      for (Finding f : List.copyOf(got)) {
        String severity = " (" + f.severity().name().toLowerCase(java.util.Locale.ROOT) + ")";
        String column = "@" + f.column();
        if (want.remove(f.ruleId() + column + severity) || want.remove(f.ruleId() + column)
            || want.remove(f.ruleId() + severity) || want.remove(f.ruleId())) {
          got.remove(f);
        }
      }
      want.forEach(id -> problems.add(line + ": missing " + id));
      got.forEach(f -> problems.add(line + ": unexpected " + f.ruleId() + "@" + f.column() + " (" + f.severity()
          + "): " + f.message()));
    }
    if (!problems.isEmpty()) {
      fail("findings differ from the # expect: markers\n  " + String.join("\n  ", problems));
    }
  }

  private static String key(Path file, int line) {
    return file.toAbsolutePath().normalize() + ":" + String.format("%05d", line);
  }

  private static LintOptions applyOptions(LintOptions options, String text) {
    LintOptions out = options;
    for (String option : text.trim().split("\\s+")) {
      if (option.startsWith("--kubernetes-version=")) {
        out = out.withKubernetesVersion(KubernetesVersion.parse(option.substring(option.indexOf('=') + 1)));
      } else if (option.startsWith("--schema-dir=")) {
        List<Path> dirs = new ArrayList<>(out.schemaDirs());
        dirs.add(TESTDATA.resolve(option.substring(option.indexOf('=') + 1)));
        out = out.withSchemas(dirs, out.ignoreMissingSchemas());
      } else if (option.equals("--ignore-missing-schemas")) {
        out = out.withSchemas(out.schemaDirs(), true);
      } else if (option.startsWith("--disable=")) {
        Set<String> disabled = new java.util.HashSet<>(out.rules().disabled());
        disabled.add(option.substring(option.indexOf('=') + 1));
        out = out.withRules(new RuleSettings(disabled, out.rules().severities()));
      } else if (!option.isBlank()) {
        fail("unknown kubelint-test option " + option);
      }
    }
    return out;
  }
}
