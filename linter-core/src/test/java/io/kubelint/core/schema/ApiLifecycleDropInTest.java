package io.kubelint.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The table's drop-in claims against the bundled schemas: wherever a supported version serves both a drop-in entry
 * and its replacement, the two kinds have the same fields, types, required lists and list types (descriptions and
 * enum lists, which may be inferred from different minors' documents, aside), so that rewriting the apiVersion
 * alone, the fix the rules offer, gives an equivalent object.
 */
class ApiLifecycleDropInTest {

  private static final SchemaCatalog CATALOG = new SchemaCatalog();
  private static final Set<String> IGNORED = Set.of("description", "title", "enum", SchemaCatalog.ENUM_FROM,
      SchemaCatalog.ENUM_ELSEWHERE, "$defs", "$schema");

  @Test
  void dropInEntriesHaveTheSchemaOfTheirReplacement() {
    List<String> problems = new ArrayList<>();
    int compared = 0;
    for (KubernetesVersion v : CATALOG.supportedVersions()) {
      SchemaSet schemas = CATALOG.forVersion(v);
      for (ApiLifecycle.Entry e : ApiLifecycle.bundled().entries()) {
        var retired = schemas.resource(e.apiVersion(), e.kind());
        var replacement = e.replacementServedBy(schemas).flatMap(r -> schemas.resource(r.apiVersion(), r.kind()));
        if (!e.dropIn() || retired.isEmpty() || replacement.isEmpty()) {
          continue;
        }
        compared++;
        List<String> differences = differences(schemas.compiled(retired.get()).root(),
            schemas.compiled(replacement.get()).root());
        if (!differences.isEmpty()) {
          problems.add("Kubernetes " + v + ": " + e.display() + " differs from " + replacement.get().display()
              + " at " + differences);
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(compared >= 10, "the bundled schemas serve drop-in pairs to compare: " + compared);
  }

  @Test
  void theComparisonFindsARenamedField() {
    SchemaSet v136 = CATALOG.forVersion(KubernetesVersion.parse("1.36"));
    JsonNode beta = v136.compiled(v136.resource("resource.k8s.io/v1beta1", "ResourceSlice").orElseThrow()).root();
    JsonNode ga = v136.compiled(v136.resource("resource.k8s.io/v1", "ResourceSlice").orElseThrow()).root();
    List<String> differences = differences(beta, ga);
    assertFalse(differences.isEmpty());
    assertTrue(differences.contains("/properties/spec/properties/devices/items/properties/basic"),
        differences.toString());
  }

  /** Where two kind schemas differ, as JSON pointers into the first, with their {@code $ref}s followed. */
  static List<String> differences(JsonNode a, JsonNode b) {
    List<String> out = new ArrayList<>();
    compare(a, b, a.path("$defs"), b.path("$defs"), "", new HashSet<>(), out);
    out.removeIf(p -> p.startsWith("/properties/apiVersion"));
    return out;
  }

  private static void compare(JsonNode a, JsonNode b, JsonNode defsA, JsonNode defsB, String at, Set<String> seen,
                              List<String> out) {
    a = resolve(a, defsA);
    b = resolve(b, defsB);
    if (!seen.add(System.identityHashCode(a) + ":" + System.identityHashCode(b))) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      Set<String> names = new HashSet<>(a.propertyNames());
      names.addAll(b.propertyNames());
      if (!at.endsWith("/properties")) {
        names.removeAll(IGNORED);
        names.remove("$ref");
      }
      for (String name : names.stream().sorted().toList()) {
        String child = at + "/" + name;
        if (!a.has(name) || !b.has(name)) {
          out.add(child);
        } else {
          compare(a.get(name), b.get(name), defsA, defsB, child, seen, out);
        }
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        compare(a.get(i), b.get(i), defsA, defsB, at + "/" + i, seen, out);
      }
    } else if (!a.equals(b)) {
      out.add(at);
    }
  }

  private static JsonNode resolve(JsonNode node, JsonNode defs) {
    String ref = node.path("$ref").asString("");
    return ref.startsWith("#/$defs/") ? defs.path(ref.substring("#/$defs/".length())) : node;
  }
}
