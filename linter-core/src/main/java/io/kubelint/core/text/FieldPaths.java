package io.kubelint.core.text;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Spells a JSON pointer the way {@code kubectl explain} and API server messages do:
 * {@code /spec/template/spec/containers/0/ports/1} → {@code spec.template.spec.containers[0].ports[1]}. A map key
 * that contains a dot is bracketed: {@code metadata.annotations[kubernetes.io/ingress.class]}.
 */
public final class FieldPaths {

  private FieldPaths() {
  }

  /**
   * @param root the object the pointer is relative to, used to tell array indexes from map keys
   * @param pointer pointer inside {@code root}
   * @return the dotted path, or an empty string for the root
   */
  public static String dotted(JsonNode root, JsonPointer pointer) {
    StringBuilder out = new StringBuilder();
    JsonNode node = root;
    JsonPointer rest = pointer;
    while (!rest.matches()) {
      String name = rest.getMatchingProperty();
      if (node != null && node.isArray() && rest.getMatchingIndex() >= 0) {
        out.append('[').append(rest.getMatchingIndex()).append(']');
        node = node.get(rest.getMatchingIndex());
      } else {
        if (name.contains(".") || name.contains("/") || name.isEmpty()) {
          out.append('[').append(name).append(']');
        } else {
          if (out.length() > 0) {
            out.append('.');
          }
          out.append(name);
        }
        node = node == null ? null : node.get(name);
      }
      rest = rest.tail();
    }
    return out.toString();
  }

  /**
   * The pointer with every list item that has a string {@code name} (or, failing that, {@code key}) written as
   * {@code [that name]} instead of its index: {@code /spec/containers/0/env/2/value} →
   * {@code /spec/containers/[web]/env/[PORT]/value}. Inserting an item above does not change it.
   *
   * @param root the object the pointer is relative to
   */
  public static String identity(JsonNode root, JsonPointer pointer) {
    StringBuilder out = new StringBuilder();
    JsonNode node = root;
    JsonPointer rest = pointer;
    while (!rest.matches()) {
      int index = rest.getMatchingIndex();
      if (node != null && node.isArray() && index >= 0) {
        JsonNode item = node.get(index);
        String name = item == null ? null : item.path("name").isString() ? item.path("name").asString()
            : item.path("key").isString() ? item.path("key").asString() : null;
        out.append('/').append(name != null ? "[" + name + "]" : String.valueOf(index));
        node = item;
      } else {
        String property = rest.getMatchingProperty();
        out.append('/').append(property.replace("~", "~0").replace("/", "~1"));
        node = node == null ? null : node.get(property);
      }
      rest = rest.tail();
    }
    return out.toString();
  }
}
