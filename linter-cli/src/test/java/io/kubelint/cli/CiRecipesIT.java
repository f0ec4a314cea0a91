package io.kubelint.cli;

import static io.kubelint.cli.FreshCopy.KUBELINT;
import static io.kubelint.cli.FreshCopy.WORKSPACE;
import static io.kubelint.core.testing.RepositoryFiles.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.cli.Workflows.Block;
import io.kubelint.cli.Workflows.Ran;
import io.kubelint.core.report.SarifSchema;
import io.kubelint.core.testing.Programs;
import io.kubelint.core.testing.Programs.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recipes of {@code docs/ci.md}, run as written from a user's workspace with kubelint checked out into
 * {@code .kubelint/} (a {@link FreshCopy}, whose jar the first run built): the GitHub workflow's {@code run:} steps,
 * the GitLab job's scripts (with its cache restored and kubelint fetched from the fresh copy's repository instead of
 * GitHub), and the plain shell step. None of them builds kubelint again.
 */
class CiRecipesIT {

  private static final Path DOC = ROOT.resolve("docs/ci.md");

  private static JsonNode yaml(String containing) throws Exception {
    for (Block block : Workflows.blocks(DOC, "yaml")) {
      if (block.text().contains(containing)) {
        return Workflows.load(block.text());
      }
    }
    throw new AssertionError("docs/ci.md has no yaml block with " + containing);
  }

  @Test
  void theGithubWorkflowRunsFromTheWorkspace() throws Exception {
    FreshCopy.firstRun();
    JsonNode job = yaml("path: .kubelint").at("/jobs/kubelint");
    Files.deleteIfExists(WORKSPACE.resolve("kubelint.sarif"));
    List<Ran> ran = Workflows.runSteps(job.get("steps"), WORKSPACE, Map.of("runner.os", "Linux"),
        FreshCopy.userEnvironment());
    assertEquals(2, ran.size());
    assertEquals(Map.of("sha", FreshCopy.commit()), Workflows.step(ran, "kubelint-commit").outputs(),
        "the cache key is kubelint's commit");
    Result lint = ran.get(1).result();
    assertEquals(1, lint.exit(), lint.toString());
    assertTrue(lint.out().lines().allMatch(l -> l.startsWith("::")), lint.out());
    assertTrue(lint.out().contains("::error file=deploy/web.yaml,line=55,col=7,"), lint.out());
    assertEquals("6 errors, 3 warnings, 0 infos in 3 files (7 documents)\n", lint.err(), "and no build");
    SarifSchema.assertValid(Files.readString(WORKSPACE.resolve("kubelint.sarif")));
  }

  @Test
  void theGitlabJobRunsFromTheProjectFolderWithTheCachedJar() throws Exception {
    FreshCopy.firstRun();
    JsonNode job = yaml("gl-code-quality-report.json").get("kubelint");
    Path project = WORKSPACE.resolveSibling("gitlab-project");
    FreshCopy.deleteTree(project);
    Files.createDirectories(project.resolve("deploy"));
    Files.copy(WORKSPACE.resolve("deploy/web.yaml"), project.resolve("deploy/web.yaml"));
    // GitLab restores the cache (the jar and its fingerprint) before the job's scripts run
    for (JsonNode cached : job.at("/cache/paths")) {
      Path file = project.resolve(cached.asString());
      Files.createDirectories(file.getParent());
      Files.copy(KUBELINT.resolve(cached.asString().substring(".kubelint/".length())), file,
          StandardCopyOption.COPY_ATTRIBUTES);
    }
    Map<String, String> env = FreshCopy.userEnvironment();
    job.path("variables").properties().forEach(e -> env.put(e.getKey(), e.getValue().asString()));
    env.put("CI_PROJECT_DIR", project.toString());
    assertEquals("main", env.get("KUBELINT_REF"));
    List<String> lines = new ArrayList<>();
    for (JsonNode line : job.get("before_script")) {
      if (!line.asString().startsWith("apt-get ")) { // the image's package manager: git is here already
        lines.add(line.asString().replace("https://github.com/kubelint/kubelint.git", KUBELINT.toString()));
      }
    }
    assertEquals(3, lines.size(), lines.toString());
    job.get("script").forEach(line -> lines.add(line.asString()));
    Result run = Workflows.runScript(lines, project, env);
    assertEquals(1, run.exit(), run.toString());
    assertFalse(run.err().contains("building"), "the cached jar fits the fetched sources:\n" + run.err());
    assertTrue(run.out().contains("deploy/web.yaml:55:7: error [unknown-field]"), run.out());
    JsonNode quality = JsonMapper.builder().build().readTree(project.resolve("gl-code-quality-report.json").toFile());
    assertEquals(6, quality.size());
    assertTrue(Files.readString(project.resolve("kubelint-junit.xml")).startsWith("<?xml"));
  }

  @Test
  void theShellStepTellsTheOutcomes() throws Exception {
    FreshCopy.firstRun();
    List<Block> shell = Workflows.blocks(DOC, "sh");
    Path script = Files.writeString(WORKSPACE.resolveSibling("ci-step.sh"), shell.get(0).text());
    Result run = Programs.run(WORKSPACE, FreshCopy.userEnvironment(), List.of("bash", script.toString()));
    assertEquals(1, run.exit(), run.toString());
    assertTrue(run.err().endsWith("kubelint: findings at or above --fail-on; see the report above and "
        + "kubelint.json\n"), run.err());
    assertEquals(9, JsonMapper.builder().build().readTree(WORKSPACE.resolve("kubelint.json").toFile())
        .path("findings").size());
  }
}
