package io.kubelint.cli;

import static io.kubelint.core.testing.RepositoryFiles.ROOT;
import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubelint.core.testing.Programs;
import io.kubelint.core.testing.Programs.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * This repository as a user gets it, shared by the tests that take the user's path (they run in one JVM, one after
 * the other): a copy of its files as a fresh clone has them (the tracked and new files of the working tree, no
 * {@code target/} folder, no jar), committed on branch {@code main} of a git repository of its own, inside a user's
 * workspace ({@code workspace/.kubelint}, as the CI recipes check it out) that holds its own unrelated
 * {@code pom.xml} and the manifests to lint ({@code deploy/}: testdata/examples). It lives in
 * {@code linter-cli/target/user-path/}.
 *
 * <p>The first build of the copy's {@code ./kubelint} runs once ({@link #firstRun()}), through a symbolic link on the
 * PATH, from the workspace; every later test reuses the jar it built.
 */
final class FreshCopy {

  /** The folder of the user's workspace. */
  static final Path WORKSPACE = Path.of("target/user-path/workspace").toAbsolutePath();
  /** The copy of the repository, checked out into the workspace. */
  static final Path KUBELINT = WORKSPACE.resolve(".kubelint");
  /** A folder on the PATH with a link named {@code kubelint} to the copy's launcher. */
  static final Path LINKS = WORKSPACE.resolveSibling("links");
  /** The jar the copy's launcher builds. */
  static final Path JAR = KUBELINT.resolve("linter-cli/target/kubelint.jar");

  private static boolean made;
  private static Result firstRun;

  private FreshCopy() {
  }

  /** The environment of a user: JAVA_HOME unset, java and the link to kubelint on the PATH, no colours. */
  static Map<String, String> userEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", null);
    env.put("KUBELINT_JAR", null);
    env.put("PATH", LINKS + ":" + Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
    env.put("NO_COLOR", "1");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("GIT_AUTHOR_NAME", "kubelint test");
    env.put("GIT_AUTHOR_EMAIL", "test@kubelint.invalid");
    env.put("GIT_COMMITTER_NAME", "kubelint test");
    env.put("GIT_COMMITTER_EMAIL", "test@kubelint.invalid");
    return env;
  }

  /** Runs a program in {@code dir} as the user; {@code /usr/bin/env} looks it up on the user's PATH. */
  static Result run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(List.of("/usr/bin/env"));
    line.addAll(List.of(command));
    return Programs.run(dir, env, line);
  }

  /** Like {@link #run}, and the program must succeed. */
  static Result ok(Path dir, String... command) throws IOException, InterruptedException {
    Result r = run(dir, userEnvironment(), command);
    assertEquals(0, r.exit(), String.join(" ", command) + "\n" + r);
    return r;
  }

  /** Makes the workspace and the copy (once), without building anything. */
  static synchronized void make() throws IOException, InterruptedException {
    if (made) {
      return;
    }
    deleteTree(WORKSPACE.getParent());
    Files.createDirectories(KUBELINT);
    Result files = Programs.run(ROOT, Map.of(), List.of("git", "ls-files", "-z", "--cached", "--others",
        "--exclude-standard"));
    assertEquals(0, files.exit(), "the repository must be a git checkout: " + files);
    for (String name : files.out().split("\0")) {
      Path source = ROOT.resolve(name);
      if (name.isEmpty() || !Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
        continue; // deleted in the working tree
      }
      Path copy = KUBELINT.resolve(name);
      Files.createDirectories(copy.getParent());
      Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    }
    ok(KUBELINT, "git", "init", "-q", "-b", "main");
    ok(KUBELINT, "git", "add", "-A");
    ok(KUBELINT, "git", "commit", "-q", "-m", "kubelint as a user clones it");
    Files.writeString(WORKSPACE.resolve("pom.xml"), "<project>\n  <!-- the user's own build, nothing to do with "
        + "kubelint -->\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.example</groupId>\n  <artifactId>shop"
        + "</artifactId>\n  <version>1.0</version>\n</project>\n", StandardCharsets.UTF_8);
    Files.createDirectories(WORKSPACE.resolve("deploy"));
    try (Stream<Path> examples = Files.list(TESTDATA.resolve("examples"))) {
      for (Path example : examples.toList()) {
        Files.copy(example, WORKSPACE.resolve("deploy").resolve(example.getFileName()));
      }
    }
    Files.createDirectories(LINKS);
    Files.createSymbolicLink(LINKS.resolve("kubelint"), KUBELINT.resolve("kubelint"));
    made = true;
  }

  /**
   * The first run of the copy's launcher, which builds the jar: {@code kubelint lint deploy/web.yaml} from the
   * workspace, through the link on the PATH. Run once; later calls return what it did.
   */
  static synchronized Result firstRun() throws IOException, InterruptedException {
    make();
    if (firstRun == null) {
      firstRun = run(WORKSPACE, userEnvironment(), "kubelint", "lint", "deploy/web.yaml");
    }
    return firstRun;
  }

  /** The commit of the copy's repository. */
  static String commit() throws IOException, InterruptedException {
    make();
    return ok(KUBELINT, "git", "rev-parse", "HEAD").out().strip();
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        p.toFile().setWritable(true);
        Files.delete(p);
      }
    }
  }
}
