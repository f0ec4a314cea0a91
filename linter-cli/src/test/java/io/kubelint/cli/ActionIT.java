package io.kubelint.cli;

import static io.kubelint.cli.FreshCopy.KUBELINT;
import static io.kubelint.cli.FreshCopy.WORKSPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.cli.Workflows.Ran;
import io.kubelint.core.report.SarifSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The composite action ({@code action.yml}) of a fresh copy of this repository: its {@code run:} steps, run with the
 * variables the GitHub runner sets, lint the user's workspace and write the SARIF file. The steps that use other
 * actions (setup-java, cache) are checked for what they are given, not run.
 */
class ActionIT {

  @Test
  void itsRunStepsLintTheWorkspaceAndWriteTheSarifFile() throws Exception {
    FreshCopy.firstRun();
    JsonNode action = Workflows.load(Files.readString(KUBELINT.resolve("action.yml")));
    assertEquals("composite", action.at("/runs/using").asString());
    Map<String, String> contexts = new HashMap<>();
    action.path("inputs").properties().forEach(e -> contexts.put("inputs." + e.getKey(),
        e.getValue().path("default").asString("")));
    contexts.put("inputs.paths", "deploy/web.yaml\ndeploy/clean.yaml");
    contexts.put("inputs.kubernetes-version", "1.31");
    contexts.put("github.action_path", KUBELINT.toString());
    Files.deleteIfExists(WORKSPACE.resolve("kubelint.sarif"));

    List<Ran> ran = Workflows.runSteps(action.at("/runs/steps"), WORKSPACE, contexts, FreshCopy.userEnvironment());

    Ran sources = Workflows.step(ran, "sources");
    assertEquals(0, sources.result().exit(), sources.result().toString());
    String fingerprint = Files.readString(FreshCopy.JAR.resolveSibling("kubelint.jar.fingerprint")).split(" ")[0];
    assertEquals("kubelint-jar-Linux-" + fingerprint, sources.outputs().get("cache-key"),
        "the cache key is the checksum the launcher records for the jar it built");
    Ran build = Workflows.step(ran, "build");
    assertEquals(0, build.result().exit(), build.result().toString());
    assertEquals("", build.result().err(), "the jar is reused");
    assertTrue(build.result().out().startsWith("kubelint " + System.getProperty("kubelint.version") + "\n"));

    Ran lint = Workflows.step(ran, "lint");
    assertEquals(1, lint.result().exit(), lint.result().toString());
    assertEquals(Map.of("sarif-file", "kubelint.sarif", "exit-code", "1"), lint.outputs());
    List<String> annotations = lint.result().out().lines().toList();
    assertTrue(annotations.stream().allMatch(l -> l.startsWith("::")), lint.result().out());
    assertTrue(annotations.contains("::error file=deploy/web.yaml,line=55,col=7,endColumn=11,title=unknown-field::"
        + "unknown field \"prot\" in ServicePort at spec.ports[0]%0Ahelp: did you mean \"port\"?"), lint.result().out());
    assertEquals("5 errors, 1 warning, 0 infos in 2 files (4 documents)\n", lint.result().err());
    JsonNode sarif = SarifSchema.assertValid(Files.readString(WORKSPACE.resolve("kubelint.sarif")));
    assertEquals(6, sarif.at("/runs/0/results").size());
    assertEquals("deploy/web.yaml",
        sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asString());

    JsonNode steps = action.at("/runs/steps");
    assertTrue(steps.get(0).path("uses").asString().startsWith("actions/setup-java@"), steps.get(0).toString());
    JsonNode cache = steps.get(2);
    assertTrue(cache.path("uses").asString().startsWith("actions/cache@"), cache.toString());
    assertEquals("${{ steps.sources.outputs.cache-key }}", cache.at("/with/key").asString());
    assertEquals(List.of("${{ github.action_path }}/linter-cli/target/kubelint.jar",
        "${{ github.action_path }}/linter-cli/target/kubelint.jar.fingerprint"),
        cache.at("/with/path").asString().lines().toList());
  }

  @Test
  void withoutASarifFileOnlyAnnotationsAreWritten() throws Exception {
    FreshCopy.firstRun();
    JsonNode action = Workflows.load(Files.readString(KUBELINT.resolve("action.yml")));
    Map<String, String> contexts = new HashMap<>();
    action.path("inputs").properties().forEach(e -> contexts.put("inputs." + e.getKey(),
        e.getValue().path("default").asString("")));
    contexts.put("inputs.paths", "deploy/clean.yaml");
    contexts.put("inputs.sarif-file", "");
    contexts.put("inputs.fail-on", "warning");
    contexts.put("github.action_path", KUBELINT.toString());
    Path workspace = Files.createDirectories(WORKSPACE.resolveSibling("workspace-clean"));
    Files.createDirectories(workspace.resolve("deploy"));
    Files.copy(WORKSPACE.resolve("deploy/clean.yaml"), workspace.resolve("deploy/clean.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Ran lint = Workflows.step(Workflows.runSteps(action.at("/runs/steps"), workspace, contexts,
        FreshCopy.userEnvironment()), "lint");
    assertEquals(0, lint.result().exit(), lint.result().toString());
    assertEquals("", lint.result().out());
    assertEquals(Map.of("sarif-file", "", "exit-code", "0"), lint.outputs());
    assertTrue(!Files.exists(workspace.resolve("kubelint.sarif")));
  }
}
