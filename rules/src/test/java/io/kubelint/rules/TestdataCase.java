package io.kubelint.rules;

import static io.kubelint.core.testing.RepositoryFiles.ROOT;
import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;

import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.model.Finding;
import io.kubelint.core.rule.RuleSettings;
import io.kubelint.core.schema.KubernetesVersion;
import io.kubelint.core.schema.SchemaCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One case of {@code testdata/}: a manifest file, or a folder whose name ends in {@code .run} linted as one run,
 * with the findings its {@code # expect:} markers declare and the options its {@code # kubelint-test:} comments set
 * (the syntax is in {@link TestdataTest}).
 *
 * @param path the file or folder
 * @param files its manifest files, sorted
 * @param options the options of its run
 * @param expectations the findings it must produce, and no others
 */
record TestdataCase(Path path, List<Path> files, LintOptions options, List<Expectation> expectations) {

  static final SchemaCatalog CATALOG = new SchemaCatalog();
  /** Where each rule's cases are: {@code testdata/rules/RULE-ID/}. */
  static final Path RULES = TESTDATA.resolve("rules");

  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:(.*)$");
  private static final Pattern OPTIONS = Pattern.compile("#\\s*kubelint-test:(.*)$");

  /** Every case under {@code dir}, sorted by path. */
  static List<TestdataCase> under(Path dir) {
    List<TestdataCase> cases = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.filter(TestdataCase::isCase).sorted().forEach(p -> cases.add(read(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  /** The cases in a rule's folder, {@code testdata/rules/RULE-ID/} (none when it does not exist). */
  static List<TestdataCase> ofRule(String ruleId) {
    Path dir = RULES.resolve(ruleId);
    return Files.isDirectory(dir) ? under(dir) : List.of();
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

  /**
   * Reads a case's markers and options.
   *
   * @throws IllegalArgumentException for a marker or option that cannot be read
   */
  static TestdataCase read(Path path) {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> paths = Files.walk(path)) {
        paths.filter(Files::isRegularFile).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      files.add(path);
    }
    LintOptions options = LintOptions.defaults(CATALOG.defaultVersion());
    List<Expectation> expectations = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = lines(file);
      for (int i = 0; i < lines.size(); i++) {
        Matcher option = OPTIONS.matcher(lines.get(i));
        if (option.find()) {
          options = applyOptions(options, option.group(1), file + ":" + (i + 1));
        }
        Matcher marker = EXPECT.matcher(lines.get(i));
        if (marker.find()) {
          expectations.addAll(Expectation.parse(file, i + 1, marker.group(1)));
        }
      }
    }
    return new TestdataCase(path, List.copyOf(files), options, List.copyOf(expectations));
  }

  /** The lines of a file (UTF-8; a file that is not UTF-8 text has none, as it can hold no marker). */
  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The case's name relative to {@code testdata/}. */
  String name() {
    return TESTDATA.relativize(path).toString();
  }

  /** Whether it is a must-not-fire case of its folder's rule: its name starts with {@code passes}. */
  boolean isPasses() {
    return path.getFileName().toString().startsWith("passes");
  }

  /** Its expectations of one rule. */
  List<Expectation> expectationsOf(String ruleId) {
    return expectations.stream().filter(e -> e.ruleId().equals(ruleId)).toList();
  }

  /**
   * Lints the case as users would, with the built-in rules, from the repository root: findings name files
   * {@code testdata/…}, as the rule pages show them.
   */
  LintResult lint() {
    return new Linter(options.withBaseDir(ROOT), BuiltinRules.all(), CATALOG).lint(List.of(Input.of(path)));
  }

  /** The file a finding of {@link #lint()} is in. */
  static Path fileOf(Finding f) {
    return ROOT.resolve(f.file()).normalize();
  }

  /**
   * What differs between the findings of {@code result} and the expectations: a line per missing or unexpected
   * finding; empty when they agree.
   */
  List<String> differences(LintResult result) {
    TreeMap<String, List<Expectation>> expected = new TreeMap<>();
    for (Expectation e : expectations) {
      expected.computeIfAbsent(key(e.file(), e.line()), k -> new ArrayList<>()).add(e);
    }
    TreeMap<String, List<Finding>> actual = new TreeMap<>();
    for (Finding f : result.findings()) {
      actual.computeIfAbsent(key(fileOf(f), f.line()), k -> new ArrayList<>()).add(f);
    }
    List<String> problems = new ArrayList<>();
    Set<String> lines = new TreeSet<>(expected.keySet());
    lines.addAll(actual.keySet());
    for (String line : lines) {
      List<Expectation> want = new ArrayList<>(expected.getOrDefault(line, List.of()));
      want.sort(Comparator.comparingInt(Expectation::specificity).reversed());
      List<Finding> got = new ArrayList<>(actual.getOrDefault(line, List.of()));
      for (Expectation e : List.copyOf(want)) {
        got.stream().filter(e::matches).findFirst().ifPresent(f -> {
          got.remove(f);
          want.remove(e);
        });
      }
      want.forEach(e -> problems.add(line + ": missing " + e));
      got.forEach(f -> problems.add(line + ": unexpected " + describe(f)));
    }
    return problems;
  }

  /** A finding as an expectation that would match it exactly. */
  static String describe(Finding f) {
    return f.ruleId() + "@" + f.column() + " (" + f.severity().label() + ") =" + Expectation.quote(f.message())
        + (f.fixes().isEmpty() ? "" : " -> " + Expectation.quote(f.fixes().get(0).replacement()));
  }

  private static String key(Path file, int line) {
    return file.toAbsolutePath().normalize() + ":" + String.format("%05d", line);
  }

  private static LintOptions applyOptions(LintOptions options, String text, String where) {
    LintOptions out = options;
    for (String option : text.trim().split("\\s+")) {
      String value = option.substring(option.indexOf('=') + 1);
      if (option.startsWith("--kubernetes-version=")) {
        out = out.withKubernetesVersion(KubernetesVersion.parse(value));
      } else if (option.startsWith("--schema-dir=")) {
        List<Path> dirs = new ArrayList<>(out.schemaDirs());
        dirs.add(TESTDATA.resolve(value));
        out = out.withSchemas(dirs, out.ignoreMissingSchemas());
      } else if (option.equals("--ignore-missing-schemas")) {
        out = out.withSchemas(out.schemaDirs(), true);
      } else if (option.startsWith("--disable=") || option.startsWith("--enable=")) {
        out = out.withRules(out.rules().with(new RuleSettings.Step(option.startsWith("--enable="), value)));
      } else if (!option.isBlank()) {
        throw new IllegalArgumentException(where + ": unknown kubelint-test option " + option);
      }
    }
    return out;
  }
}
