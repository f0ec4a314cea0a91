package io.kubelint.core.report;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.lint.LintResult;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Fix;
import io.kubelint.core.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReporterTest {

  private static final String K8S = Runs.CATALOG.defaultVersion().toString();

  @Test
  void writesEveryFindingWithSourceCaretsHelpAndSummary() {
    LintResult result = Runs.lintTestdata("broken.yaml", "service.yaml", "unicode.yaml");
    String expected = String.join("\n",
        "reporting/broken.yaml:5:9: error [yaml-syntax] quoted string is never closed",
        "    5 |   name: \"unclosed # expect: yaml-syntax",
        "      |         ^",
        "",
        "reporting/service.yaml:11:7: error [unknown-field] unknown field \"prot\" in ServicePort at spec.ports[0]",
        "   11 |     - prot: 80 # expect: unknown-field",
        "      |       ^^^^",
        "      = help: did you mean \"port\"?",
        "",
        "reporting/service.yaml:15:7: warning [unknown-kind] no schema for example.com/v1 Widget: it is not a "
            + "built-in kind of Kubernetes " + K8S + " and no CustomResourceDefinition or schema defines it",
        "   15 | kind: Widget # expect: unknown-kind",
        "      |       ^^^^^^",
        "      = help: lint its CustomResourceDefinition in the same run, or pass a folder of schemas with "
            + "--schema-dir (files named {kind}-{group}-{version}.json); --ignore-missing-schemas silences this",
        "",
        // é is two bytes but one cell, 日 and 本 are one code point but two cells each, so "nmae" starts at
        // cell 29 + 3 (the tab, expanded to the next multiple of 4)
        "reporting/unicode.yaml:4:29: error [unknown-field] unknown field \"nmae\" in ObjectMeta at metadata",
        "    4 | metadata: {name: \"café-日本\",   nmae: x} # expect: unknown-field",
        "      | " + " ".repeat(32) + "^^^^",
        "      = help: did you mean \"name\"?",
        "",
        "3 errors, 1 warning, 0 infos in 3 files (4 documents)",
        "");
    assertEquals(expected, Runs.render(new TextReporter(false), result));
  }

  @Test
  void cleanRunSaysSo() {
    LintResult result = Runs.lintTestdata("clean.yaml");
    assertEquals("no problems found in 1 file (2 documents)\n", Runs.render(new TextReporter(false), result));
    assertEquals("no problems found in 1 file (2 documents)\n", Runs.render(new TextReporter(true), result));
  }

  @Test
  void summaryUsesSingularForOne() {
    LintResult result = Runs.lint(TESTDATA, Map.of("unknown-kind", Severity.INFO),
        Runs.REPORTING.resolve("service.yaml"));
    assertTrue(Runs.render(new TextReporter(false), result).endsWith("\n1 error, 0 warnings, 1 info in 1 file "
        + "(2 documents)\n"));
  }

  @Test
  void colourMarksSeverityRuleIdAndCarets() {
    LintResult result = Runs.lint(TESTDATA, Map.of("unknown-kind", Severity.INFO),
        Runs.REPORTING.resolve("service.yaml"));
    String expected = String.join("\n",
        "reporting/service.yaml:11:7: \u001b[31merror\u001b[0m \u001b[2m[unknown-field]\u001b[0m unknown field "
            + "\"prot\" in ServicePort at spec.ports[0]",
        "   11 |     - prot: 80 # expect: unknown-field",
        "      |       \u001b[31m^^^^\u001b[0m",
        "      = help: did you mean \"port\"?",
        "",
        "reporting/service.yaml:15:7: \u001b[34minfo\u001b[0m \u001b[2m[unknown-kind]\u001b[0m no schema for "
            + "example.com/v1 Widget: it is not a built-in kind of Kubernetes " + K8S
            + " and no CustomResourceDefinition or schema defines it",
        "   15 | kind: Widget # expect: unknown-kind",
        "      |       \u001b[34m^^^^^^\u001b[0m",
        "      = help: lint its CustomResourceDefinition in the same run, or pass a folder of schemas with "
            + "--schema-dir (files named {kind}-{group}-{version}.json); --ignore-missing-schemas silences this",
        "",
        "1 error, 0 warnings, 1 info in 1 file (2 documents)",
        "");
    assertEquals(expected, Runs.render(new TextReporter(true), result));
    LintResult warning = Runs.lintTestdata("service.yaml");
    assertTrue(Runs.render(new TextReporter(true), warning).contains("\u001b[33mwarning\u001b[0m"));
    assertFalse(Runs.render(new TextReporter(false), warning).contains("\u001b"));
  }

  @Test
  void colourFollowsTerminalAndNoColor() {
    assertTrue(TextReporter.colourWanted(true, Map.of()));
    assertFalse(TextReporter.colourWanted(false, Map.of()));
    assertFalse(TextReporter.colourWanted(true, Map.of("NO_COLOR", "1")));
    assertFalse(TextReporter.colourWanted(true, Map.of("NO_COLOR", "false")), "any non-empty value counts");
    assertTrue(TextReporter.colourWanted(true, Map.of("NO_COLOR", "")), "empty NO_COLOR is ignored");
    assertFalse(TextReporter.colourWanted(false, Map.of("NO_COLOR", "")));
    assertFalse(TextReporter.colourWanted(true, Map.of("TERM", "dumb")));
    assertTrue(TextReporter.colourWanted(true, Map.of("TERM", "xterm-256color")));
  }

  @Test
  void hostileTextCannotDriveTheTerminal(@TempDir Path dir) throws IOException {
    // an escaped ESC in a key ends up in the message; a raw ESC in the file is a YAML error whose source line has it
    Files.writeString(dir.resolve("evil.yaml"), "kind: \u001b[31mred\n---\napiVersion: v1\nkind: ConfigMap\n"
        + "metadata:\n  name: x\n  \"\\e[2J\\u202Eevil\": y\n", StandardCharsets.UTF_8);
    LintResult result = Runs.lint(dir, Map.of(), dir.resolve("evil.yaml"));
    assertEquals(2, result.findings().size(), result.findings().toString());
    assertTrue(result.findings().get(0).sourceLine().contains("\u001b"), "the test needs an ESC in a source line");
    assertTrue(result.findings().get(1).message().contains("\u001b"), "the test needs an ESC in a message");
    String text = Runs.render(new TextReporter(false), result);
    assertFalse(text.contains("\u001b"), text);
    assertFalse(text.contains("\u202E"), text);
    assertTrue(text.contains("unknown field \"\uFFFD[2J\uFFFDevil\""), text);
    assertTrue(text.contains("kind: \uFFFD[31mred"), text);
  }

  @Test
  void fixIsShownOnlyWhenTheHelpDoesNotAlreadySayIt() {
    Fix rename = new Fix("rename to \"port\"", 3, 5, 4, "port");
    Fix delete = new Fix("delete the field", 3, 5, 10, "");
    Finding finding = new Finding("unknown-field", Severity.ERROR, "unknown field \"prot\"", "a.yaml", 3, 5, 4,
        "/spec/prot", null, List.of("did you mean \"port\"?"), List.of(rename, delete), null);
    String text = new TextReporter(false).render(finding);
    assertEquals(String.join("\n",
        "a.yaml:3:5: error [unknown-field] unknown field \"prot\"",
        "      = help: did you mean \"port\"?",
        "      = help: delete the field",
        ""), text);
  }

  @Test
  void aFixWhoseDescriptionStartsAHelpLineIsNotRepeated() {
    // cron-schedule: the help explains the fix, whose description is the help's first words
    Fix sunday = new Fix("use 0 for Sunday", 6, 22, 1, "\"0 0 * * 0\"");
    Finding finding = new Finding("cron-schedule", Severity.ERROR, "invalid schedule", "c.yaml", 6, 22, 1,
        "/spec/schedule", null, List.of("use 0 for Sunday: robfig/cron, which Kubernetes uses, only accepts 0–6"),
        List.of(sunday), null);
    assertEquals(String.join("\n",
        "c.yaml:6:22: error [cron-schedule] invalid schedule",
        "      = help: use 0 for Sunday: robfig/cron, which Kubernetes uses, only accepts 0–6",
        ""), new TextReporter(false).render(finding));
  }

  @Test
  void withoutTheSummaryOnlyFindingsAreWritten() {
    LintResult result = Runs.lintTestdata("service.yaml");
    String quiet = Runs.render(new TextReporter(false, false), result);
    String full = Runs.render(new TextReporter(false), result);
    assertEquals(full, quiet + "1 error, 1 warning, 0 infos in 1 file (2 documents)\n");
    assertEquals("", Runs.render(new TextReporter(false, false), Runs.lintTestdata("clean.yaml")));
  }

  @Test
  void excerptExpandsTabsAndCountsCells() {
    assertEquals(new SourceExcerpt("    key: v", 4, 3), SourceExcerpt.of("\tkey: v", 2, 3));
    assertEquals(new SourceExcerpt("ab  c", 4, 1), SourceExcerpt.of("ab\tc", 4, 1));
    assertEquals(new SourceExcerpt("a   b", 1, 3), SourceExcerpt.of("a\tb", 2, 1), "a caret on a tab covers it");
    assertEquals(new SourceExcerpt("日本x", 4, 1), SourceExcerpt.of("日本x", 3, 1));
    assertEquals(new SourceExcerpt("日本x", 2, 2), SourceExcerpt.of("日本x", 2, 1));
    assertEquals(new SourceExcerpt("e\u0301x", 1, 1), SourceExcerpt.of("e\u0301x", 3, 1), "combining mark");
    assertEquals(new SourceExcerpt("\uD83D\uDE00=x", 3, 1), SourceExcerpt.of("\uD83D\uDE00=x", 3, 1), "emoji");
    assertEquals(new SourceExcerpt("ab", 4, 2), SourceExcerpt.of("ab", 5, 2), "past the end of the line");
    assertEquals(new SourceExcerpt("abc", 2, 3), SourceExcerpt.of("abc", 3, 3), "span reaching past the end");
    assertEquals(new SourceExcerpt("", 0, 1), SourceExcerpt.of("", 1, 1));
    assertEquals(new SourceExcerpt("a\uFFFDb", 2, 1), SourceExcerpt.of("a\u0007b", 3, 1));
  }
}
