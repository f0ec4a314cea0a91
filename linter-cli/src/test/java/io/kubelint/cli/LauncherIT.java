package io.kubelint.cli;

import static io.kubelint.cli.FreshCopy.JAR;
import static io.kubelint.cli.FreshCopy.KUBELINT;
import static io.kubelint.cli.FreshCopy.WORKSPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.testing.Programs;
import io.kubelint.core.testing.Programs.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The {@code ./kubelint} launcher of a fresh copy of this repository, started as users start it: from their own
 * workspace (which has a {@code pom.xml} of its own), through a symbolic link on the PATH, with {@code JAVA_HOME}
 * unset. The first run really builds the jar; the tests after it reuse that jar.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

  @Test
  @Order(1)
  void theFirstRunBuildsTheJarWithKubelintsOwnPomAndLints() throws Exception {
    Result first = FreshCopy.firstRun();
    assertEquals(1, first.exit(), first.toString());
    assertTrue(first.out().contains("deploy/web.yaml:55:7: error [unknown-field] unknown field \"prot\""), first.out());
    assertTrue(first.out().contains("5 errors, 1 warning, 0 infos in 1 file (2 documents)"), first.out());
    assertEquals(List.of("kubelint: first run: building " + JAR + " from source with the Maven wrapper, without tests "
        + "(1 to 3 minutes; the first build on a machine downloads Maven and the dependencies from Maven Central) ..."),
        first.err().lines().toList());
    assertTrue(Files.isRegularFile(JAR));
    // only the modules the command needs were built, and no test ran
    assertTrue(Files.isDirectory(KUBELINT.resolve("rules/target/classes")));
    assertTrue(!Files.exists(KUBELINT.resolve("maven-plugin/target")), "the Maven plugin is not built");
    assertTrue(!Files.exists(KUBELINT.resolve("linter-cli/target/surefire-reports")), "no test ran");
    assertTrue(!Files.exists(WORKSPACE.resolve("target")), "nothing was built in the user's workspace");
  }

  @Test
  @Order(2)
  void laterRunsReuseTheJar() throws Exception {
    FreshCopy.firstRun();
    FileTime built = Files.getLastModifiedTime(JAR);
    Result second = FreshCopy.run(WORKSPACE, FreshCopy.userEnvironment(), "./.kubelint/kubelint", "lint",
        "deploy/web.yaml");
    assertEquals(1, second.exit(), second.toString());
    assertEquals("", second.err());
    assertTrue(second.out().contains("deploy/web.yaml:55:7: error [unknown-field]"), second.out());
    assertEquals(built, Files.getLastModifiedTime(JAR), "not built again");
  }

  @Test
  @Order(3)
  void aFreshCheckoutOfTheSameSourcesIsNotBuiltAgain() throws Exception {
    // a new checkout of the same commit, or a jar restored from a CI cache: every source is newer than the jar
    FreshCopy.firstRun();
    FileTime built = Files.getLastModifiedTime(JAR);
    FileTime now = FileTime.fromMillis(System.currentTimeMillis() + 5_000);
    try (Stream<Path> files = Files.walk(KUBELINT)) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/target/")).toList()) {
        Files.setLastModifiedTime(file, now);
      }
    }
    Result run = FreshCopy.run(WORKSPACE, FreshCopy.userEnvironment(), "kubelint", "lint", "deploy/web.yaml");
    assertEquals(1, run.exit(), run.toString());
    assertEquals("", run.err(), "the sources are what the jar was built from");
    assertEquals(built, Files.getLastModifiedTime(JAR));
  }

  @Test
  @Order(4)
  void aBuildThatFailsIsOneErrorLineAndExitCodeTwo() throws Exception {
    FreshCopy.firstRun();
    Path pom = KUBELINT.resolve("linter-cli/pom.xml");
    String good = Files.readString(pom, StandardCharsets.UTF_8);
    try {
      Files.writeString(pom, good.replace("<artifactId>kubelint-cli</artifactId>", "<artifactId>kubelint-cli"),
          StandardCharsets.UTF_8);
      Result run = FreshCopy.run(WORKSPACE, FreshCopy.userEnvironment(), "kubelint", "lint", "deploy/web.yaml");
      assertEquals(2, run.exit(), run.toString());
      assertEquals("", run.out());
      List<String> lines = run.err().lines().toList();
      assertEquals(2, lines.size(), run.err());
      assertTrue(lines.get(0).startsWith("kubelint: the sources changed since " + JAR + " was built; building it "
          + "again"), lines.get(0));
      String error = lines.get(1);
      assertTrue(error.startsWith("kubelint: error: building kubelint.jar failed; the build log is "), error);
      assertTrue(error.endsWith(" (run the build by hand to retry: cd " + KUBELINT + " && ./mvnw -B -DskipTests -pl "
          + "linter-cli -am package)"), error);
      Path log = Path.of(error.substring(error.indexOf(" is ") + 4, error.indexOf(" (run ")));
      try {
        assertTrue(Files.readString(log).contains("Non-parseable POM"), log.toString());
      } finally {
        Files.deleteIfExists(log);
      }
    } finally {
      Files.writeString(pom, good, StandardCharsets.UTF_8);
    }
    Result repaired = FreshCopy.run(WORKSPACE, FreshCopy.userEnvironment(), "kubelint", "lint", "deploy/web.yaml");
    assertEquals(1, repaired.exit(), repaired.toString());
    assertEquals("", repaired.err(), "the jar still fits the sources");
  }

  @Test
  void withoutJavaItSaysWhatToDoAndExitsTwo() throws Exception {
    FreshCopy.make();
    Path noJava = Programs.pathWithout(WORKSPACE.resolveSibling("no-java-bin"), Set.of("java", "javac"));
    Result run;
    try {
      Map<String, String> env = FreshCopy.userEnvironment();
      env.put("PATH", FreshCopy.LINKS + ":" + noJava);
      run = FreshCopy.run(WORKSPACE, env, "kubelint", "lint", "deploy/web.yaml");
    } finally {
      Programs.removeLinks(noJava);
    }
    assertEquals(2, run.exit(), run.toString());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("kubelint: error: no Java found: install a JDK 17 or newer"), run.err());
  }

  @Test
  void aJarThatIsNotThereIsNamed() throws Exception {
    FreshCopy.make();
    Map<String, String> env = FreshCopy.userEnvironment();
    env.put("KUBELINT_JAR", WORKSPACE.resolve("kubelint.jar").toString());
    Result run = FreshCopy.run(WORKSPACE, env, "kubelint", "--version");
    assertEquals(2, run.exit(), run.toString());
    assertEquals("kubelint: error: KUBELINT_JAR names no file: " + WORKSPACE.resolve("kubelint.jar") + " (unset it "
        + "to build and run this checkout's kubelint)\n", run.err());
  }
}
