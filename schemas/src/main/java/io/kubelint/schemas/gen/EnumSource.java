package io.kubelint.schemas.gen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The enum lists of one Kubernetes minor, read from the Swagger 2.0 document {@code openshift-generated.json} that
 * {@code io.fabric8:kubernetes-model-validator} carries (written by kube-openapi, so its {@code io.k8s.*}
 * definitions are those of the Kubernetes OpenAPI document, {@code enum} lists included; the Java models of
 * client-java leave those lists out).
 *
 * <p>An enum may sit on a property ({@code Container.imagePullPolicy}), on the items of a list property
 * ({@code PersistentVolumeClaimSpec.accessModes}) or on the values of a map property
 * ({@code PersistentVolumeClaimStatus.allocatedResourceStatuses}).
 *
 * @param kubernetesVersion the Kubernetes minor of the document, e.g. {@code 1.34}
 * @param artifact where the document came from, e.g. {@code io.fabric8:kubernetes-model-validator:7.5.2}
 * @param definitions every {@code io.k8s.*} definition by its full name
 *     ({@code io.k8s.api.core.v1.Container}), with or without enums
 */
record EnumSource(String kubernetesVersion, String artifact, Map<String, Definition> definitions) {

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
   * One definition of the document.
   *
   * @param name the full definition name, {@code io.k8s.api.core.v1.Container}
   * @param properties every property name it defines
   * @param enums its enum-bearing properties (often none)
   */
  record Definition(String name, Set<String> properties, List<EnumProperty> enums) {
  }

  /**
   * Reads the {@code io.k8s.*} definitions of a document.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalStateException when the document has no {@code io.k8s.*} definition, or an enum list holds
   *     something other than strings
   */
  static EnumSource read(Path file, String kubernetesVersion, String artifact, JsonMapper json) throws IOException {
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
      for (Map.Entry<String, JsonNode> property : entry.getValue().path("properties").properties()) {
        properties.add(property.getKey());
        JsonNode schema = property.getValue();
        String where = name + "." + property.getKey();
        values(schema, where).ifPresent(v -> enums.add(new EnumProperty(property.getKey(), Shape.VALUE, v)));
        values(schema.path("items"), where + "[]")
            .ifPresent(v -> enums.add(new EnumProperty(property.getKey(), Shape.ITEMS, v)));
        values(schema.path("additionalProperties"), where + "{}")
            .ifPresent(v -> enums.add(new EnumProperty(property.getKey(), Shape.MAP_VALUES, v)));
      }
      definitions.put(name, new Definition(name, Set.copyOf(properties), List.copyOf(enums)));
    }
    if (definitions.isEmpty()) {
      throw new IllegalStateException(file + " has no io.k8s.* definitions");
    }
    return new EnumSource(kubernetesVersion, artifact, Map.copyOf(definitions));
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
   * The enum source for a Kubernetes minor: the one of that minor; else the nearest earlier one; else the nearest
   * later one.
   *
   * @param available the minors with a document, e.g. {@code 1.31, 1.33, 1.34}
   * @param minor the Kubernetes minor whose schemas are being written
   * @throws IllegalArgumentException when {@code available} is empty
   */
  static String choose(Collection<String> available, String minor) {
    Comparator<String> byMinor = Comparator.comparingInt(EnumSource::minorNumber);
    if (available.contains(minor)) {
      return minor;
    }
    Optional<String> earlier = available.stream().filter(v -> minorNumber(v) < minorNumber(minor)).max(byMinor);
    return earlier.orElseGet(() -> available.stream().min(byMinor)
        .orElseThrow(() -> new IllegalArgumentException("no enum source")));
  }

  private static int minorNumber(String version) {
    String[] parts = version.split("\\.");
    if (parts.length != 2 || !parts[0].equals("1")) {
      throw new IllegalArgumentException("not a Kubernetes 1.x minor: " + version);
    }
    return Integer.parseInt(parts[1]);
  }
}
