package io.kubelint.core.report;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CodeClimateReporterTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode report(ReportSettings settings, LintResult result) {
    String text = Runs.render(new CodeClimateReporter(settings), result);
    assertTrue(text.endsWith("]\n"), text);
    return JSON.readTree(text);
  }

  @Test
  void oneIssuePerFindingWithWhatGitLabReads() {
    LintResult result = Runs.lintTestdata("service.yaml", "broken.yaml", "clean.yaml");
    JsonNode issues = report(Runs.REPOSITORY, result);
    assertEquals(result.findings().size(), issues.size());
    for (JsonNode issue : issues) {
      assertEquals(Set.of("type", "check_name", "description", "categories", "severity", "fingerprint", "location"),
          new TreeSet<>(issue.propertyNames()));
      assertEquals("issue", issue.get("type").asString());
      assertEquals(64, issue.get("fingerprint").asString().length());
      assertEquals(Set.of("path", "lines"), new TreeSet<>(issue.get("location").propertyNames()));
    }
    JsonNode port = issues.get(1);
    assertEquals(JSON.readTree("{\"type\":\"issue\",\"check_name\":\"unknown-field\",\"description\":"
        + "\"unknown field \\\"prot\\\" in ServicePort at spec.ports[0]\\nhelp: did you mean \\\"port\\\"?\","
        + "\"categories\":[\"Bug Risk\"],\"severity\":\"major\",\"fingerprint\":\"" + port.get("fingerprint").asString()
        + "\",\"location\":{\"path\":\"testdata/reporting/service.yaml\",\"lines\":{\"begin\":11}}}"), port);
    assertEquals("testdata/reporting/broken.yaml", issues.get(0).at("/location/path").asString());
    assertEquals(5, issues.get(0).at("/location/lines/begin").asInt());
    assertEquals("minor", issues.get(2).get("severity").asString(), "a warning");
  }

  @Test
  void severitiesMapToGitLabsScale() {
    LintResult result = Runs.lint(TESTDATA, Map.of("unknown-kind", Severity.INFO),
        Runs.REPORTING.resolve("service.yaml"));
    List<String> severities = new ArrayList<>();
    report(Runs.REPOSITORY, result).forEach(i -> severities.add(i.get("severity").asString()));
    assertEquals(List.of("major", "info"), severities);
  }

  @Test
  void fingerprintsAreSarifsAndStayWhenLinesMove(@TempDir Path dir) throws IOException {
    LintResult result = Runs.lintTestdata("service.yaml", "broken.yaml", "unicode.yaml");
    JsonNode issues = report(Runs.REPOSITORY, result);
    JsonNode sarif = JSON.readTree(Runs.render(new SarifReporter(Runs.REPOSITORY), result)).at("/runs/0/results");
    Set<String> unique = new HashSet<>();
    for (int i = 0; i < issues.size(); i++) {
      String print = issues.get(i).get("fingerprint").asString();
      assertEquals(sarif.get(i).at("/partialFingerprints").get(Fingerprints.KEY).asString(), print);
      unique.add(print);
    }
    assertEquals(issues.size(), unique.size(), "each issue has a fingerprint of its own");

    Files.writeString(dir.resolve("svc.yaml"), Files.readString(Runs.REPORTING.resolve("service.yaml")));
    ReportSettings here = Runs.settingsIn(dir);
    JsonNode before = report(here, Runs.lint(dir, Map.of(), dir.resolve("svc.yaml")));
    Files.writeString(dir.resolve("svc.yaml"), "# moved\n\n" + Files.readString(dir.resolve("svc.yaml")));
    JsonNode after = report(here, Runs.lint(dir, Map.of(), dir.resolve("svc.yaml")));
    assertEquals(before.get(0).at("/location/lines/begin").asInt() + 2, after.get(0).at("/location/lines/begin")
        .asInt());
    assertEquals(before.get(0).get("fingerprint"), after.get(0).get("fingerprint"));
    assertNotEquals(before.get(0).get("fingerprint"), before.get(1).get("fingerprint"));
  }

  @Test
  void securityRulesAreInTheSecurityCategory(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("note.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: security-note\n",
        StandardCharsets.UTF_8);
    LintResult result = Runs.lint(dir, Map.of(), List.of(new SecurityNote()), List.of(Input.of(dir)));
    JsonNode issue = report(Runs.settingsIn(dir), result).get(0);
    assertEquals("test-security-note", issue.get("check_name").asString());
    assertEquals("[\"Security\"]", issue.get("categories").toString());
    assertEquals("info", issue.get("severity").asString());
    assertEquals("note.yaml", issue.at("/location/path").asString());
  }

  @Test
  void cleanRunIsAnEmptyArrayAndTheFormatIsRegistered() {
    Reporter reporter = ReportFormat.forName("codeclimate").create(Runs.REPOSITORY);
    assertInstanceOf(CodeClimateReporter.class, reporter);
    assertEquals("[]\n", Runs.render(reporter, Runs.lintTestdata("clean.yaml")));
  }
}
