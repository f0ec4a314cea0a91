package io.kubelint.core.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A label selector as written in a manifest: the {@code matchLabels} / {@code matchExpressions} form
 * ({@code metav1.LabelSelector}) or the plain map of a ReplicationController or Service, each requirement keeping
 * the pointer it was written at. Semantics from
 * https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors: all requirements must
 * hold; {@code In} needs the label with one of the values, {@code NotIn} the label absent or with another value,
 * {@code Exists} the label present, {@code DoesNotExist} absent.
 *
 * @param path pointer (inside the object) of the selector
 * @param requirements its requirements, matchLabels first
 */
public record LabelSelector(JsonPointer path, List<Requirement> requirements) {

  /** The operators of {@code matchExpressions}. */
  public static final Set<String> OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");

  /**
   * One requirement.
   *
   * @param key the label key ({@code null} when missing)
   * @param operator {@code In}, {@code NotIn}, {@code Exists}, {@code DoesNotExist} as written ({@code null} when
   *     missing); a matchLabels entry is {@code In} with one value
   * @param values the values as written (empty when missing)
   * @param path pointer of the requirement: the matchLabels entry, or the matchExpressions item
   * @param fromMatchLabels whether it came from matchLabels or a plain map
   */
  public record Requirement(String key, String operator, List<String> values, JsonPointer path,
                            boolean fromMatchLabels) {

    /** Whether the requirement is well formed (so it can be evaluated). */
    public boolean valid() {
      if (key == null || key.isEmpty() || operator == null || !OPERATORS.contains(operator)) {
        return false;
      }
      boolean needsValues = operator.equals("In") || operator.equals("NotIn");
      return needsValues != values.isEmpty();
    }

    /** Whether a set of labels satisfies this (valid) requirement. */
    public boolean matches(Map<String, String> labels) {
      String value = labels.get(key);
      return switch (operator) {
        case "In" -> value != null && values.contains(value);
        case "NotIn" -> value == null || !values.contains(value);
        case "Exists" -> value != null;
        case "DoesNotExist" -> value == null;
        default -> false;
      };
    }

    /** {@code app=web}, {@code tier in (a, b)}, {@code !legacy}, … for messages. */
    public String display() {
      return switch (operator == null ? "" : operator) {
        case "In" -> values.size() == 1 ? key + "=" + values.get(0) : key + " in (" + String.join(", ", values) + ")";
        case "NotIn" -> key + " notin (" + String.join(", ", values) + ")";
        case "Exists" -> key;
        case "DoesNotExist" -> "!" + key;
        default -> key + " " + operator;
      };
    }
  }

  /**
   * Reads a {@code metav1.LabelSelector} ({@code matchLabels} and {@code matchExpressions}).
   *
   * @param node the selector node
   * @param path its pointer inside the object
   * @return the selector, or {@code null} when {@code node} is not a mapping
   */
  public static LabelSelector of(JsonNode node, JsonPointer path) {
    if (!node.isObject()) {
      return null;
    }
    List<Requirement> requirements = new ArrayList<>();
    JsonNode matchLabels = node.path("matchLabels");
    JsonPointer labelsPath = path.appendProperty("matchLabels");
    matchLabels.properties().forEach(e -> requirements.add(new Requirement(e.getKey(), "In",
        List.of(e.getValue().asString("")), labelsPath.appendProperty(e.getKey()), true)));
    JsonNode expressions = node.path("matchExpressions");
    for (int i = 0; i < expressions.size(); i++) {
      JsonNode e = expressions.get(i);
      List<String> values = new ArrayList<>();
      e.path("values").forEach(v -> values.add(v.asString("")));
      requirements.add(new Requirement(text(e.path("key")), text(e.path("operator")), values,
          path.appendProperty("matchExpressions").appendIndex(i), false));
    }
    return new LabelSelector(path, requirements);
  }

  /**
   * Reads a plain-map selector ({@code spec.selector} of a ReplicationController or Service): every entry is an
   * equality requirement.
   *
   * @return the selector, or {@code null} when {@code node} is not a mapping
   */
  public static LabelSelector ofMap(JsonNode node, JsonPointer path) {
    if (!node.isObject()) {
      return null;
    }
    List<Requirement> requirements = new ArrayList<>();
    node.properties().forEach(e -> requirements.add(new Requirement(e.getKey(), "In",
        List.of(e.getValue().asString("")), path.appendProperty(e.getKey()), true)));
    return new LabelSelector(path, requirements);
  }

  /** Whether the selector has no requirement at all (it then selects everything, or is invalid where required). */
  public boolean isEmpty() {
    return requirements.isEmpty();
  }

  /** The labels of a {@code labels} mapping as strings (non-string values are skipped). */
  public static Map<String, String> labels(JsonNode labels) {
    Map<String, String> out = new java.util.HashMap<>();
    labels.properties().forEach(e -> {
      if (e.getValue().isString()) {
        out.put(e.getKey(), e.getValue().asString());
      }
    });
    return out;
  }

  /** Labels as {@code {app: web, tier: front}}, sorted by key, for messages; {@code {}} when there are none. */
  public static String display(Map<String, String> labels) {
    StringBuilder out = new StringBuilder("{");
    new java.util.TreeMap<>(labels).forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append(k)
        .append(": ").append(v));
    return out.append('}').toString();
  }

  private static String text(JsonNode node) {
    return node.isString() ? node.asString() : null;
  }
}
