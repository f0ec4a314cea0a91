package io.kubelint.cli;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.report.SarifSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the reports: stdout that fails, report files that cannot be written, reports replaced in one step. */
class ReportOutputTest {

  private static final String WEB = TESTDATA.resolve("examples/web.yaml").toString();

  /** A stdout on a full disk: every write fails as {@code > /dev/full} does. */
  private static final class FullDisk extends Writer {
    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void flush() throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void close() {
    }
  }

  @Test
  void aFailedWriteToStdoutIsOneLineAndExitCodeTwo() {
    for (String[] args : new String[][] {{"lint", WEB}, {"lint", "--format", "sarif", WEB}, {"rules"},
        {"--version"}, {"simulate", TESTDATA.resolve("simulate/crash.yaml").toString()}}) {
      CliRun run = CliRun.withStdout(new FullDisk(), args);
      assertEquals(2, run.exit(), String.join(" ", args));
      assertEquals("kubelint: error: cannot write to standard output: no space left on device\n", run.err(),
          String.join(" ", args));
    }
  }

  @Test
  void everyReportThatCanBeWrittenIsAndEachFailureIsNamed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("file"), "in the way");
    String missing = dir.resolve("missing/kubelint.json").toString();
    String underFile = dir.resolve("file").toString() + "/kubelint.xml";
    Path sarif = dir.resolve("kubelint.sarif");
    CliRun run = CliRun.of("lint", "--format", "json", "-o", missing, "--format", "junit", "-o", underFile,
        "--format", "sarif", "-o", sarif.toString(), "--format", "codeclimate", "-o", dir.toString(), WEB);
    assertEquals(2, run.exit(), run.err());
    assertEquals(String.join("\n",
        "kubelint: error: cannot write " + missing + ": no such directory: " + dir.resolve("missing"),
        "kubelint: error: cannot write " + underFile + ": " + dir.resolve("file") + " is not a directory",
        "kubelint: error: cannot write " + dir + ": is a directory",
        ""), run.err());
    SarifSchema.assertValid(Files.readString(sarif));
    assertFalse(Files.exists(dir.resolve("missing")), "no folder the user did not ask for");
  }

  @Test
  void aDeviceThatIsFullIsNamedWithTheReason() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "needs Linux /dev/full");
    CliRun run = CliRun.of("lint", "--format", "json", "-o", "/dev/full", WEB);
    assertEquals(2, run.exit());
    assertEquals("kubelint: error: cannot write /dev/full: no space left on device\n", run.err());
  }

  @Test
  void aFolderThatCannotBeWrittenIsPermissionDenied(@TempDir Path dir) throws IOException {
    // root writes into any folder whatever its mode, but not into sysfs
    Path locked = Files.createDirectories(dir.resolve("locked"));
    assertTrue(locked.toFile().setWritable(false, false));
    String target = Files.isWritable(locked) ? "/sys/kubelint.json" : locked.resolve("kubelint.json").toString();
    CliRun run = CliRun.of("lint", "--format", "json", "-o", target, WEB);
    assertEquals(2, run.exit());
    assertTrue(run.err().equals("kubelint: error: cannot write " + target + ": permission denied\n")
        || run.err().equals("kubelint: error: cannot write " + target + ": read-only file system\n"), run.err());
  }

  @Test
  void theReportIsReplacedInOneStepNotRewrittenInPlace(@TempDir Path dir) throws IOException {
    // a reader of the previous report (a hard link to it, or a concurrent run's file) never sees a half-written one
    Path report = Files.writeString(dir.resolve("kubelint.json"), "the previous report\n");
    Path reader = Files.createLink(dir.resolve("reader"), report);
    CliRun run = CliRun.of("lint", "--format", "json", "-o", report.toString(), WEB);
    assertEquals(1, run.exit(), run.err());
    assertTrue(Files.readString(report).startsWith("{"), "the new report");
    assertEquals("the previous report\n", Files.readString(reader), "the previous report is left whole");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("kubelint.json", "reader"), files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary file is left");
    }
  }

  @Test
  void devStdoutIsWrittenInPlace() throws Exception {
    // /dev/stdout is a link to this process's stdout (a pipe here): it cannot be replaced, only written
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/stdout")), "needs /dev/stdout");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), "io.kubelint.cli.Main", "lint", "--format", "json", "-o",
        "/dev/stdout", WEB).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES));
    assertEquals(1, process.exitValue(), err);
    assertEquals("", err);
    assertTrue(out.startsWith("{") && out.contains("\"findings\""), out);
    assertTrue(Files.isSymbolicLink(Path.of("/dev/stdout")), "still a link");
  }
}
