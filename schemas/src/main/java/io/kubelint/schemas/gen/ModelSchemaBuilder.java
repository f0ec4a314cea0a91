package io.kubelint.schemas.gen;

import com.google.gson.annotations.SerializedName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the model classes of one {@code io.kubernetes:client-java-api} release into strict JSON Schemas (draft
 * 2020-12).
 *
 * <p>Each model class {@code V1Foo} becomes {@code {"type":"object","properties":…,"required":…,
 * "additionalProperties":false}}: the property names come from the {@code @SerializedName} fields (each name of the
 * static {@code openapiFields} set must have one, or the build fails), the required list from the static
 * {@code openapiRequiredFields} set; the enum lists and list types the models leave out are added later
 * ({@link OpenApiOverlay}).
 * Java field types map to JSON Schema as follows: {@code String} → string; {@code Integer} (int32) → integer within int32 bounds;
 * {@code Long} (int64) → integer; {@code Boolean} → boolean; {@code Double}, {@code Float}, {@code BigDecimal} →
 * number; {@code OffsetDateTime} → string; {@code byte[]} → base64 string; {@code IntOrString} → integer or string
 * (the API's {@code x-kubernetes-int-or-string}); {@code Quantity} → number or a string matching the quantity
 * syntax of {@code k8s.io/apimachinery/pkg/api/resource}; {@code List<T>} → array; {@code Map<String,T>} → object
 * with {@code additionalProperties: T}; {@code Object} → any value; another model class → {@code $ref} into
 * {@code $defs}.
 *
 * <p>{@code null} on an optional field is not written into the schema: the validator drops null-valued mapping
 * entries before validating, as the API server's JSON decoding leaves such a field at its zero value.
 */
final class ModelSchemaBuilder {

  /** The quantity syntax the API server names in its error message (resource.ParseQuantity). */
  static final String QUANTITY_PATTERN = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";
  /**
   * Standard base64, as Go's encoding/json decodes {@code []byte}: groups of four characters with optional {@code =}
   * padding at the end; Go's decoder skips CR and LF anywhere, so they may appear between any two characters.
   */
  static final String BASE64_PATTERN = "^[\\r\\n]*(?:(?:[A-Za-z0-9+/][\\r\\n]*){4})*"
      + "(?:(?:[A-Za-z0-9+/][\\r\\n]*){2}=[\\r\\n]*=|(?:[A-Za-z0-9+/][\\r\\n]*){3}=)?[\\r\\n]*$";

  private static final String MODELS = "io.kubernetes.client.openapi.models.";
  private static final String CUSTOM = "io.kubernetes.client.custom.";

  private final JsonMapper json;
  private final ClassLoader loader;

  ModelSchemaBuilder(JsonMapper json, ClassLoader loader) {
    this.json = json;
    this.loader = loader;
  }

  Class<?> model(String simpleName) throws ClassNotFoundException {
    return Class.forName(MODELS + simpleName, true, loader);
  }

  /** The element class of the {@code items} field of a {@code …List} model. */
  Class<?> listItemType(Class<?> listModel) throws NoSuchFieldException {
    Type items = listModel.getDeclaredField("items").getGenericType();
    return (Class<?>) ((ParameterizedType) items).getActualTypeArguments()[0];
  }

  /**
   * The self-contained schema of one kind: the root model's own object schema with every model it reaches in
   * {@code $defs}.
   *
   * @throws ReflectiveOperationException when a model class cannot be read
   * @throws IllegalStateException when a field has a Java type this mapping does not know
   */
  ObjectNode kindSchema(Class<?> root, String title) throws ReflectiveOperationException {
    Map<String, JsonNode> defs = new TreeMap<>();
    Deque<Class<?>> pending = new ArrayDeque<>(List.of(root));
    Set<String> seen = new TreeSet<>();
    ObjectNode rootSchema = null;
    while (!pending.isEmpty()) {
      Class<?> model = pending.pop();
      if (!seen.add(model.getSimpleName())) {
        continue;
      }
      ObjectNode schema = objectSchema(model, pending);
      if (model == root) {
        rootSchema = schema;
      }
      defs.put(model.getSimpleName(), schema);
    }
    ObjectNode out = json.createObjectNode();
    out.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    out.put("title", title);
    out.setAll(rootSchema);
    // the root is inlined; keep it in $defs only when something refers back to it
    boolean selfReferenced = defs.values().stream().anyMatch(d -> d != null && d.toString()
        .contains("\"#/$defs/" + root.getSimpleName() + "\""));
    if (!selfReferenced) {
      defs.remove(root.getSimpleName());
    }
    if (!defs.isEmpty()) {
      out.set("$defs", json.valueToTree(defs));
    }
    return out;
  }

  private ObjectNode objectSchema(Class<?> model, Collection<Class<?>> pending) throws ReflectiveOperationException {
    Map<String, Type> fields = new TreeMap<>();
    for (Field field : model.getDeclaredFields()) {
      SerializedName name = field.getAnnotation(SerializedName.class);
      if (name != null && !Modifier.isStatic(field.getModifiers())) {
        fields.put(name.value(), field.getGenericType());
      }
    }
    Set<String> declared = staticSet(model, "openapiFields");
    Set<String> required = staticSet(model, "openapiRequiredFields");
    for (String name : declared) {
      if (!fields.containsKey(name)) {
        // a property without a typed field would have to become "any value": refuse rather than weaken
        throw new IllegalStateException(model.getSimpleName() + " declares property " + name
            + " in openapiFields but has no @SerializedName field for it");
      }
    }
    ObjectNode schema = json.createObjectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    for (Map.Entry<String, Type> field : fields.entrySet()) {
      properties.set(field.getKey(), typeSchema(field.getValue(), pending, model.getSimpleName() + "." + field.getKey()));
    }
    if (!required.isEmpty()) {
      ArrayNode list = schema.putArray("required");
      new TreeSet<>(required).forEach(list::add);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> staticSet(Class<?> model, String name) throws IllegalAccessException {
    try {
      Object value = model.getDeclaredField(name).get(null);
      return value == null ? Set.of() : (Set<String>) value;
    } catch (NoSuchFieldException e) {
      return Set.of();
    }
  }

  private ObjectNode typeSchema(Type type, Collection<Class<?>> pending, String where) {
    ObjectNode schema = json.createObjectNode();
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] args = parameterized.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
        schema.put("type", "array");
        schema.set("items", typeSchema(args[0], pending, where + "[]"));
        return schema;
      }
      if (Map.class.isAssignableFrom(raw)) {
        schema.put("type", "object");
        schema.set("additionalProperties", typeSchema(args[1], pending, where + "{}"));
        return schema;
      }
      throw new IllegalStateException("unsupported generic type " + type + " at " + where);
    }
    Class<?> cls = (Class<?>) type;
    String name = cls.getName();
    if (cls == String.class) {
      schema.put("type", "string");
    } else if (cls == Integer.class || cls == int.class) {
      schema.put("type", "integer");
      schema.put("format", "int32");
      schema.put("minimum", Integer.MIN_VALUE);
      schema.put("maximum", Integer.MAX_VALUE);
    } else if (cls == Long.class || cls == long.class) {
      schema.put("type", "integer");
      schema.put("format", "int64");
    } else if (cls == Boolean.class || cls == boolean.class) {
      schema.put("type", "boolean");
    } else if (cls == Double.class || cls == Float.class || cls == java.math.BigDecimal.class) {
      schema.put("type", "number");
    } else if (name.equals("java.time.OffsetDateTime")) {
      schema.put("type", "string");
      schema.put("format", "date-time");
    } else if (cls == byte[].class) {
      schema.put("type", "string");
      schema.put("contentEncoding", "base64");
      schema.put("pattern", BASE64_PATTERN);
    } else if (name.equals(CUSTOM + "IntOrString")) {
      schema.putArray("type").add("integer").add("string");
      schema.put("x-kubernetes-int-or-string", true);
    } else if (name.equals(CUSTOM + "Quantity")) {
      schema.putArray("type").add("number").add("string");
      schema.put("format", "quantity");
      schema.put("pattern", QUANTITY_PATTERN);
    } else if (cls == Object.class) {
      return schema;
    } else if (cls.isEnum()) {
      schema.put("type", "string");
      ArrayNode values = schema.putArray("enum");
      for (Field constant : cls.getFields()) {
        if (constant.isEnumConstant()) {
          SerializedName serialized = constant.getAnnotation(SerializedName.class);
          values.add(serialized != null ? serialized.value() : constant.getName());
        }
      }
    } else if (name.startsWith(MODELS)) {
      pending.add(cls);
      schema.put("$ref", "#/$defs/" + cls.getSimpleName());
    } else {
      throw new IllegalStateException("unsupported Java type " + name + " at " + where);
    }
    return schema;
  }
}
