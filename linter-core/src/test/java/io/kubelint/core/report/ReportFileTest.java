package io.kubelint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {

  @TempDir
  Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesANewFileAndLeavesNothingElse() throws IOException {
    Path report = dir.resolve("kubelint.json");
    ReportFile.write(report, out -> out.write("{}\n"));
    assertEquals("{}\n", Files.readString(report));
    assertEquals(List.of("kubelint.json"), names());
  }

  @Test
  void aReportThatFailsHalfwayLeavesThePreviousOneWhole() throws IOException {
    Path report = Files.writeString(dir.resolve("kubelint.sarif"), "the previous report\n");
    IOException failure = assertThrows(IOException.class, () -> ReportFile.write(report, out -> {
      out.write("{\"runs\": [");
      out.flush();
      throw new IOException("No space left on device");
    }));
    assertEquals("no space left on device", ReportFile.reason(failure));
    assertEquals("the previous report\n", Files.readString(report));
    assertEquals(List.of("kubelint.sarif"), names(), "the temporary file is gone");
  }

  @Test
  void theFileIsReplacedNotRewritten() throws IOException {
    // a reader that opened the previous report (here: a hard link to it) keeps reading it whole
    Path report = Files.writeString(dir.resolve("kubelint.txt"), "old\n");
    Path reader = Files.createLink(dir.resolve("reader"), report);
    ReportFile.write(report, out -> out.write("new\n"));
    assertEquals("new\n", Files.readString(report));
    assertEquals("old\n", Files.readString(reader));
  }

  @Test
  void keepsThePermissionsOfTheFileItReplaces() throws IOException {
    Path report = Files.writeString(dir.resolve("kubelint.json"), "old\n");
    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
    ReportFile.write(report, out -> out.write("new\n"));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
  }

  @Test
  void aSymbolicLinkIsWrittenThrough() throws IOException {
    Path real = Files.writeString(Files.createDirectories(dir.resolve("reports")).resolve("real.json"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("reports/real.json"));
    ReportFile.write(link, out -> out.write("new\n"));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new\n", Files.readString(real));
  }

  @Test
  void aNamedPipeIsWrittenInPlace() throws Exception {
    Path fifo = dir.resolve("fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertTrue(mkfifo.waitFor(1, TimeUnit.MINUTES) && mkfifo.exitValue() == 0);
    CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(fifo, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    ReportFile.write(fifo, out -> out.write("through the pipe\n"));
    assertEquals("through the pipe\n", read.get(1, TimeUnit.MINUTES));
    assertFalse(Files.isRegularFile(fifo), "still a pipe");
  }

  @Test
  void foldersAreNeverCreated() {
    Path report = dir.resolve("missing/kubelint.json");
    IOException e = assertThrows(IOException.class, () -> ReportFile.write(report, out -> out.write("x")));
    assertEquals("no such directory: " + dir.resolve("missing"), ReportFile.reason(e));
    assertFalse(Files.exists(dir.resolve("missing")));
  }

  @Test
  void aFileWhereAFolderShouldBeAndAFolderWhereTheFileShouldBe() throws IOException {
    Files.writeString(dir.resolve("file"), "x");
    IOException underFile = assertThrows(IOException.class,
        () -> ReportFile.write(Path.of(dir + "/file/kubelint.json"), out -> out.write("x")));
    assertEquals(dir.resolve("file") + " is not a directory", ReportFile.reason(underFile));
    IOException folder = assertThrows(IOException.class, () -> ReportFile.write(dir, out -> out.write("x")));
    assertEquals("is a directory", ReportFile.reason(folder));
  }
}
