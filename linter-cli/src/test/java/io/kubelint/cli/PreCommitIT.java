package io.kubelint.cli;

import static io.kubelint.core.testing.RepositoryFiles.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kubelint.core.testing.Programs.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook as users install it: real git, real pre-commit, a project whose {@code .pre-commit-config.yaml}
 * points at a hook repository that is a plain {@code git clone} of this repository (a {@link FreshCopy}), and no
 * {@code KUBELINT_JAR}: the hook's first commit builds kubelint inside pre-commit's own clone, then lints; the next
 * commit reuses that jar.
 *
 * <p>Needs {@code pre-commit} on the PATH ({@code .ci/run} installs Debian's package). Without it the tests are
 * reported as skipped, unless {@code KUBELINT_REQUIRE_PRE_COMMIT=1} (set by {@code .ci/run}) or {@code CI} is set:
 * then they fail.
 */
class PreCommitIT {

  private static final String BAD = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n"
      + "    app: web\n  ports:\n    - prot: 80\n";
  private static final String GOOD = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n"
      + "  mode: fast\n";
  private static final String JSON = "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"j\"},"
      + " \"data\": {\"a\": \"1\"}}\n";

  @BeforeAll
  static void preCommitIsInstalled() {
    boolean installed;
    try {
      installed = new ProcessBuilder("pre-commit", "--version").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException e) {
      installed = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (!installed) {
      String message = "pre-commit is not installed (apt-get install -y pre-commit; .ci/run does it)";
      if ("1".equals(System.getenv("KUBELINT_REQUIRE_PRE_COMMIT")) || System.getenv("CI") != null) {
        fail(message);
      }
      Assumptions.abort(message + ": skipping the pre-commit hook tests");
    }
  }

  /** The user's environment with pre-commit's cache in {@code cache}; stdout and stderr together in the result. */
  private static Result run(Path dir, Path cache, String... command) throws IOException, InterruptedException {
    Map<String, String> env = FreshCopy.userEnvironment();
    env.put("PRE_COMMIT_HOME", cache.toString());
    env.put("SKIP", null);
    Result r = FreshCopy.run(dir, env, command);
    return new Result(r.exit(), r.out() + r.err(), "");
  }

  private static Result ok(Path dir, Path cache, String... command) throws IOException, InterruptedException {
    Result r = run(dir, cache, command);
    assertEquals(0, r.exit(), String.join(" ", command) + "\n" + r.out());
    return r;
  }

  @Test
  void theHookDefinitionIsValid(@TempDir Path cache) throws Exception {
    Result r = ok(ROOT, cache, "pre-commit", "validate-manifest", ".pre-commit-hooks.yaml");
    assertFalse(r.out().contains("rror"), r.out());
  }

  @Test
  void theFirstCommitBuildsKubelintInPreCommitsCloneAndIsRefusedOnAnError(@TempDir Path tmp) throws Exception {
    Path cache = tmp.resolve("pre-commit-cache");
    Path hooks = tmp.resolve("kubelint");
    Path project = Files.createDirectories(tmp.resolve("project"));
    FreshCopy.make();
    ok(tmp, cache, "git", "clone", "-q", FreshCopy.KUBELINT.toString(), hooks.toString());
    String rev = ok(hooks, cache, "git", "rev-parse", "HEAD").out().strip();

    ok(project, cache, "git", "init", "-q");
    Files.writeString(project.resolve(".pre-commit-config.yaml"), "repos:\n  - repo: " + hooks + "\n    rev: " + rev
        + "\n    hooks:\n      - id: kubelint\n", StandardCharsets.UTF_8);
    ok(project, cache, "pre-commit", "install");
    Files.createDirectories(project.resolve("k8s"));
    Files.writeString(project.resolve("k8s/service.yaml"), BAD, StandardCharsets.UTF_8);
    Files.writeString(project.resolve("k8s/config.yml"), GOOD, StandardCharsets.UTF_8);
    Files.writeString(project.resolve("k8s/config.json"), JSON, StandardCharsets.UTF_8);
    Files.writeString(project.resolve("notes.txt"), "not YAML: [", StandardCharsets.UTF_8);
    ok(project, cache, "git", "add", "-A");

    Result refused = run(project, cache, "git", "commit", "-m", "add manifests");
    assertNotEquals(0, refused.exit(), refused.out());
    String log = refused.out();
    assertTrue(log.contains("kubelint: first run: building "), "the hook's first run builds kubelint:\n" + log);
    assertTrue(log.contains(cache.toString()), "inside pre-commit's own clone:\n" + log);
    assertTrue(log.lines().anyMatch(l -> l.startsWith("kubelint") && l.endsWith("Failed")), log);
    assertTrue(log.contains("k8s/service.yaml:9:7: error [unknown-field] unknown field \"prot\""), log);
    // one kubelint run saw the three manifests, JSON included (and neither the text file nor the excluded config)
    assertTrue(log.contains("1 error, 0 warnings, 0 infos in 3 files (3 documents)"), log);
    assertEquals("0", ok(project, cache, "git", "rev-list", "--all", "--count").out().strip(), "nothing committed");

    Files.writeString(project.resolve("k8s/service.yaml"), BAD.replace("prot:", "port:"), StandardCharsets.UTF_8);
    ok(project, cache, "git", "add", "-A");
    Result accepted = run(project, cache, "git", "commit", "-m", "add manifests");
    assertEquals(0, accepted.exit(), accepted.out());
    assertTrue(accepted.out().lines().anyMatch(l -> l.startsWith("kubelint") && l.endsWith("Passed")),
        accepted.out());
    assertFalse(accepted.out().contains("building"), "the second commit reuses the jar:\n" + accepted.out());
    List<String> committed = ok(project, cache, "git", "ls-files").out().lines().toList();
    assertEquals(List.of(".pre-commit-config.yaml", "k8s/config.json", "k8s/config.yml", "k8s/service.yaml",
        "notes.txt"), committed);
    Files.writeString(FreshCopy.WORKSPACE.resolveSibling("pre-commit-first-commit.log"), log, StandardCharsets.UTF_8);
  }
}
