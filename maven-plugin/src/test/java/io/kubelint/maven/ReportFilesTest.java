package io.kubelint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.lint.LintResult;
import io.kubelint.core.report.ReportFile;
import io.kubelint.core.report.ReportFormat;
import io.kubelint.core.report.ReportSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportFilesTest {

  @TempDir
  Path target;

  @Test
  void formatsAreReadByNameInOrderEachOnce() throws Exception {
    assertEquals(List.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.TEXT),
        ReportFiles.formats(List.of("json", " SARIF ", "text", "json", "")));
    assertEquals(List.of(ReportFormat.SARIF), ReportFiles.formats(null));
    assertEquals(List.of(ReportFormat.SARIF), ReportFiles.formats(List.of()));
  }

  @Test
  void anUnknownFormatIsAToolErrorListingTheKnownOnes() {
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> ReportFiles.formats(List.of("sarif", "html")));
    assertTrue(e.getMessage().startsWith("kubelint: unknown format 'html' (expected one of "), e.getMessage());
    assertTrue(e.getMessage().endsWith(String.join(", ", ReportFormat.names()) + ") in formats"), e.getMessage());
  }

  @Test
  void everyFormatHasItsOwnFileName() {
    List<String> names = Arrays.stream(ReportFormat.values()).map(ReportFiles::fileName).toList();
    assertEquals(names.size(), names.stream().distinct().count(), names.toString());
    assertEquals("kubelint.sarif", ReportFiles.fileName(ReportFormat.SARIF));
    assertEquals("kubelint.json", ReportFiles.fileName(ReportFormat.JSON));
    assertEquals("kubelint.txt", ReportFiles.fileName(ReportFormat.TEXT));
  }

  @Test
  void writesTheReport() throws Exception {
    LintResult result = Examples.lint("web.yaml");
    Path folder = Files.createDirectories(target.resolve("kubelint"));
    ReportSettings settings = ReportSettings.defaults("test").withInputBase(Examples.FOLDER)
        .withSourceRoot(Examples.FOLDER.getParent());
    Path file = ReportFiles.write(ReportFormat.SARIF, result, settings, folder);
    assertEquals(folder.resolve("kubelint.sarif"), file);
    JsonNode run = JsonMapper.builder().build().readTree(file.toFile()).path("runs").get(0);
    assertEquals(result.findings().size(), run.path("results").size());
    assertEquals("examples/web.yaml",
        run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asString());
  }

  @Test
  void theReportIsReplacedInOneStep() throws Exception {
    // another build (or a person) reading the previous report keeps reading it whole; nothing else is left behind
    Path previous = Files.writeString(target.resolve("kubelint.json"), "the previous report\n");
    Path reader = Files.createLink(target.resolve("reader"), previous);
    Path file = ReportFiles.write(ReportFormat.JSON, Examples.lint("web.yaml"), ReportSettings.defaults("test"),
        target);
    assertTrue(Files.readString(file).startsWith("{"));
    assertEquals("the previous report\n", Files.readString(reader));
    try (Stream<Path> files = Files.list(target)) {
      assertEquals(List.of("kubelint.json", "reader"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aMissingDirectoryIsAnErrorNamingIt() {
    IOException e = assertThrows(IOException.class, () -> ReportFiles.write(ReportFormat.SARIF,
        Examples.lint("web.yaml"), ReportSettings.defaults("test"), target.resolve("gone")));
    assertEquals("no such directory: " + target.resolve("gone"), ReportFile.reason(e));
  }
}
