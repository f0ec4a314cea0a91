package io.kubelint.cli;

import static io.kubelint.core.testing.RepositoryFiles.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kubelint.cli.Workflows.Block;
import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.model.Finding;
import io.kubelint.core.schema.SchemaCatalog;
import io.kubelint.rules.BuiltinRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code docs/ci.md} shows CI configuration users copy: its YAML must load, and what it promises (SARIF upload with
 * the permission it needs, GitLab reports that match the files kubelint writes, exit codes) must be in it.
 */
class CiDocsTest {

  private static final Path DOC = ROOT.resolve("docs/ci.md");
  /** Findings that mean the text is not valid YAML (or would not load as written). */
  private static final Set<String> YAML_ERRORS = Set.of("yaml-syntax", "duplicate-key", "yaml-limit");
  private static final SchemaCatalog CATALOG = new SchemaCatalog();

  private static List<Block> blocks(String language) throws IOException {
    return Workflows.blocks(DOC, language);
  }

  /** What kubelint (every rule, the default Kubernetes version) finds in {@code text}, named {@code name}. */
  private static LintResult lint(String name, String text) {
    Linter linter = new Linter(LintOptions.defaults(CATALOG.defaultVersion()), BuiltinRules.all(), CATALOG);
    return linter.lint(List.of(new Input.StreamInput(name,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))));
  }

  private static JsonNode load(Block block) throws Exception {
    return Workflows.load(block.text());
  }

  @Test
  void everyYamlBlockLoadsAndManifestsLintClean() throws Exception {
    List<Block> yaml = blocks("yaml");
    assertTrue(yaml.size() >= 2, "docs/ci.md shows a GitHub workflow and a GitLab job");
    List<String> problems = new ArrayList<>();
    for (Block block : yaml) {
      LintResult result = lint("docs/ci.md", block.text());
      for (Finding f : result.findings()) {
        boolean manifest = f.object() != null && f.object().apiVersion() != null && f.object().kind() != null;
        if (YAML_ERRORS.contains(f.ruleId()) || manifest) {
          problems.add("docs/ci.md:" + (block.line() + f.line() - 1) + ":" + f.column() + ": [" + f.ruleId() + "] "
              + f.message());
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theLinterReportsBrokenYaml() throws Exception {
    // the check above must be able to fail: the same reading of a block with a tab indent and a duplicate key
    for (String broken : List.of("jobs:\n\tbuild: {}\n", "on: push\non: pull_request\n")) {
      LintResult result = lint("x", broken);
      assertTrue(result.findings().stream().anyMatch(f -> YAML_ERRORS.contains(f.ruleId())), broken);
    }
  }

  @Test
  void githubWorkflowsUploadSarifWithThePermissionItNeedsExceptFromForks() throws Exception {
    List<JsonNode> workflows = new ArrayList<>();
    for (Block block : blocks("yaml")) {
      JsonNode json = load(block);
      if (json.has("jobs")) {
        workflows.add(json);
      }
    }
    assertEquals(2, workflows.size(), "docs/ci.md shows a workflow with the action and one with ./kubelint");
    for (JsonNode workflow : workflows) {
      boolean uploads = false;
      for (JsonNode job : workflow.get("jobs")) {
        assertTrue(job.has("runs-on"), job.toString());
        String sarif = null;
        for (JsonNode step : job.get("steps")) {
          String run = step.path("run").asString("");
          Matcher out = Pattern.compile("kubelint lint .*--format sarif --output (\\S+)").matcher(run);
          if (out.find()) {
            sarif = out.group(1);
          }
          if (step.path("uses").asString("").equals("kubelint/kubelint@main")) {
            sarif = step.at("/with/sarif-file").asString("kubelint.sarif");
          }
          if (step.path("uses").asString("").startsWith("github/codeql-action/upload-sarif@")) {
            uploads = true;
            assertEquals("write", job.at("/permissions/security-events").asString(), "upload-sarif needs it");
            assertEquals(sarif, step.at("/with/sarif_file").asString(), "uploads the file kubelint wrote");
            String condition = step.path("if").asString("");
            assertTrue(condition.contains("!cancelled()"), "uploads after a failing lint step");
            assertTrue(condition.contains("github.event.pull_request.head.repo.full_name == github.repository"),
                "pull requests from forks cannot upload: " + condition);
          }
        }
      }
      assertTrue(uploads, "a step uses github/codeql-action/upload-sarif");
    }
  }

  @Test
  void gitlabJobPublishesTheReportsKubelintWrites() throws Exception {
    JsonNode job = null;
    for (Block block : blocks("yaml")) {
      JsonNode json = load(block);
      if (json.has("kubelint") && json.get("kubelint").has("artifacts")) {
        job = json.get("kubelint");
      }
    }
    if (job == null) {
      fail("docs/ci.md has no GitLab job");
    }
    String script = job.get("script").toString();
    JsonNode reports = job.at("/artifacts/reports");
    assertTrue(script.contains("--format codeclimate --output " + reports.get("codequality").asString()), script);
    assertTrue(script.contains("--format junit --output " + reports.get("junit").asString()), script);
    assertEquals("always", job.at("/artifacts/when").asString(), "reports are kept when kubelint exits 1");
  }

  @Test
  void shellStepIsValidBashAndHandlesEveryExitCode() throws Exception {
    List<Block> shell = blocks("sh");
    assertEquals(1, shell.size());
    String script = shell.get(0).text();
    for (String exitCase : List.of("0)", "1)", "*)")) {
      assertTrue(script.contains("\n  " + exitCase), exitCase + " in\n" + script);
    }
    Path file = Files.createTempFile("kubelint-ci", ".sh");
    try {
      Files.writeString(file, script, StandardCharsets.UTF_8);
      Process bash = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
      String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(bash.waitFor(1, TimeUnit.MINUTES));
      assertEquals(0, bash.exitValue(), out);
    } finally {
      Files.delete(file);
    }
  }
}
