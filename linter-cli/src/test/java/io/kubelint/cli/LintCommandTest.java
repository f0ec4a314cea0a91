package io.kubelint.cli;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.report.ReportFormat;
import io.kubelint.core.report.SarifSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LintCommandTest {

  private static final String CLEAN = TESTDATA.resolve("examples/clean.yaml").toString();
  private static final String WEB = TESTDATA.resolve("examples/web.yaml").toString();
  private static final String WORKERS = TESTDATA.resolve("examples/workers.yaml").toString();
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void cleanManifestExitsZero() {
    CliRun run = CliRun.of("lint", "--color=never", CLEAN);
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("no problems found in 1 file"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void errorsExitOneAndPrintPositions() {
    CliRun run = CliRun.of("lint", "--color=never", WEB);
    assertEquals(1, run.exit());
    assertTrue(run.out().contains("web.yaml:55:7: error [unknown-field] unknown field \"prot\""), run.out());
    assertTrue(run.out().contains("= help: did you mean \"port\"?"), run.out());
  }

  @Test
  void failOnDecidesTheExitCode() {
    // workers.yaml: one error and two warnings; clean.yaml: nothing
    assertEquals(1, CliRun.of("lint", "--fail-on", "error", WORKERS).exit());
    assertEquals(0, CliRun.of("lint", "--fail-on", "none", WORKERS).exit());
    assertEquals(0, CliRun.of("lint", "--fail-on", "error", "--disable", "restart-policy", WORKERS).exit());
    assertEquals(1, CliRun.of("lint", "--fail-on", "warning", "--disable", "restart-policy", WORKERS).exit());
    assertEquals(0, CliRun.of("lint", "--fail-on", "info", CLEAN).exit());
  }

  @Test
  void stdinIsNamedAndLinted() {
    String manifest = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n    - prot: 80\n";
    CliRun run = CliRun.withStdin(manifest, "lint", "--format", "json", "-");
    assertEquals(1, run.exit(), run.err());
    JsonNode finding = json.readTree(run.out()).path("findings").get(0);
    assertEquals("<stdin>", finding.path("file").asString());
    assertEquals(6, finding.path("line").asInt());
    CliRun named = CliRun.withStdin(manifest, "lint", "--format", "json", "--stdin-name", "svc.yaml", "-");
    assertEquals("svc.yaml", json.readTree(named.out()).path("findings").get(0).path("file").asString());
  }

  @Test
  void unreadablePathIsOneLineAndOthersAreStillLinted() {
    CliRun run = CliRun.of("lint", "--color=never", "no/such/file.yaml", WEB);
    assertEquals(2, run.exit());
    assertEquals("kubelint: error: cannot read no/such/file.yaml: no such file or directory\n", run.err());
    assertTrue(run.out().contains("[unknown-field]"), "the readable file is still linted");
    JsonNode report = json.readTree(CliRun.of("lint", "--format", "json", "no/such/file.yaml", WEB).out());
    assertEquals("no/such/file.yaml", report.at("/inputErrors/0/path").asString());
    assertEquals("no such file or directory", report.at("/inputErrors/0/reason").asString());
  }

  @Test
  void unreadableFileInsideAFolder(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.yaml"), "apiVersion: v1\n");
    Files.copy(Path.of(CLEAN), dir.resolve("clean.yaml"));
    assertTrue(secret.toFile().setReadable(false));
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(secret),
        "running as root: file permissions are not enforced (readFailureInTheMiddle covers I/O errors)");
    CliRun run = CliRun.of("lint", dir.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("secret.yaml: permission denied"), run.err());
    assertTrue(run.out().contains("in 1 file"), run.out());
  }

  @Test
  void readFailureInTheMiddle() {
    // /proc/self/mem opens, but reading it from the start fails with an I/O error, even for root
    Path mem = Path.of("/proc/self/mem");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(mem), "needs Linux /proc");
    CliRun run = CliRun.of("lint", "--color=never", mem.toString(), CLEAN);
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().startsWith("kubelint: error: cannot read /proc/self/mem: "), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.out().contains("no problems found"), "the other input is still linted: " + run.out());
  }

  @Test
  void textToStdoutAndSarifAndJsonToFiles(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("reports"));
    Path sarif = dir.resolve("reports/kubelint.sarif");
    Path report = dir.resolve("kubelint.json");
    CliRun run = CliRun.of("lint", "--format", "text", "--format", "sarif", "--output", sarif.toString(),
        "--format", "json", "-o", report.toString(), WEB);
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.out().contains("[selector-mismatch]"), run.out());
    JsonNode log = SarifSchema.assertValid(Files.readString(sarif));
    assertEquals("2.1.0", log.path("version").asString());
    assertEquals(6, log.path("runs").get(0).path("results").size());
    assertEquals(5, json.readTree(report.toFile()).path("summary").path("errors").asInt());
    assertEquals(1, json.readTree(report.toFile()).path("summary").path("warnings").asInt());
  }

  @Test
  void helpListsEveryReportFormat() {
    CliRun run = CliRun.of("lint", "--help");
    assertEquals(0, run.exit(), run.err());
    String help = run.out().replaceAll("\\s+", " "); // picocli wraps the description
    assertTrue(help.contains("Output format: " + String.join(", ", ReportFormat.names()) + " (repeatable"), help);
    assertTrue(help.contains("junit, github, codeclimate"), help);
  }

  @Test
  void ciFormatsThroughTheCommand(@TempDir Path dir) throws IOException {
    CliRun github = CliRun.of("lint", "--format", "github", WEB);
    assertEquals(1, github.exit(), github.err());
    assertTrue(github.out().lines().anyMatch(l -> l.startsWith("::error file=") && l.contains(
        "web.yaml,line=55,col=7,endColumn=11,title=unknown-field::unknown field \"prot\" in ServicePort")),
        github.out());

    Path junit = dir.resolve("junit.xml");
    Path quality = dir.resolve("gl-code-quality-report.json");
    CliRun run = CliRun.of("lint", "--fail-on", "warning", "--format", "junit", "-o", junit.toString(),
        "--format", "codeclimate", "-o", quality.toString(), CLEAN, WORKERS);
    assertEquals(1, run.exit(), run.err());
    assertEquals("", run.out(), "both reports went to files");
    String xml = Files.readString(junit);
    // clean.yaml's two objects pass; workers.yaml's error and (with --fail-on warning) its two warnings fail
    assertTrue(xml.contains("<testsuites name=\"kubelint\" tests=\"5\" failures=\"3\" errors=\"0\">"), xml);
    assertTrue(xml.contains("name=\"Deployment/api\""), xml);
    assertTrue(xml.contains("<failure message=\"") && xml.contains("workers.yaml:36:37: warning "
        + "[liveness-external-dependency]"), xml);
    JsonNode issues = json.readTree(quality.toFile());
    assertEquals(3, issues.size(), issues.toString());
    assertEquals("major", issues.get(0).path("severity").asString());
    assertEquals("minor", issues.get(1).path("severity").asString());
    assertEquals("minor", issues.get(2).path("severity").asString());
  }

  @Test
  void usageErrorsExitTwoWithoutStackTraces() {
    for (String[] args : new String[][] {
        {"lint", "--format", "xml", CLEAN},
        {"lint", "--fail-on", "sometimes", CLEAN},
        {"lint", "--kubernetes-version", "1.12", CLEAN},
        {"lint", "--kubernetes-version", "1.27", CLEAN},
        {"lint", "--kubernetes-version", "1.37", CLEAN},
        {"lint", "--kubernetes-version", "2.0", CLEAN},
        {"lint", "--kubernetes-version", "banana", CLEAN},
        {"lint", "--kubernetes-version", "1.31.x", CLEAN},
        {"lint", "--kubernetes-version", "latest", CLEAN},
        {"lint", "--disable", "no-such-rule", CLEAN},
        {"lint", "--format", "json", "--format", "sarif", CLEAN},
        {"lint", "--output", "x.json", CLEAN},
        {"lint", "--schema-dir", "no/such/dir", CLEAN},
        {"lint"},
        {"frobnicate"}}) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exit(), String.join(" ", args) + "\n" + run.err());
      assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
      assertFalse(run.err().isBlank(), String.join(" ", args));
    }
    String supported = "supported versions: 1.28, 1.30, 1.31, 1.32, 1.33, 1.34, 1.35, 1.36\n";
    for (String version : List.of("1.27", "1.37", "2.0")) {
      assertEquals("kubelint: error: Kubernetes " + version + " is not supported; " + supported,
          CliRun.of("lint", "--kubernetes-version", version, CLEAN).err());
    }
    for (String version : List.of("1.31.x", "latest")) {
      assertEquals("kubelint: error: '" + version + "' is not a Kubernetes version (expected e.g. 1.31); "
          + supported, CliRun.of("lint", "--kubernetes-version", version, CLEAN).err());
    }
  }

  @Test
  void missingMinorUsesTheNextNewerOneAndSaysSoOnce() {
    CliRun run = CliRun.of("lint", "--color=never", "--format", "json", "--kubernetes-version", "1.29", CLEAN, WEB);
    assertEquals(1, run.exit(), run.err());
    assertEquals("kubelint: no API schemas for Kubernetes 1.29 exist; using 1.30\n", run.err());
    assertEquals("1.29", json.readTree(run.out()).path("kubernetesVersion").asString(),
        "the report names the target; stderr says whose schemas stand in for it");
  }

  @Test
  void everySpellingOfASupportedVersionIsQuiet() {
    for (String version : List.of("1.31", "v1.31", "1.31.4", "v1.31.4-gke.1000", "v1.31.4+k3s1",
        "v1.31.2-eks-1234abc")) {
      CliRun run = CliRun.of("lint", "--format", "json", "--kubernetes-version", version, CLEAN);
      assertEquals(0, run.exit(), version + ": " + run.err());
      assertEquals("", run.err(), version);
      assertEquals("1.31", json.readTree(run.out()).path("kubernetesVersion").asString(), version);
    }
  }

  @Test
  void rulesAndVersion() {
    CliRun rules = CliRun.of("rules");
    assertEquals(0, rules.exit());
    assertTrue(rules.out().contains("selector-mismatch"), rules.out());
    assertTrue(rules.out().lines().anyMatch(l -> l.startsWith("restart-policy") && l.contains("error")));
    CliRun version = CliRun.of("--version");
    assertEquals(0, version.exit());
    String pomVersion = System.getProperty("kubelint.version");
    assertTrue(pomVersion != null && !pomVersion.isBlank() && !pomVersion.contains("$"), pomVersion);
    assertEquals("kubelint " + pomVersion, version.out().lines().findFirst().orElseThrow());
  }

  @Test
  void sarifNamesThePomVersion() {
    CliRun run = CliRun.of("lint", "--format", "sarif", WEB);
    assertEquals(System.getProperty("kubelint.version"),
        json.readTree(run.out()).at("/runs/0/tool/driver/version").asString());
  }

  @Test
  void oneRuleInDetail() {
    CliRun rule = CliRun.of("rules", "restart-policy");
    assertEquals(0, rule.exit(), rule.err());
    List<String> lines = rule.out().lines().toList();
    assertEquals("restart-policy (error, on)", lines.get(0));
    assertEquals("The pod template's restartPolicy is not allowed by its controller", lines.get(1));
    assertTrue(lines.get(3).length() > 40, "the rationale: " + rule.out());
    assertEquals("Rule sets: recommended", lines.get(lines.size() - 3));
    assertEquals("Documentation: https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-template",
        lines.get(lines.size() - 2));
    assertEquals("Rule page: docs/rules/restart-policy.md", lines.get(lines.size() - 1));
    assertEquals("restart-policy (error, off)",
        CliRun.of("rules", "--disable", "recommended", "restart-policy").out().lines().findFirst().orElseThrow());
    CliRun unknown = CliRun.of("rules", "restart-polcy");
    assertEquals(2, unknown.exit());
    assertEquals("kubelint: error: unknown rule 'restart-polcy'; did you mean 'restart-policy'? (kubelint rules "
        + "lists them)\n", unknown.err());
    JsonNode one = json.readTree(CliRun.of("rules", "--format", "json", "cron-schedule").out());
    assertEquals(1, one.size());
    assertEquals("cron-schedule", one.get(0).path("id").asString());
  }

  @Test
  void disableTakesACommaSeparatedList() {
    // workers.yaml: restart-policy (error), liveness-external-dependency and restart-loop (warnings)
    CliRun run = CliRun.of("lint", "--format", "json", "--fail-on", "warning",
        "--disable", "restart-policy,liveness-external-dependency", "--disable", "restart-loop", WORKERS);
    assertEquals(0, run.exit(), run.out() + run.err());
    assertEquals(2, CliRun.of("lint", "--disable", "restart-policy,no-such-rule", WORKERS).exit());
  }

  @Test
  void quietPrintsOnlyFindingsAndErrors() {
    CliRun quiet = CliRun.of("lint", "--quiet", "--color=never", "--kubernetes-version", "1.29", WEB);
    assertEquals(1, quiet.exit());
    assertEquals("", quiet.err(), "no note about 1.29's schemas");
    CliRun full = CliRun.of("lint", "--color=never", WEB);
    assertTrue(full.out().startsWith(quiet.out()), quiet.out());
    assertTrue(quiet.out().endsWith("did you mean \"port\"?\n\n"), quiet.out());
    assertEquals("", CliRun.of("lint", "-q", CLEAN).out(), "nothing found, nothing printed");
    CliRun missing = CliRun.of("lint", "-q", "missing.yaml", CLEAN);
    assertEquals("kubelint: error: cannot read missing.yaml: no such file or directory\n", missing.err());
  }

  @Test
  void githubAnnotationsAloneOnStdoutAndTheSummaryOnStderr(@TempDir Path dir) throws IOException {
    CliRun run = CliRun.of("lint", "--format", "github", WEB);
    assertEquals(1, run.exit());
    assertTrue(run.out().lines().allMatch(l -> l.startsWith("::error ") || l.startsWith("::warning ")), run.out());
    assertEquals("5 errors, 1 warning, 0 infos in 1 file (2 documents)\n", run.err());
    Path annotations = dir.resolve("annotations.txt");
    CliRun both = CliRun.of("lint", "--color=never", "--format", "text", "--format", "github", "-o",
        annotations.toString(), WEB);
    assertEquals("", both.err(), "the text report on stdout has the summary already");
    assertTrue(Files.readAllLines(annotations).stream().allMatch(l -> l.startsWith("::")));
  }

  @Test
  void anInputSetWithoutDocumentsIsAnErrorUnlessAllowed(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    for (CliRun run : List.of(CliRun.of("lint", dir.resolve("empty").toString()),
        CliRun.withStdin("", "lint", "-"), CliRun.withStdin("# only a comment\n---\n", "lint", "--fail-on", "none", "-"))) {
      assertEquals(2, run.exit(), run.err());
      assertEquals("kubelint: warning: nothing was linted: the inputs hold no YAML or JSON document (give "
          + "--allow-empty to accept that)\n", run.err());
    }
    CliRun allowed = CliRun.of("lint", "--allow-empty", dir.resolve("empty").toString());
    assertEquals(0, allowed.exit(), allowed.err());
    assertEquals("", allowed.err());
  }

}
