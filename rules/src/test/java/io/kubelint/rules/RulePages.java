package io.kubelint.rules;

import static io.kubelint.core.testing.RepositoryFiles.ROOT;

import io.kubelint.core.lint.LintResult;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Fix;
import io.kubelint.core.report.TextReporter;
import io.kubelint.core.rule.ContainerMatcher;
import io.kubelint.core.rule.DocumentMatcher;
import io.kubelint.core.rule.ObjectMatcher;
import io.kubelint.core.rule.PodTemplateMatcher;
import io.kubelint.core.rule.ProbeMatcher;
import io.kubelint.core.rule.Rule;
import io.kubelint.core.rule.RuleDescriptor;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.rule.RunMatcher;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The page {@code docs/rules/RULE-ID.md} of a rule, generated from its {@link io.kubelint.core.rule.RuleInfo} and
 * its testdata: what it reports and why, where it applies, its sets, an example that fires (the first document of
 * its {@code fires} case that expects it, with what kubelint prints for it), one that passes (its {@code passes}
 * case), how to fix and how to suppress it. {@link RulePagesTest} keeps the pages in sync.
 */
final class RulePages {

  private RulePages() {
  }

  /** The page of a rule. */
  static String page(Rule rule) {
    RuleDescriptor d = rule.descriptor();
    StringBuilder md = new StringBuilder();
    md.append("# `").append(d.id()).append("`\n\n");
    List<TestdataCase> cases = TestdataCase.ofRule(d.id());
    md.append("<!-- Generated from the @RuleInfo of ").append(rule.getClass().getName())
        .append(cases.isEmpty() ? "" : " and testdata/rules/" + d.id() + "/")
        .append("; regenerate with dev/update-rule-docs.sh -->\n\n");
    md.append("**").append(d.summary()).append(".**\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| Severity | ").append(d.severity().label()).append(" |\n");
    md.append("| Rule sets | ").append(sets(d)).append(" |\n");
    md.append("| Applies to | ").append(appliesTo(rule)).append(" |\n");
    if (d.isSecurityRule()) {
      md.append("| Security severity | ").append(d.securitySeverity()).append(" (GitHub code scanning) |\n");
    }
    md.append("\n## Why\n\n").append(d.rationale()).append("\n\n")
        .append("Kubernetes documentation: <").append(d.docs()).append(">\n");
    List<Finding> shown = List.of();
    Optional<TestdataCase> fires = pick(cases.stream().filter(c -> !c.expectationsOf(d.id()).isEmpty()).toList(),
        "fires");
    if (fires.isPresent()) {
      md.append("\n## Bad\n\n");
      shown = bad(fires.get(), d.id(), md);
    }
    Optional<TestdataCase> passes = pick(cases.stream().filter(TestdataCase::isPasses).toList(), "passes");
    if (passes.isPresent()) {
      md.append("\n## Good\n\n");
      good(passes.get(), md);
    }
    md.append("\n## How to fix\n\n");
    howToFix(shown, md);
    md.append("\n## How to suppress\n\n");
    suppress(d, md);
    return md.toString();
  }

  private static String sets(RuleDescriptor d) {
    List<String> names = d.memberships().stream().filter(s -> s != RuleSet.ALL).map(s -> "`" + s.id() + "`")
        .toList();
    return String.join(", ", names) + (d.onByDefault() ? " (on by default)"
        : " (opt-in: `--enable " + d.id() + "`)");
  }

  private static String appliesTo(Rule rule) {
    RuleDescriptor d = rule.descriptor();
    List<String> shapes = new ArrayList<>();
    if (rule instanceof DocumentMatcher) {
      shapes.add("YAML documents");
    }
    if (rule instanceof ObjectMatcher) {
      shapes.add(d.scope().describe("objects"));
    }
    if (rule instanceof PodTemplateMatcher) {
      shapes.add(d.scope().describe("pod templates"));
    }
    if (rule instanceof ContainerMatcher) {
      shapes.add(d.scope().describe("containers"));
    }
    if (rule instanceof ProbeMatcher) {
      shapes.add(d.scope().describe("probes"));
    }
    if (rule instanceof RunMatcher) {
      shapes.add(d.scope().describe("objects") + ", checked against every file and folder of the run together");
    }
    return shapes.isEmpty() ? "kubelint itself" : String.join("; ", shapes);
  }

  /** The case called {@code name.yaml} or {@code name.run} if there is one, else the first. */
  private static Optional<TestdataCase> pick(List<TestdataCase> cases, String name) {
    return cases.stream().min(Comparator.comparing((TestdataCase c) -> {
      String file = c.path().getFileName().toString();
      return !(file.equals(name + ".yaml") || file.equals(name + ".run"));
    }).thenComparing(TestdataCase::name));
  }

  /** The example that fires, and what kubelint prints for it; returns the findings shown. */
  private static List<Finding> bad(TestdataCase fires, String id, StringBuilder md) {
    Expectation first = fires.expectationsOf(id).get(0);
    Excerpt excerpt = fires.files().size() == 1 ? Excerpt.document(first.file(), first.line())
        : Excerpt.wholeFiles(fires.files());
    md.append("From ").append(excerpt.where(fires)).append(":\n\n").append(excerpt.markdown());
    LintResult result = fires.lint();
    List<Finding> shown = result.findings().stream()
        .filter(f -> f.ruleId().equals(id) && excerpt.contains(TestdataCase.fileOf(f), f.line())).toList();
    List<Finding> printed = shown.stream().map(f -> new Finding(f.ruleId(), f.severity(), f.message(), f.file(),
        f.line(), f.column(), f.length(), f.path(), f.object(), f.help(), f.fixes(),
        f.sourceLine() == null ? null : Excerpt.withoutMarker(f.sourceLine()), f.identity())).toList();
    StringWriter out = new StringWriter();
    try {
      new TextReporter(false).write(new LintResult(printed, 1, 1, List.of(), List.of(),
          result.kubernetesVersion()), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String report = out.toString().strip();
    // the last line counts the findings of the whole run, not of the example
    report = report.substring(0, Math.max(0, report.lastIndexOf('\n'))).strip();
    md.append("\nkubelint reports:\n\n```text\n").append(report).append("\n```\n");
    return shown;
  }

  private static void good(TestdataCase passes, StringBuilder md) {
    Excerpt excerpt = passes.files().size() == 1 ? Excerpt.firstDocument(passes.files().get(0))
        : Excerpt.wholeFiles(passes.files());
    md.append("The rule stays quiet on ").append(excerpt.where(passes)).append(":\n\n").append(excerpt.markdown());
  }

  private static void howToFix(List<Finding> shown, StringBuilder md) {
    Set<String> advice = new LinkedHashSet<>();
    for (Finding f : shown) {
      advice.addAll(f.help());
      for (Fix fix : f.fixes()) {
        advice.add("kubelint offers the fix: " + fix.description() + " (applied by editors and code review tools "
            + "that read SARIF fixes)");
      }
    }
    md.append("Each finding says what to change in its `help:` lines");
    if (advice.isEmpty()) {
      md.append(".\n");
      return;
    }
    md.append("; for the example above:\n\n");
    advice.forEach(a -> md.append("- ").append(a).append('\n'));
  }

  private static void suppress(RuleDescriptor d, StringBuilder md) {
    md.append("Turn the rule off for a whole run:\n\n```sh\nkubelint lint --disable ").append(d.id())
        .append(" k8s/\n```\n\n")
        .append("or in the Maven goal: `<disabledRules><disabledRule>").append(d.id())
        .append("</disabledRule></disabledRules>`. `--disable` also takes a rule set (")
        .append(String.join(", ", d.memberships().stream().filter(s -> s != RuleSet.ALL)
            .map(s -> "`--disable " + s.id() + "`").toList()))
        .append("); later `--enable` and `--disable` options win over earlier ones.\n\n")
        .append("> **Not yet available (issue 10):** suppressing one finding with a comment or an annotation on the "
            + "object, and turning rules off in a configuration file.\n");
  }

  /** {@code testdata/…} for a file of the repository. */
  static String repositoryPath(Path file) {
    return ROOT.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** Lines of testdata shown on a page: one YAML document of a file, or whole files. */
  private record Excerpt(List<Part> parts) {

    /** Lines {@code from} to {@code to} (1-based, inclusive) of a file. */
    private record Part(Path file, int from, int to, List<String> lines) {
    }

    /** The document (between {@code ---} lines) of {@code file} that holds {@code line}. */
    static Excerpt document(Path file, int line) {
      List<String> lines = TestdataCase.lines(file);
      int from = 1;
      int to = lines.size();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith("---")) {
          if (i + 1 < line) {
            from = i + 2;
          } else if (i + 1 > line) {
            to = i;
            break;
          }
        }
      }
      return new Excerpt(List.of(new Part(file, from, to, lines.subList(from - 1, to))));
    }

    /** The first document of {@code file} with content: more than comments, directives and blank lines. */
    static Excerpt firstDocument(Path file) {
      List<String> lines = TestdataCase.lines(file);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith("%") && !line.startsWith("---")) {
          return document(file, i + 1);
        }
      }
      return document(file, 1);
    }

    static Excerpt wholeFiles(List<Path> files) {
      List<Part> parts = new ArrayList<>();
      for (Path file : files) {
        List<String> lines = TestdataCase.lines(file);
        parts.add(new Part(file, 1, lines.size(), lines));
      }
      return new Excerpt(parts);
    }

    boolean contains(Path file, int line) {
      Path abs = file.toAbsolutePath().normalize();
      return parts.stream().anyMatch(p -> p.file().toAbsolutePath().normalize().equals(abs)
          && line >= p.from() && line <= p.to());
    }

    /** Where the lines are from: {@code `testdata/…/fires.yaml`, lines 2–11}. */
    String where(TestdataCase testCase) {
      if (parts.size() > 1) {
        return "the files of `" + repositoryPath(testCase.path()) + "/`, linted together in one run";
      }
      Part p = parts.get(0);
      return "`" + repositoryPath(p.file()) + "`, lines " + p.from() + "–" + p.to();
    }

    String markdown() {
      StringBuilder md = new StringBuilder();
      for (Part p : parts) {
        if (parts.size() > 1) {
          md.append("`").append(repositoryPath(p.file())).append("`:\n\n");
        }
        md.append("```yaml\n");
        p.lines().forEach(l -> md.append(withoutMarker(l)).append('\n'));
        md.append("```\n");
        if (parts.size() > 1) {
          md.append('\n');
        }
      }
      return md.toString().stripTrailing() + "\n";
    }

    /** A line without its {@code # expect:} marker, which is for the tests. */
    static String withoutMarker(String line) {
      return line.replaceFirst("\\s*#\\s*expect:.*$", "");
    }
  }

  /** Writes the page of every rule, replacing what is there, and deletes the pages of rules that are gone. */
  static void writeAll() {
    try {
      Path dir = ROOT.resolve(RuleDescriptor.PAGES);
      Files.createDirectories(dir);
      Set<Path> written = new LinkedHashSet<>();
      for (Rule rule : RuleCatalog.byId().values()) {
        Path file = ROOT.resolve(rule.descriptor().page());
        Files.writeString(file, page(rule));
        written.add(file);
      }
      try (var files = Files.list(dir)) {
        for (Path stale : files.filter(f -> f.toString().endsWith(".md") && !written.contains(f)).toList()) {
          Files.delete(stale);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
