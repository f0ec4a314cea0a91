package io.kubelint.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubelint.core.model.Finding;
import io.kubelint.core.model.ObjectRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How documents of unusual shapes are linted: {@code kind: List} edge cases and duplicated keys inside objects. */
class DocumentShapesTest {

  /** {@code rule@line:column path object: message}. */
  private static List<String> findings(Path dir, String yaml) throws IOException {
    Path file = Files.writeString(dir.resolve("shapes.yaml"), yaml);
    return LinterInputTest.lint(file).findings().stream().map(DocumentShapesTest::describe).toList();
  }

  private static String describe(Finding f) {
    ObjectRef o = f.object();
    return f.ruleId() + "@" + f.line() + ":" + f.column() + " " + (f.path().isEmpty() ? "-" : f.path()) + " "
        + (o == null ? "-" : o.kind() + "/" + o.name()) + ": " + f.message();
  }

  @Test
  void listsWithoutItemsNestedListsAndItemsWithoutTypeMeta(@TempDir Path dir) throws IOException {
    assertEquals(List.of(
        "unknown-field@10:34 /metadata/lables ConfigMap/nested: unknown field \"lables\" in ObjectMeta at metadata",
        "missing-type-meta@11:9 - Service/s: List item 3 has no apiVersion",
        "missing-type-meta@13:5 /items/1 -: List item 2: expected a Kubernetes object (a mapping with apiVersion "
            + "and kind), found a string",
        "schema-violation@17:8 /items List/null: items of a List must be a list of objects, found a mapping",
        "schema-violation@20:7 /kind List/null: a List needs items, the list of objects it holds; this one has none"),
        findings(dir, """
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: List
                items:
                  - {apiVersion: v1, kind: ConfigMap, metadata: {name: nested}}
                  - apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: nested, lables: {}}
                  - kind: Service
                    metadata: {name: s}
              - just a string
            ---
            apiVersion: v1
            kind: List
            items: {}
            ---
            apiVersion: v1
            kind: List
            metadata: {}
            """));
  }

  @Test
  void aDuplicatedKeyNamesItsPathAndTheObjectItIsIn(@TempDir Path dir) throws IOException {
    assertEquals(List.of(
        "duplicate-key@5:3 /metadata/name ConfigMap/two: duplicate key \"name\" (first on line 4); only this last "
            + "value is kept",
        "duplicate-key@8:3 /data/a ConfigMap/two: duplicate key \"a\" (first on line 7); only this last value is kept",
        "duplicate-key@9:3 /data/a ConfigMap/two: duplicate key \"a\" (first on line 7); only this last value is kept",
        "duplicate-key@18:5 /type Secret/s: duplicate key \"type\" (first on line 17); only this last value is kept",
        "duplicate-key@19:1 /kind List/null: duplicate key \"kind\" (first on line 12); only this last value is kept",
        "missing-type-meta@21:1 - -: expected a Kubernetes object (a mapping with apiVersion and kind), found a list",
        "duplicate-key@21:10 /0/b -: duplicate key \"b\" (first on line 21); only this last value is kept"),
        findings(dir, """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: one
              name: two
            data:
              a: "1"
              a: "2"
              a: "3"
            ---
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: Secret
                metadata: {name: s}
                type: Opaque
                type: Opaque
            kind: List
            ---
            - {b: 1, b: 2}
            """));
  }
}
