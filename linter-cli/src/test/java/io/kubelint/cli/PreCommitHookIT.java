package io.kubelint.cli;

import static io.kubelint.core.testing.RepositoryFiles.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook of this repository ({@code .pre-commit-hooks.yaml} and the {@code ./kubelint} launcher) as a
 * user gets it: real git, real pre-commit, a repository whose {@code .pre-commit-config.yaml} points at a hook
 * repository, and {@code git commit} refused or let through. The hook repository is a fresh git repository holding
 * this working tree's hook files (so uncommitted edits are what is tested); the launcher runs the jar this build
 * packaged ({@code KUBELINT_JAR}). Nothing is downloaded: language {@code script} needs no environment, the hook
 * repository is a local path, and the proxies point at a closed port.
 *
 * <p>Needs {@code pre-commit} on the PATH ({@code .ci/run} installs Debian's package). Without it the test is
 * skipped, unless {@code KUBELINT_REQUIRE_PRE_COMMIT=1} (set by {@code .ci/run}) or {@code CI} is set: then it fails.
 */
class PreCommitHookIT {

  private static final Path JAR = Path.of(System.getProperty("kubelint.jar", "target/kubelint.jar"))
      .toAbsolutePath();
  private static final String BAD = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n"
      + "    app: web\n  ports:\n    - prot: 80\n";
  private static final String GOOD = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n"
      + "  mode: fast\n";

  private record Run(int exit, String output) {
  }

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
      Assumptions.abort(message + ": skipping the pre-commit hook test");
    }
  }

  /** Runs a command in {@code dir} with a sealed-off environment; stdout and stderr together. */
  private static Run run(Path dir, Path home, String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("HOME", home.toString());
    env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_AUTHOR_NAME", "kubelint test");
    env.put("GIT_AUTHOR_EMAIL", "test@kubelint.invalid");
    env.put("GIT_COMMITTER_NAME", "kubelint test");
    env.put("GIT_COMMITTER_EMAIL", "test@kubelint.invalid");
    env.put("GIT_ALLOW_PROTOCOL", "file");
    for (String proxy : List.of("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy")) {
      env.put(proxy, "http://127.0.0.1:9");
    }
    env.put("PRE_COMMIT_HOME", home.resolve("pre-commit-cache").toString());
    env.put("KUBELINT_JAR", JAR.toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("NO_COLOR", "1");
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(3, TimeUnit.MINUTES), String.join(" ", command) + " did not end");
    return new Run(process.exitValue(), output);
  }

  private static Run ok(Path dir, Path home, String... command) throws IOException, InterruptedException {
    Run r = run(dir, home, command);
    assertEquals(0, r.exit(), String.join(" ", command) + "\n" + r.output());
    return r;
  }

  /** A git repository with this working tree's hook definitions, the launcher and the examples it warms up on. */
  private static String hookRepository(Path hooks, Path home) throws IOException, InterruptedException {
    Files.createDirectories(hooks.resolve("testdata/examples"));
    Files.copy(ROOT.resolve(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
    Files.copy(ROOT.resolve("kubelint"), hooks.resolve("kubelint"), StandardCopyOption.COPY_ATTRIBUTES);
    assertTrue(Files.isExecutable(hooks.resolve("kubelint")));
    try (Stream<Path> examples = Files.list(ROOT.resolve("testdata/examples"))) {
      for (Path example : examples.toList()) {
        Files.copy(example, hooks.resolve("testdata/examples").resolve(example.getFileName()));
      }
    }
    ok(hooks, home, "git", "init", "-q");
    ok(hooks, home, "git", "add", "-A");
    ok(hooks, home, "git", "commit", "-q", "-m", "kubelint hooks");
    return ok(hooks, home, "git", "rev-parse", "HEAD").output().strip();
  }

  @Test
  void theManifestIsValid(@TempDir Path home) throws Exception {
    Run r = ok(ROOT, home, "pre-commit", "validate-manifest", ".pre-commit-hooks.yaml");
    assertFalse(r.output().contains("rror"), r.output());
  }

  @Test
  void commitWithAnErrorIsRefusedAndACleanOneGoesThrough(@TempDir Path tmp) throws Exception {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path hooks = Files.createDirectories(tmp.resolve("hooks"));
    Path project = Files.createDirectories(tmp.resolve("project"));
    String rev = hookRepository(hooks, home);

    ok(project, home, "git", "init", "-q");
    Files.writeString(project.resolve(".pre-commit-config.yaml"), "repos:\n  - repo: " + hooks + "\n    rev: " + rev
        + "\n    hooks:\n      - id: kubelint\n", StandardCharsets.UTF_8);
    ok(project, home, "pre-commit", "install");
    Files.createDirectories(project.resolve("k8s"));
    Files.writeString(project.resolve("k8s/service.yaml"), BAD, StandardCharsets.UTF_8);
    Files.writeString(project.resolve("k8s/config.yml"), GOOD, StandardCharsets.UTF_8);
    Files.writeString(project.resolve("notes.txt"), "not YAML: [", StandardCharsets.UTF_8);
    ok(project, home, "git", "add", "-A");

    Run refused = run(project, home, "git", "commit", "-m", "add manifests");
    assertNotEquals(0, refused.exit(), refused.output());
    assertTrue(refused.output().contains("kubelint") && refused.output().contains("Failed"), refused.output());
    assertTrue(refused.output().contains("k8s/service.yaml:9:7: error [unknown-field] unknown field \"prot\""),
        refused.output());
    // one kubelint run saw both manifests (and neither the text file nor the excluded .pre-commit-config.yaml)
    assertTrue(refused.output().contains("1 error, 0 warnings, 0 infos in 2 files (2 documents)"), refused.output());
    assertEquals("0", ok(project, home, "git", "rev-list", "--all", "--count").output().strip(),
        "nothing was committed");

    Files.writeString(project.resolve("k8s/service.yaml"), BAD.replace("prot:", "port:"), StandardCharsets.UTF_8);
    ok(project, home, "git", "add", "-A");
    Run accepted = run(project, home, "git", "commit", "-m", "add manifests");
    assertEquals(0, accepted.exit(), accepted.output());
    assertTrue(accepted.output().lines().anyMatch(l -> l.startsWith("kubelint") && l.endsWith("Passed")),
        accepted.output());
    assertTrue(ok(project, home, "git", "log", "--oneline").output().contains("add manifests"));
    List<String> committed = new ArrayList<>(ok(project, home, "git", "ls-files").output().lines().toList());
    assertEquals(List.of(".pre-commit-config.yaml", "k8s/config.yml", "k8s/service.yaml", "notes.txt"), committed);
  }
}
