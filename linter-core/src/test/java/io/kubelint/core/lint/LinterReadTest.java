package io.kubelint.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.schema.SchemaCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Linter#read}: every object of the inputs, in input order, with the problems of the documents. */
class LinterReadTest {

  private static final SchemaCatalog CATALOG = new SchemaCatalog();

  private static Linter linter() {
    return new Linter(LintOptions.defaults(CATALOG.defaultVersion()).withThreads(4), List.of(), CATALOG);
  }

  @Test
  void handsOverEveryObjectInInputOrderWithItsLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yaml"), """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: first}
        ---
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Service
            metadata: {name: second}
          - apiVersion: v1
            kind: Service
            metadata: {name: third}
        """);
    Files.writeString(dir.resolve("b.yaml"), "apiVersion: v1\nkind: Secret\nmetadata: {name: fourth}\n");
    List<ManifestObject> seen = Collections.synchronizedList(new ArrayList<>());
    ReadResult result = linter().read(List.of(Input.of(dir)), seen::add);
    seen.sort(ManifestObject.ORDER);
    assertEquals(List.of("first", "second", "third", "fourth"),
        seen.stream().map(o -> o.object().ref().name()).toList());
    assertEquals(List.of(1, 8, 11, 1), seen.stream().map(ManifestObject::line).toList());
    assertTrue(seen.get(3).file().endsWith("b.yaml"), seen.get(3).file());
    assertEquals(2, result.files());
    assertEquals(3, result.documents());
    assertTrue(result.problems().isEmpty(), result.problems().toString());
  }

  @Test
  void reportsDocumentsThatCannotBeReadAndGoesOn(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("bad.yaml"), "apiVersion: v1\nkind: [oops\n---\napiVersion: v1\nkind: Pod\n"
        + "metadata: {name: ok}\n");
    List<ManifestObject> seen = Collections.synchronizedList(new ArrayList<>());
    ReadResult result = linter().read(List.of(Input.of(dir), Input.of(dir.resolve("missing.yaml"))), seen::add);
    assertEquals(1, seen.size());
    assertEquals("ok", seen.get(0).object().ref().name());
    assertEquals("yaml-syntax", result.problems().get(0).ruleId());
    assertEquals(1, result.errors().size());
  }

  @Test
  void rethrowsWhatTheVisitorThrowsAfterReadingEverything(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n");
    IllegalStateException thrown = new IllegalStateException("visitor failed");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> linter().read(List.of(Input.of(dir)), o -> {
          throw thrown;
        }));
    assertSame(thrown, e);
  }

  @Test
  void aFatalErrorOnOneDocumentCostsThatDocumentOnly(@TempDir Path dir) throws IOException {
    StringBuilder yaml = new StringBuilder();
    for (String name : List.of("a", "no-stack", "b", "no-memory", "c")) {
      yaml.append("---\napiVersion: v1\nkind: Pod\nmetadata: {name: ").append(name).append("}\n");
    }
    Files.writeString(dir.resolve("a.yaml"), yaml);
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    ReadResult result = linter().read(List.of(Input.of(dir)), o -> {
      switch (o.object().ref().name()) {
        case "no-stack" -> throw new StackOverflowError();
        case "no-memory" -> throw new OutOfMemoryError("Java heap space");
        default -> seen.add(o.object().ref().name());
      }
    });
    assertEquals(List.of("a", "b", "c"), seen.stream().sorted().toList());
    List<InputError> errors = result.errors().stream().sorted(java.util.Comparator.comparing(InputError::path))
        .toList();
    assertEquals(2, errors.size(), errors.toString());
    assertTrue(errors.get(0).display().endsWith("a.yaml:13: out of memory on the document that starts on this "
        + "line; it was not fully linted (give Java more memory with -Xmx)"), errors.get(0).display());
    assertTrue(errors.get(0).display().startsWith("cannot lint "), errors.get(0).display());
    assertTrue(errors.get(1).path().endsWith("a.yaml:5"), errors.get(1).path());
    assertEquals("out of stack space on the document that starts on this line; it was not fully linted",
        errors.get(1).reason());
    assertTrue(errors.get(1).cause() instanceof StackOverflowError);
  }
}
