package io.kubelint.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Finds the {@link ListType}s of a kind's schema by walking it alongside an object: property names step into
 * {@code properties} (or the {@code additionalProperties} of a map), list indexes into {@code items}, and local
 * {@code $ref}s ({@code #/$defs/V1Container}) are followed. References to other documents and the branches of
 * {@code allOf}/{@code anyOf}/{@code oneOf} are not followed: list types sit on the properties of a structural
 * schema.
 */
final class ListTypes {

  /** More {@code $ref} hops than any schema needs to reach a definition: a cycle of references. */
  private static final int MAX_REFS = 32;

  private ListTypes() {
  }

  /** The list type of the list at {@code pointer} (inside an object validated by {@code root}). */
  static Optional<ListType> at(JsonNode root, JsonPointer pointer) {
    JsonNode schema = resolve(root, root);
    JsonPointer p = pointer;
    while (schema != null && !p.matches()) {
      schema = child(root, schema, p.getMatchingProperty(), p.getMatchingIndex());
      p = p.tail();
    }
    return schema == null || !"array".equals(schema.path("type").asString("array")) ? Optional.empty()
        : ListType.of(schema);
  }

  /** Every list of {@code object} whose schema says its entries must be unique, in document order. */
  static List<UniqueList> uniqueLists(JsonNode root, JsonNode object) {
    List<UniqueList> out = new ArrayList<>();
    walk(root, resolve(root, root), object, JsonPointer.empty(), out);
    return out;
  }

  private static void walk(JsonNode root, JsonNode schema, JsonNode value, JsonPointer at, List<UniqueList> out) {
    if (schema == null) {
      return;
    }
    if (value.isArray()) {
      ListType.of(schema).filter(ListType::uniqueEntries).ifPresent(t -> out.add(new UniqueList(at, t)));
      JsonNode items = resolve(root, schema.path("items"));
      for (int i = 0; i < value.size(); i++) {
        walk(root, items, value.get(i), at.appendIndex(i), out);
      }
    } else if (value.isObject()) {
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        walk(root, child(root, schema, e.getKey(), -1), e.getValue(), at.appendProperty(e.getKey()), out);
      }
    }
  }

  /** The schema of a property (or of a list item, when {@code index >= 0} and the schema is a list's). */
  private static JsonNode child(JsonNode root, JsonNode schema, String property, int index) {
    if (index >= 0 && schema.has("items")) {
      return resolve(root, schema.get("items"));
    }
    JsonNode declared = schema.path("properties").path(property);
    if (!declared.isMissingNode()) {
      return resolve(root, declared);
    }
    JsonNode additional = schema.path("additionalProperties");
    return additional.isObject() ? resolve(root, additional) : null;
  }

  /** Follows local {@code $ref}s; {@code null} for a missing schema or a reference that cannot be followed. */
  private static JsonNode resolve(JsonNode root, JsonNode schema) {
    JsonNode s = schema;
    for (int hops = 0; s != null && s.isObject() && s.has("$ref"); hops++) {
      String ref = s.path("$ref").asString("");
      if (!ref.startsWith("#") || hops == MAX_REFS) {
        return null;
      }
      s = root.at(ref.substring(1));
    }
    return s == null || !s.isObject() ? null : s;
  }
}
