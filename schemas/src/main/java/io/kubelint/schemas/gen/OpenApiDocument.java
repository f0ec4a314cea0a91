package io.kubelint.schemas.gen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The enum lists and list types of one Kubernetes minor, read from the Swagger 2.0 document
 * {@code openshift-generated.json} that {@code io.fabric8:kubernetes-model-validator} carries (written by
 * kube-openapi, so its {@code io.k8s.*} definitions are those of the Kubernetes OpenAPI document, with the
 * {@code enum} lists of the {@code +enum} string types and the {@code x-kubernetes-list-type} and
 * {@code x-kubernetes-list-map-keys} of the {@code +listType}/{@code +listMapKey} tags; the Java models of
 * client-java leave all of these out).
 *
 * <p>An enum may sit on a property ({@code Container.imagePullPolicy}), on the items of a list property
 * ({@code PersistentVolumeClaimSpec.accessModes}) or on the values of a map property
 * ({@code PersistentVolumeClaimStatus.allocatedResourceStatuses}). A list type sits on a list property
 * ({@code Container.ports}: {@code map} keyed by {@code containerPort} and {@code protocol}); kube-openapi also
 * writes {@code atomic} on a few properties that are no lists ({@code []byte} fields, {@code Status.details}), which
 * are left out here.
 *
 * @param kubernetesVersion the Kubernetes minor of the document, e.g. {@code 1.34}
 * @param artifact where the document came from, e.g. {@code io.fabric8:kubernetes-model-validator:7.5.2}
 * @param definitions every {@code io.k8s.*} definition by its full name
 *     ({@code io.k8s.api.core.v1.Container}), with or without enums
 */
record OpenApiDocument(String kubernetesVersion, String artifact, Map<String, Definition> definitions) {

  /** Where in a property the enum applies. */
  enum Shape {
    /** the property's own string value */
    VALUE,
    /** each item of a list of strings */
    ITEMS,
    /** each value of a map of strings */
    MAP_VALUES
  }

  /**
   * One enum-bearing property.
   *
   * @param property the JSON property name
   * @param shape where the list applies
   * @param values the allowed strings, in the document's order
   */
  record EnumProperty(String property, Shape shape, List<String> values) {
  }

  /**
   * The {@code x-kubernetes-list-type} of a list property, as the API server's structured merge reads it: entries
   * of a {@code set} are unique scalars, entries of a {@code map} are objects unique by the values of
   * {@code keys}; an {@code atomic} list is replaced as a whole and may repeat entries.
   *
   * @param type {@code atomic}, {@code set} or {@code map}
   * @param keys for {@code map}, the {@code x-kubernetes-list-map-keys} in the document's order; else empty
   */
  record ListType(String type, List<String> keys) {
  }

  /**
   * One definition of the document.
   *
   * @param name the full definition name, {@code io.k8s.api.core.v1.Container}
   * @param properties every property name it defines
   * @param enums its enum-bearing properties (often none)
   * @param listTypes the list type of each of its list properties that has one, by property name
   */
  record Definition(String name, Set<String> properties, List<EnumProperty> enums, Map<String, ListType> listTypes) {

    /** A definition without list types. */
    Definition(String name, Set<String> properties, List<EnumProperty> enums) {
      this(name, properties, enums, Map.of());
    }
  }

  /**
   * Reads the {@code io.k8s.*} definitions of a document.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalStateException when the document has no {@code io.k8s.*} definition, an enum list holds
   *     something other than strings, or a list type is not {@code atomic}, {@code set} or {@code map} (with keys)
   */
  static OpenApiDocument read(Path file, String kubernetesVersion, String artifact, JsonMapper json) throws IOException {
    JsonNode root;
    try {
      root = json.readTree(file.toFile());
    } catch (tools.jackson.core.JacksonException e) {
      throw new IOException("cannot read " + file + ": " + e.getOriginalMessage(), e);
    }
    Map<String, Definition> definitions = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : root.path("definitions").properties()) {
      String name = entry.getKey();
      if (!name.startsWith("io.k8s.")) {
        continue;
      }
      Set<String> properties = new LinkedHashSet<>();
      List<EnumProperty> enums = new ArrayList<>();
      Map<String, ListType> listTypes = new TreeMap<>();
      for (Map.Entry<String, JsonNode> property : entry.getValue().path("properties").properties()) {
        properties.add(property.getKey());
        JsonNode schema = property.getValue();
        String where = name + "." + property.getKey();
        values(schema, where).ifPresent(v -> enums.add(new EnumProperty(property.getKey(), Shape.VALUE, v)));
        values(schema.path("items"), where + "[]")
            .ifPresent(v -> enums.add(new EnumProperty(property.getKey(), Shape.ITEMS, v)));
        values(schema.path("additionalProperties"), where + "{}")
            .ifPresent(v -> enums.add(new EnumProperty(property.getKey(), Shape.MAP_VALUES, v)));
        listType(schema, where).ifPresent(t -> listTypes.put(property.getKey(), t));
      }
      definitions.put(name, new Definition(name, Set.copyOf(properties), List.copyOf(enums), Map.copyOf(listTypes)));
    }
    if (definitions.isEmpty()) {
      throw new IllegalStateException(file + " has no io.k8s.* definitions");
    }
    return new OpenApiDocument(kubernetesVersion, artifact, Map.copyOf(definitions));
  }

  /** The list type of a list property; none for a property without one or one that is no list. */
  private static Optional<ListType> listType(JsonNode schema, String where) {
    String type = schema.path("x-kubernetes-list-type").asString("");
    if (type.isEmpty() || !"array".equals(schema.path("type").asString(""))) {
      if (!type.isEmpty() && !type.equals("atomic")) {
        throw new IllegalStateException("list type " + type + " of " + where + ", which is no list");
      }
      return Optional.empty();
    }
    List<String> keys = new ArrayList<>();
    schema.path("x-kubernetes-list-map-keys").forEach(k -> keys.add(k.asString()));
    boolean known = type.equals("map") ? !keys.isEmpty() : (type.equals("set") || type.equals("atomic"))
        && keys.isEmpty();
    if (!known) {
      throw new IllegalStateException("list type " + type + " with keys " + keys + " of " + where);
    }
    return Optional.of(new ListType(type, List.copyOf(keys)));
  }

  private static Optional<List<String>> values(JsonNode schema, String where) {
    JsonNode list = schema.path("enum");
    if (!list.isArray()) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : list) {
      if (!value.isString()) {
        throw new IllegalStateException("enum of " + where + " holds a non-string value " + value);
      }
      values.add(value.asString());
    }
    return Optional.of(List.copyOf(values));
  }

  /**
   * The minor number of a Kubernetes version: 34 for {@code 1.34}.
   *
   * @throws IllegalArgumentException when the text is not a Kubernetes 1.x minor
   */
  static int minorNumber(String version) {
    String[] parts = version.split("\\.");
    if (parts.length != 2 || !parts[0].equals("1")) {
      throw new IllegalArgumentException("not a Kubernetes 1.x minor: " + version);
    }
    return Integer.parseInt(parts[1]);
  }
}
