package io.kubelint.core.report;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.lint.LintResult;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubReporterTest {


  /**
   * A workflow command as the runner reads it: the command name, the properties (split at commas, each at its first
   * {@code =}) and the message, all unescaped.
   */
  private record Command(String name, Map<String, String> properties, String message) {

    static Command parse(String line) {
      assertTrue(line.startsWith("::"), line);
      int end = line.indexOf("::", 2);
      String head = line.substring(2, end);
      int space = head.indexOf(' ');
      Map<String, String> properties = new LinkedHashMap<>();
      if (space > 0) {
        for (String property : head.substring(space + 1).split(",")) {
          int eq = property.indexOf('=');
          properties.put(property.substring(0, eq), unescape(property.substring(eq + 1)));
        }
      }
      return new Command(space > 0 ? head.substring(0, space) : head, properties, unescape(line.substring(end + 2)));
    }

    private static String unescape(String text) {
      return text.replace("%2C", ",").replace("%3A", ":").replace("%0A", "\n").replace("%0D", "\r")
          .replace("%25", "%");
    }
  }

  @Test
  void writesOneAnnotationPerFindingAndNothingElse() {
    LintResult result = Runs.lintTestdata("service.yaml", "broken.yaml");
    Finding widget = result.findings().get(2);
    assertEquals(1, widget.help().size(), widget.toString());
    String expected = String.join("\n",
        "::error file=testdata/reporting/broken.yaml,line=5,col=9,endColumn=10,title=yaml-syntax::quoted string is "
            + "never closed",
        "::error file=testdata/reporting/service.yaml,line=11,col=7,endColumn=11,title=unknown-field::unknown field "
            + "\"prot\" in ServicePort at spec.ports[0]%0Ahelp: did you mean \"port\"?",
        "::warning file=testdata/reporting/service.yaml,line=15,col=7,endColumn=13,title=unknown-kind::"
            + widget.message() + "%0Ahelp: " + widget.help().get(0),
        "");
    assertEquals(expected, Runs.render(new GitHubReporter(Runs.REPOSITORY), result));
  }

  @Test
  void infoIsANoticeAndUnreadableInputsAreErrorsWithoutAPosition() {
    LintResult result = Runs.lint(TESTDATA, Map.of("unknown-kind", Severity.INFO),
        Runs.REPORTING.resolve("service.yaml"), Runs.REPORTING.resolve("missing.yaml"));
    List<String> lines = Runs.render(new GitHubReporter(Runs.REPOSITORY), result).lines().toList();
    assertTrue(lines.get(0).startsWith("::error title=kubelint::cannot read "), lines.get(0));
    assertTrue(lines.get(0).endsWith("missing.yaml: no such file or directory"), lines.get(0));
    assertTrue(lines.get(2).startsWith("::notice file=testdata/reporting/service.yaml,line=15,"), lines.get(2));
  }

  @Test
  void escapesPropertiesAndMessagesAsTheRunnerReadsThem(@TempDir Path dir) throws IOException {
    // a file name with a comma and a colon; a key whose escapes make %, CR, LF, "::" and a comma in the message
    Path file = dir.resolve("a,b:c%.yaml");
    Files.writeString(file, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"
        + "  \"50%\\r\\n::error file=evil,line=1::pwned\": y\n", StandardCharsets.UTF_8);
    LintResult result = Runs.lint(dir, Map.of(), file);
    Finding finding = result.findings().get(0);
    assertTrue(finding.message().contains("50%\r\n::error"), finding.message());

    ReportSettings settings = Runs.settingsIn(dir);
    List<String> lines = Runs.render(new GitHubReporter(settings), result).lines().toList();
    assertEquals(1, lines.size(), "one command: nothing can start a second one " + lines);
    String line = lines.get(0);
    assertTrue(line.startsWith("::error file=a%2Cb%3Ac%25.yaml,line=5,col=3,"), line);
    assertFalse(line.contains("\r"), line);

    Command command = Command.parse(line);
    assertEquals("error", command.name());
    assertEquals(List.of("file", "line", "col", "endColumn", "title"), List.copyOf(command.properties().keySet()));
    assertEquals("a,b:c%.yaml", command.properties().get("file"));
    assertEquals("5", command.properties().get("line"));
    assertEquals("unknown-field", command.properties().get("title"));
    assertEquals(SarifResults.message(finding), command.message());
  }

  @Test
  void controlCharactersFromManifestsAreReplaced(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("evil.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"
        + "  \"\\e[2J\\u202Eevil\\tkey\": y\n", StandardCharsets.UTF_8);
    ReportSettings settings = Runs.settingsIn(dir);
    String out = Runs.render(new GitHubReporter(settings), Runs.lint(dir, Map.of(), dir.resolve("evil.yaml")));
    assertFalse(out.contains("\u001b") || out.contains("\u202E") || out.contains("\t"), out);
    assertTrue(out.contains("unknown field \"\uFFFD[2J\uFFFDevil key\""), out);
  }

  @Test
  void isRegisteredAsGithub() {
    Reporter reporter = ReportFormat.forName("github").create(Runs.REPOSITORY);
    assertInstanceOf(GitHubReporter.class, reporter);
    LintResult result = Runs.lintTestdata("clean.yaml");
    assertEquals("", Runs.render(reporter, result), "no findings, no commands");
  }
}
