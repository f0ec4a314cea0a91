package io.kubelint.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.model.Finding;
import io.kubelint.core.schema.SchemaCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Linter#lint} on inputs that are not plain, small UTF-8: every readable document is still linted. */
class LinterInputTest {

  private static final SchemaCatalog CATALOG = new SchemaCatalog();

  static LintResult lint(Path... paths) {
    Linter linter = new Linter(LintOptions.defaults(CATALOG.defaultVersion()).withThreads(4), List.of(), CATALOG);
    return linter.lint(java.util.Arrays.stream(paths).map(Input::of).toList());
  }

  /** {@code rule@line:column} of each finding, in report order. */
  static List<String> where(LintResult result) {
    return result.findings().stream().map(f -> f.ruleId() + "@" + f.line() + ":" + f.column()).toList();
  }

  private static String configMap(int i) {
    return "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-" + i + "\ndata:\n  k: v\n";
  }

  @Test
  void invalidUtf8HidesOnlyItsOwnDocumentAndIsReportedWhereItIs(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.yaml");
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < 300; i++) {
        out.write(configMap(i).getBytes(StandardCharsets.UTF_8));
      }
      // line 2101 starts the bad document; the byte is on line 2107, after "  x: \"é"
      out.write("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bad\ndata:\n  x: \"\u00e9"
          .getBytes(StandardCharsets.UTF_8));
      out.write(0xFF);
      out.write("\"\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: after\n  lables: {}\n"
          .getBytes(StandardCharsets.UTF_8));
    }
    LintResult result = lint(file);
    assertEquals(List.of("yaml-syntax@2107:8", "unknown-field@2113:3"), where(result));
    Finding bad = result.findings().get(0);
    assertEquals("byte 0xFF is not valid UTF-8 text; the document was not linted (is the file saved in another "
        + "encoding?)", bad.message());
    assertEquals("  x: \"\u00e9\uFFFD\"", bad.sourceLine());
    assertEquals(302, result.documents());
    assertTrue(result.errors().isEmpty(), result.errors().toString());
  }

  @Test
  void utf16WithAByteOrderMarkIsLintedLikeUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("utf16.yaml");
    Files.writeString(file, "\uFEFFapiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf\u00e9\n  lables: {}\n",
        StandardCharsets.UTF_16BE);
    assertEquals(List.of("unknown-field@5:3"), where(lint(file)));
  }

  @Test
  void symbolicLinksAreFollowedAndLoopsAndDanglingLinksAreReported(@TempDir Path dir) throws IOException {
    String withTypo = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  lables: {}\n";
    Path outside = Files.createDirectories(dir.resolve("outside/folder"));
    Files.writeString(dir.resolve("outside/target.yaml"), withTypo);
    Files.writeString(outside.resolve("in-folder.yaml"), withTypo);
    Path root = Files.createDirectories(dir.resolve("root"));
    Files.writeString(root.resolve("real.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: real\n");
    Files.createSymbolicLink(root.resolve("file-link.yaml"), dir.resolve("outside/target.yaml"));
    Files.createSymbolicLink(root.resolve("folder-link"), outside);
    Files.createSymbolicLink(root.resolve("loop"), root);
    Files.createSymbolicLink(root.resolve("dangling.yaml"), dir.resolve("gone.yaml"));
    Files.createSymbolicLink(root.resolve("dangling-notes.txt"), dir.resolve("gone.txt"));
    LintResult result = lint(root);
    assertEquals(List.of("file-link.yaml:4", "folder-link/in-folder.yaml:4"), result.findings().stream()
        .map(f -> root.relativize(Path.of(f.file())) + ":" + f.line()).toList());
    assertEquals(3, result.files());
    assertEquals(List.of(
        "cannot read " + root.resolve("dangling.yaml") + ": symbolic link to " + dir.resolve("gone.yaml")
            + ", which does not exist",
        "cannot read " + root.resolve("loop") + ": symbolic link loop: it leads back to a folder that contains it"),
        result.errors().stream().map(InputError::display).sorted().toList());
    Path top = Files.createSymbolicLink(dir.resolve("top.yaml"), dir.resolve("nowhere.yaml"));
    assertEquals("cannot read " + top + ": symbolic link to " + dir.resolve("nowhere.yaml") + ", which does not "
        + "exist", lint(top).errors().get(0).display());
  }
}
