package io.kubelint.distribution;

import static io.kubelint.core.testing.RepositoryFiles.ROOT;
import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.testing.Programs;
import io.kubelint.core.testing.Programs.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archives as a user installs them: unpacked with {@code tar}, {@code bin/kubelint} linked onto the
 * PATH from another folder, run from a third folder with {@code JAVA_HOME} unset and {@code java} on the PATH.
 */
class DistributionIT {

  private static final String VERSION = System.getProperty("kubelint.version");
  private static final Path ARCHIVE = Path.of(System.getProperty("kubelint.archive"));
  private static final String TOP = "kubelint-" + VERSION;
  private static final List<String> FILES = List.of("CHANGELOG.md", "LICENSE", "README.md", "bin/kubelint",
      "bin/kubelint.cmd", "completion/kubelint.bash", "completion/kubelint.zsh", "lib/kubelint.jar",
      "man/man1/kubelint-help.1", "man/man1/kubelint-lint.1", "man/man1/kubelint-rules.1",
      "man/man1/kubelint-simulate.1", "man/man1/kubelint.1");

  @TempDir
  static Path tmp;
  static Path home;
  static Path linkFolder;
  static Path work;

  /** Unpacks the tar.gz into {@code opt/} and links {@code bin/kubelint} from {@code links/}. */
  @BeforeAll
  static void install() throws Exception {
    Path opt = Files.createDirectories(tmp.resolve("opt"));
    Result tar = Programs.run(opt, Map.of(), List.of("tar", "xzf", ARCHIVE + ".tar.gz"));
    assertEquals(0, tar.exit(), tar.toString());
    home = opt.resolve(TOP);
    linkFolder = Files.createDirectories(tmp.resolve("links"));
    Files.createSymbolicLink(linkFolder.resolve("kubelint"), home.resolve("bin/kubelint"));
    work = Files.createDirectories(tmp.resolve("work"));
    Files.writeString(work.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId>"
        + "<artifactId>b</artifactId><version>1</version></project>\n");
    Files.createDirectories(work.resolve("deploy"));
    Files.copy(TESTDATA.resolve("examples/web.yaml"), work.resolve("deploy/web.yaml"));
  }

  /** The environment of a user with {@code java} on the PATH and no {@code JAVA_HOME}. */
  private static Map<String, String> user(String path) {
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", null);
    env.put("PATH", path);
    env.put("HOME", tmp.resolve("home").toString());
    env.put("XDG_CACHE_HOME", null);
    env.put("KUBELINT_JAR", null);
    env.put("NO_COLOR", "1");
    return env;
  }

  private static String pathWithJava() {
    return linkFolder + ":" + Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin";
  }

  private static Result kubelint(Map<String, String> env, String... args) throws Exception {
    // env looks kubelint up on the PATH given, as a shell would (a process started from Java looks in this JVM's)
    List<String> command = new ArrayList<>(List.of("/usr/bin/env", "kubelint"));
    Collections.addAll(command, args);
    return Programs.run(work, env, command);
  }

  @Test
  void bothArchivesHoldTheSameFiles() throws IOException, InterruptedException {
    Result listing = Programs.run(tmp, Map.of(), List.of("tar", "tzf", ARCHIVE + ".tar.gz"));
    List<String> tarFiles = listing.out().lines().filter(l -> !l.endsWith("/")).sorted().toList();
    assertEquals(FILES.stream().map(f -> TOP + "/" + f).toList(), tarFiles);
    try (ZipFile zip = new ZipFile(ARCHIVE + ".zip")) {
      List<String> zipFiles = zip.stream().filter(e -> !e.isDirectory()).map(e -> e.getName()).sorted().toList();
      assertEquals(tarFiles, zipFiles);
    }
    assertTrue(Files.isExecutable(home.resolve("bin/kubelint")));
    assertEquals(Files.readString(ROOT.resolve("LICENSE")), Files.readString(home.resolve("LICENSE")));
  }

  @Test
  void runsThroughALinkOnThePathWithJavaHomeUnset() throws Exception {
    Result run = kubelint(user(pathWithJava()), "lint", "deploy/web.yaml");
    assertEquals(1, run.exit(), run.toString());
    assertTrue(run.out().contains("deploy/web.yaml:55:7: error [unknown-field] unknown field \"prot\""), run.out());
    assertTrue(run.out().contains("5 errors, 1 warning, 0 infos in 1 file (2 documents)"), run.out());
    assertEquals("", run.err());
    Result version = kubelint(user(pathWithJava()), "--version");
    assertEquals(0, version.exit(), version.toString());
    assertEquals("kubelint " + VERSION, version.out().lines().findFirst().orElseThrow());
  }

  @Test
  void withoutJavaItSaysWhatToDoAndExitsTwo() throws Exception {
    Path noJava = Programs.pathWithout(tmp.resolve("no-java-bin"), Set.of("java", "javac"));
    Result run;
    try {
      run = kubelint(user(linkFolder + ":" + noJava), "lint", "deploy/web.yaml");
    } finally {
      Programs.removeLinks(noJava);
    }
    assertEquals(2, run.exit(), run.toString());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("kubelint: error: no Java found: install a JDK 17 or newer"), run.err());
  }

  @Test
  void aJavaOlderThanSeventeenIsNamed() throws Exception {
    // a Java 11 installation as its release file describes it; the launcher reads that file, it never starts it
    Path old = Files.createDirectories(tmp.resolve("jdk-11/bin"));
    Files.writeString(old.getParent().resolve("release"), "JAVA_VERSION=\"11.0.2\"\n");
    Files.writeString(old.resolve("java"), "#!/bin/sh\nexit 99\n");
    assertTrue(old.resolve("java").toFile().setExecutable(true));
    Map<String, String> env = user(pathWithJava());
    env.put("JAVA_HOME", old.getParent().toString());
    Result run = kubelint(env, "lint", "deploy/web.yaml");
    assertEquals(2, run.exit(), run.toString());
    assertEquals("kubelint: error: " + old.resolve("java") + " is Java 11.0.2; kubelint needs Java 17 or newer: "
        + "install one and put it on the PATH, or set JAVA_HOME to it\n", run.err());
  }

  @Test
  void aMissingJarIsNamed() throws Exception {
    Map<String, String> env = user(pathWithJava());
    env.put("KUBELINT_JAR", tmp.resolve("nowhere.jar").toString());
    Result run = kubelint(env, "--version");
    assertEquals(2, run.exit(), run.toString());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("kubelint: error: no kubelint jar at " + tmp.resolve("nowhere.jar")), run.err());
  }

  @Test
  void bashCompletesCommandsOptionsAndFormats() throws Exception {
    String script = "source " + home.resolve("completion/kubelint.bash") + "\n"
        + "complete_words() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE};"
        + " COMPREPLY=(); _complete_kubelint; printf '%s ' \"${COMPREPLY[@]}\"; echo; }\n"
        + "complete_words kubelint si\n"
        + "complete_words kubelint lint --fail\n"
        + "complete_words kubelint lint --format ''\n";
    Result run = Programs.run(tmp, Map.of(), List.of("bash", "-c", script));
    assertEquals(0, run.exit(), run.toString());
    List<String> lines = run.out().lines().map(String::strip).toList();
    assertEquals(List.of("simulate", "--fail-on", "text json sarif junit github codeclimate"), lines, run.toString());
  }

  @Test
  void theManPagesAreRoff() throws IOException {
    for (String page : List.of("kubelint", "kubelint-lint", "kubelint-simulate", "kubelint-rules")) {
      String roff = Files.readString(home.resolve("man/man1/" + page + ".1"));
      // roff writes a hyphen as \-
      assertTrue(roff.contains(".TH \"" + page.toUpperCase(java.util.Locale.ROOT).replace("-", "\\-") + "\" \"1\""),
          page + ":\n" + roff);
      assertTrue(roff.contains("\"kubelint " + VERSION.replace("-", "\\-") + "\""), page);
    }
    assertTrue(Files.readString(home.resolve("man/man1/kubelint-lint.1")).contains("\\-\\-fail\\-on"));
  }
}
