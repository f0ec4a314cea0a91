package io.kubelint.cli;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code kubelint.jar} as users do: a real JVM, real exit codes, real stdin. */
class KubelintJarIT {

  private static final Path JAR = Path.of(System.getProperty("kubelint.jar", "target/kubelint.jar"));

  private record Result(int exit, String out, String err) {
  }

  private static Result run(String stdin, String... args) throws IOException, InterruptedException {
    return runJvm(List.of(), stdin, args);
  }

  /** Runs the jar with JVM options such as {@code -Xmx64m}. */
  private static Result runJvm(List<String> jvm, String stdin, String... args) throws IOException,
      InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvm);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("NO_COLOR", "1");
    Process process = builder.start();
    try (OutputStream in = process.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES));
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void exitCodesOfTheRealProcess() throws Exception {
    assertEquals(0, run(null, "lint", TESTDATA.resolve("examples/clean.yaml").toString()).exit());
    assertEquals(1, run(null, "lint", TESTDATA.resolve("examples").toString()).exit());
    Result missing = run(null, "lint", "missing.yaml");
    assertEquals(2, missing.exit());
    assertEquals("kubelint: error: cannot read missing.yaml: no such file or directory\n", missing.err());
  }

  @Test
  void simulateExitCodesOfTheRealProcess() throws Exception {
    Result crash = run(null, "simulate", "--for", "1m", TESTDATA.resolve("simulate/crash.yaml").toString());
    assertEquals(1, crash.exit(), crash.err());
    assertTrue(crash.out().contains("CrashLoopBackOff"), crash.out());
    assertEquals(0, run(null, "simulate", TESTDATA.resolve("simulate/slow-start.yaml").toString()).exit());
    assertEquals(2, run(null, "simulate", "--for", "soon", "x.yaml").exit());
  }

  @Test
  void stdinThroughAPipe() throws Exception {
    Result r = run("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: []\n  restartPolicy: Sometimes\n---\n"
        + "kind: Pod\n", "lint", "--format", "json", "-");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().contains("\"file\" : \"<stdin>\"") || r.out().contains("\"file\": \"<stdin>\""), r.out());
    assertTrue(r.out().contains("missing-type-meta"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void brokenInputNeverCrashesAndOtherFilesStillCount(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("binary.yaml"), new byte[] {(byte) 0xC3, (byte) 0x28, 10, 0, 1, 2});
    Files.writeString(dir.resolve("deep.yaml"), "[".repeat(50_000));
    Files.writeString(dir.resolve("tabs.yaml"), "a:\n\tb: 1\n");
    Files.copy(TESTDATA.resolve("examples/web.yaml"), dir.resolve("web.yaml"));
    Result r = run(null, "lint", dir.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.err());
    assertFalse(r.out().contains("Exception"), r.out());
    assertTrue(r.out().contains("binary.yaml:1:1: error [yaml-syntax]"), r.out());
    assertTrue(r.out().contains("deep.yaml:1:"), r.out());
    assertTrue(r.out().contains("tabs.yaml:2:1: error [yaml-syntax]"), r.out());
    assertTrue(r.out().contains("web.yaml:55:7: error [unknown-field]"), r.out());
  }

  @Test
  void debugShowsTheStackTraceOnlyWhenAsked() throws Exception {
    Result plain = run(null, "lint", "--kubernetes-version", "9.9", "x.yaml");
    assertEquals(2, plain.exit());
    assertFalse(plain.err().contains("\tat "), plain.err());
  }

  @Test
  void aLineLargerThanTheHeapIsALimitFindingNotAnOutOfMemoryError(@TempDir Path dir) throws Exception {
    Path huge = dir.resolve("huge.yaml");
    try (OutputStream out = Files.newOutputStream(huge)) {
      out.write("apiVersion: v1\nkind: ConfigMap\ndata:\n  big: ".getBytes(StandardCharsets.UTF_8));
      byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 150; i++) {
        out.write(block);
      }
      out.write("\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  lables: {}\n".getBytes(StandardCharsets.UTF_8));
    }
    Result r = runJvm(List.of("-Xmx64m"), null, "lint", huge.toString());
    assertEquals("", r.err());
    assertEquals(1, r.exit());
    assertTrue(r.out().contains("huge.yaml:1:1: error [yaml-limit] document is larger than the limit of 8388608 "
        + "characters"), r.out());
    assertTrue(r.out().contains("huge.yaml:9:3: error [unknown-field]"), r.out());
  }

  @Test
  void runningOutOfMemoryOnOneDocumentCostsThatDocumentOnly(@TempDir Path dir) throws Exception {
    // 900,000 list items: within the limits, but more than 64 MiB of heap can compose
    Files.writeString(dir.resolve("a-wide.yaml"), "apiVersion: v1\nkind: ConfigMap\ndata:\n  big: ["
        + "1,".repeat(900_000) + "1]\n");
    Files.writeString(dir.resolve("b-ok.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  lables: {}\n");
    Result r = runJvm(List.of("-Xmx64m"), null, "lint", dir.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().matches("kubelint: error: cannot lint \\S*a-wide\\.yaml:1: out of memory [^\\n]*\\(give Java "
        + "more memory with -Xmx\\)\\n"), r.err());
    assertTrue(r.out().contains("b-ok.yaml:4:3: error [unknown-field]"), r.out());
    Result debug = runJvm(List.of("-Xmx64m"), null, "lint", "--debug", dir.toString());
    assertTrue(debug.err().contains("java.lang.OutOfMemoryError"), debug.err());
  }

  @Test
  void stdoutOnAFullDeviceIsExitCodeTwoWithOneLine() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "needs Linux /dev/full");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toString(), "lint", TESTDATA.resolve("examples/web.yaml").toString())
        .redirectOutput(new java.io.File("/dev/full")).start();
    process.getOutputStream().close();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES));
    assertEquals(2, process.exitValue(), err);
    assertEquals("kubelint: error: cannot write to standard output: no space left on device\n", err);
  }

  @Test
  void runsWritingTheSameReportAtOnceLeaveOneWholeReport(@TempDir Path dir) throws Exception {
    // three processes, three formats, one file: whichever finishes last wins, and the file is one whole report
    Path same = dir.resolve("same.out");
    String web = TESTDATA.resolve("examples").toString();
    List<Process> processes = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      for (String format : List.of("json", "sarif", "junit")) {
        processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
            JAR.toString(), "lint", "--format", format, "-o", same.toString(), web)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start());
      }
      for (Process p : processes) {
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(1, p.exitValue());
      }
      processes.clear();
      String report = Files.readString(same);
      boolean json = report.startsWith("{") && report.contains("\"findings\"") && !report.contains("\"runs\"");
      boolean sarif = report.startsWith("{") && report.contains("\"runs\"") && !report.contains("\"findings\"");
      boolean junit = report.startsWith("<?xml") && report.strip().endsWith("</testsuites>");
      assertTrue(json || sarif || junit, report);
      if (json || sarif) {
        new tools.jackson.databind.json.JsonMapper().readTree(report);
      }
      try (java.util.stream.Stream<Path> files = Files.list(dir)) {
        assertEquals(List.of(same), files.toList(), "no temporary file is left");
      }
    }
  }
}
