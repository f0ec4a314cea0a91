package io.kubelint.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Validates one object against its compiled schema and returns the violations as {@link SchemaError}s.
 * Stateless and thread-safe.
 */
public final class SchemaValidator {

  /** The version prefix of a model name: {@code V1}, {@code V1beta1}, {@code IoK8sApiCoreV1}. */
  private static final Pattern VERSION_PREFIX = Pattern.compile("^([A-Z][a-z]+)*V\\d+((alpha|beta)\\d+)?(?=[A-Z])");

  private SchemaValidator() {
  }

  /**
   * Validates an object.
   *
   * @param object the object as JSON (null-valued mapping entries already dropped)
   * @param compiled its kind's schema
   * @return every violation, in the validator's order
   */
  public static List<SchemaError> validate(JsonNode object, CompiledSchema compiled) {
    List<Error> errors = compiled.schema().validate(object);
    List<SchemaError> out = new ArrayList<>(errors.size());
    for (Error error : errors) {
      JsonPointer schemaPointer = pointer(error.getSchemaLocation().getFragment());
      JsonPointer subschema = schemaPointer.head() == null ? schemaPointer : schemaPointer.head();
      JsonNode schema = compiled.root().at(subschema);
      String definition = definition(schemaPointer);
      List<String> known = new ArrayList<>();
      List<String> homes = new ArrayList<>();
      if ("additionalProperties".equals(error.getKeyword())) {
        schema.path("properties").propertyNames().forEach(known::add);
        homes = nestedHomes(compiled.root(), schema, error.getProperty());
      }
      out.add(new SchemaError(error.getKeyword(), pointer(error.getInstanceLocation()), error.getProperty(),
          error.getInstanceNode(), schema, definition, List.copyOf(known), error.getMessage(), List.copyOf(homes)));
    }
    return out;
  }

  /** Properties of {@code schema} whose (referenced) object schema defines {@code property}. */
  private static List<String> nestedHomes(JsonNode root, JsonNode schema, String property) {
    List<String> homes = new ArrayList<>();
    if (property == null) {
      return homes;
    }
    schema.path("properties").properties().forEach(e -> {
      JsonNode child = e.getValue();
      String ref = child.path("$ref").asString("");
      if (ref.startsWith("#/")) {
        child = root.at(ref.substring(1));
      }
      if (child.path("properties").has(property)) {
        homes.add(e.getKey());
      }
    });
    return homes;
  }

  /** The model name in {@code /$defs/V1ContainerPort/…}, without its version prefix: {@code ContainerPort}. */
  private static String definition(JsonPointer schemaPointer) {
    String last = null;
    JsonPointer p = schemaPointer;
    while (!p.matches()) {
      if (p.getMatchingProperty().equals("$defs") && !p.tail().matches()) {
        last = p.tail().getMatchingProperty();
      }
      p = p.tail();
    }
    return last == null ? null : VERSION_PREFIX.matcher(last).replaceFirst("");
  }

  static JsonPointer pointer(NodePath path) {
    JsonPointer p = JsonPointer.empty();
    if (path == null) {
      return p;
    }
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      p = element instanceof Integer index ? p.appendIndex(index) : p.appendProperty(String.valueOf(element));
    }
    return p;
  }
}
