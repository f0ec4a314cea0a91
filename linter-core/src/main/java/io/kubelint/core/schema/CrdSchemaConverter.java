package io.kubelint.core.schema;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the {@code openAPIV3Schema} of a CustomResourceDefinition version (a structural OpenAPI v3 schema) into a
 * strict JSON Schema (draft 2020-12) that validates custom resources the way the API server does
 * (https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#specifying-a-structural-schema):
 * <ul>
 *   <li>fields not specified are pruned by the API server, and rejected under strict field validation, so every
 *       object schema gets {@code additionalProperties: false} — except where
 *       {@code x-kubernetes-preserve-unknown-fields: true} keeps unknown fields, or an {@code additionalProperties}
 *       schema makes it a map;</li>
 *   <li>{@code x-kubernetes-int-or-string: true} accepts an integer or a string;</li>
 *   <li>{@code x-kubernetes-embedded-resource: true} is an object that must have its own apiVersion and kind, and
 *       whose metadata is checked as an ObjectMeta;</li>
 *   <li>the {@code anyOf: [{type: integer}, {type: string}]} that controller-gen writes beside
 *       {@code x-kubernetes-int-or-string} only restates it and is dropped, so one wrong value is one finding;</li>
 *   <li>{@code nullable: true} also accepts null; OpenAPI's boolean {@code exclusiveMinimum}/{@code exclusiveMaximum}
 *       become the numeric 2020-12 keywords;</li>
 *   <li>the root always allows {@code apiVersion}, {@code kind} and {@code metadata}, and {@code metadata} is checked
 *       as an ObjectMeta, as for every object;</li>
 *   <li>subschemas under {@code allOf}, {@code anyOf}, {@code oneOf} and {@code not} only add value checks (a
 *       structural schema declares its fields outside them), so they are not made strict;</li>
 *   <li>{@code x-kubernetes-list-type} and {@code x-kubernetes-list-map-keys} are kept, for {@link ListType};</li>
 *   <li>{@code x-kubernetes-validations} (CEL) rules are not evaluated.</li>
 * </ul>
 */
final class CrdSchemaConverter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> COPIED = List.of("format", "pattern", "minimum", "maximum", "minLength",
      "maxLength", "minItems", "maxItems", "uniqueItems", "multipleOf", "minProperties", "maxProperties", "required",
      "const", ListType.LIST_TYPE, ListType.LIST_MAP_KEYS);

  private CrdSchemaConverter() {
  }

  /**
   * @param openApi the version's openAPIV3Schema (a missing node gives a schema accepting any object)
   * @param objectMeta {@code $defs} holding {@code V1ObjectMeta} and the models it refers to
   * @param preserveUnknownFields whether the whole object keeps unknown fields (v1beta1 CRDs by default)
   * @return the JSON Schema of the custom resource
   */
  static ObjectNode convert(JsonNode openApi, JsonNode objectMeta, boolean preserveUnknownFields) {
    ObjectNode root = openApi.isObject() ? convert(openApi, true, preserveUnknownFields) : NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("type", "object");
    ObjectNode properties = root.withObjectProperty("properties");
    properties.putObject("apiVersion").put("type", "string");
    properties.putObject("kind").put("type", "string");
    properties.putObject("metadata").put("$ref", "#/$defs/V1ObjectMeta");
    if (!openApi.isObject() || preserveUnknownFields) {
      root.remove("additionalProperties");
    }
    root.set("$defs", objectMeta.deepCopy());
    return root;
  }

  /** Whether a junctor only lists {@code {type: integer}} and {@code {type: string}} branches. */
  private static boolean restatesIntOrString(JsonNode branches) {
    if (!branches.isArray() || branches.isEmpty()) {
      return false;
    }
    for (JsonNode branch : branches) {
      String type = branch.path("type").asString("");
      if (branch.size() != 1 || !(type.equals("integer") || type.equals("string"))) {
        return false;
      }
    }
    return true;
  }

  private static ObjectNode convert(JsonNode in, boolean structural, boolean preserveAll) {
    ObjectNode out = NODES.objectNode();
    boolean nullable = in.path("nullable").asBoolean(false);
    boolean intOrString = in.path("x-kubernetes-int-or-string").asBoolean(false);
    boolean preserve = preserveAll || in.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
    boolean embedded = in.path("x-kubernetes-embedded-resource").asBoolean(false);
    String type = in.path("type").asString("");
    if (intOrString) {
      ArrayNode types = out.putArray("type").add("integer").add("string");
      if (nullable) {
        types.add("null");
      }
    } else if (!type.isEmpty()) {
      if (nullable) {
        out.putArray("type").add(type).add("null");
      } else {
        out.put("type", type);
      }
    }
    for (String keyword : COPIED) {
      if (in.has(keyword)) {
        out.set(keyword, in.get(keyword).deepCopy());
      }
    }
    if (in.has("enum")) {
      ArrayNode values = (ArrayNode) in.get("enum").deepCopy();
      if (nullable) {
        values.addNull();
      }
      out.set("enum", values);
    }
    for (String bound : List.of("Minimum", "Maximum")) {
      String keyword = "exclusive" + bound;
      String plain = bound.toLowerCase(Locale.ROOT);
      if (in.path(keyword).isBoolean() && in.path(keyword).asBoolean() && out.has(plain)) {
        out.set(keyword, out.remove(plain));
      } else if (in.path(keyword).isNumber()) {
        out.set(keyword, in.get(keyword).deepCopy());
      }
    }
    if (in.path("properties").isObject()) {
      ObjectNode properties = out.putObject("properties");
      for (Map.Entry<String, JsonNode> p : in.get("properties").properties()) {
        properties.set(p.getKey(), convert(p.getValue(), structural, preserveAll));
      }
    }
    if (in.path("items").isObject()) {
      out.set("items", convert(in.get("items"), structural, preserveAll));
    }
    JsonNode additional = in.path("additionalProperties");
    if (additional.isBoolean()) {
      out.put("additionalProperties", additional.asBoolean());
    } else if (additional.isObject()) {
      out.set("additionalProperties", convert(additional, structural, preserveAll));
    }
    for (String junctor : List.of("allOf", "anyOf", "oneOf")) {
      if (intOrString && restatesIntOrString(in.path(junctor))) {
        continue;
      }
      if (in.path(junctor).isArray()) {
        ArrayNode list = out.putArray(junctor);
        in.get(junctor).forEach(branch -> list.add(convert(branch, false, preserveAll)));
      }
    }
    if (in.path("not").isObject()) {
      out.set("not", convert(in.get("not"), false, preserveAll));
    }
    if (embedded) {
      ObjectNode properties = out.withObjectProperty("properties");
      properties.putIfAbsent("apiVersion", NODES.objectNode().put("type", "string"));
      properties.putIfAbsent("kind", NODES.objectNode().put("type", "string"));
      properties.set("metadata", NODES.objectNode().put("$ref", "#/$defs/V1ObjectMeta"));
      ArrayNode required = out.has("required") ? (ArrayNode) out.get("required") : out.putArray("required");
      for (String field : List.of("apiVersion", "kind")) {
        if (required.valueStream().noneMatch(name -> name.asString("").equals(field))) {
          required.add(field);
        }
      }
    }
    boolean isObject = "object".equals(type) || in.has("properties") || embedded;
    if (structural && isObject && !preserve && !in.has("additionalProperties") && !intOrString) {
      out.put("additionalProperties", false);
    }
    return out;
  }
}
