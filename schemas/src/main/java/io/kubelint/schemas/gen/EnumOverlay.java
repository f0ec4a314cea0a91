package io.kubelint.schemas.gen;

import io.kubelint.schemas.gen.EnumSource.Definition;
import io.kubelint.schemas.gen.EnumSource.EnumProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts the enum lists of an {@link EnumSource} onto the model schemas of one Kubernetes minor.
 *
 * <p>Definition names map to client-java model names the way client-java names its models: the version and kind
 * ({@code io.k8s.api.core.v1.Container} → {@code V1Container}), with the group in front when several groups define
 * the same version and kind ({@code io.k8s.api.core.v1.Event} → {@code CoreV1Event},
 * {@code io.k8s.api.admissionregistration.v1.ServiceReference} → {@code AdmissionregistrationV1ServiceReference}).
 * The mapping is checked, and the build fails when a check does not hold:
 * <ul>
 *   <li>no two definitions map to the same model;</li>
 *   <li>with a document of the same minor, a mapped model defines exactly the definition's properties;</li>
 *   <li>an enum-bearing definition that maps to no model of the schemas has no look-alike among them (same version
 *       and kind under another name, with the enum-bearing properties);</li>
 *   <li>the property an enum goes onto is a string (or a list or map of strings).</li>
 * </ul>
 *
 * <p>Which minor's lists a schema gets is {@link EnumSource#choose}'s choice: the schema's own minor when a document
 * of it is at hand; else the nearest earlier minor with a document (values added since are missing from its lists,
 * so the target may accept more); else, for a minor older than every document, the nearest later one (its lists
 * may hold values added after the target, which the target does not accept). A list taken from another minor is
 * marked with {@code "x-kubelint-enum-from": "<minor>"} beside the {@code enum}, so the linter can report a value
 * outside it as a warning that names the minor and the direction the list may be off in.
 */
final class EnumOverlay {

  /** The marker of a borrowed enum list; read by the linter's schema-violation rule. */
  static final String BORROWED_FROM = "x-kubelint-enum-from";

  private static final Pattern VERSION = Pattern.compile("v\\d+(?:(?:alpha|beta)\\d+)?");
  private static final Pattern MODEL = Pattern.compile("(?:[A-Z][a-z]+)*?(V\\d+(?:(?:alpha|beta)\\d+)?)([A-Z]\\w*)");

  private final String borrowedFrom;
  private final Map<String, List<EnumProperty>> byModel = new TreeMap<>();
  private final List<String> absentProperties = new ArrayList<>();

  /**
   * Plans the overlay.
   *
   * @param source the enum lists
   * @param minor the Kubernetes minor of the schemas
   * @param models every model in the schemas of that minor, with its property names
   * @throws IllegalStateException when one of the checks in the class documentation fails
   */
  EnumOverlay(EnumSource source, String minor, Map<String, Set<String>> models) {
    boolean exact = source.kubernetesVersion().equals(minor);
    this.borrowedFrom = exact ? null : source.kubernetesVersion();
    Map<String, Definition> mapped = new HashMap<>();
    for (Definition definition : source.definitions().values()) {
      String model = modelName(definition.name(), models.keySet());
      if (model == null) {
        if (!definition.enums().isEmpty()) {
          checkNoLookAlike(definition, models);
        }
        continue;
      }
      Definition other = mapped.put(model, definition);
      if (other != null && (!other.enums().isEmpty() || !definition.enums().isEmpty())) {
        throw new IllegalStateException("both " + other.name() + " and " + definition.name() + " map to model "
            + model + " of Kubernetes " + minor);
      }
      if (definition.enums().isEmpty()) {
        continue;
      }
      Set<String> properties = models.get(model);
      if (exact && !properties.equals(definition.properties())) {
        throw new IllegalStateException(definition.name() + " (" + source.artifact() + ") and model " + model
            + " of Kubernetes " + minor + " differ in properties: " + difference(definition.properties(), properties));
      }
      for (EnumProperty property : definition.enums()) {
        if (properties.contains(property.property())) {
          byModel.computeIfAbsent(model, m -> new ArrayList<>()).add(property);
        } else {
          absentProperties.add(model + "." + property.property());
        }
      }
    }
  }

  /**
   * The client-java model name of a definition among {@code models}, or {@code null} when it has none there.
   * The group-prefixed name wins over the plain one.
   */
  static String modelName(String definition, Set<String> models) {
    String[] segments = definition.split("\\.");
    for (int i = segments.length - 2; i > 0; i--) {
      if (VERSION.matcher(segments[i]).matches()) {
        String kind = String.join("", List.of(segments).subList(i + 1, segments.length));
        String plain = capitalise(segments[i]) + kind;
        String prefixed = capitalise(segments[i - 1]) + plain;
        if (models.contains(prefixed)) {
          return prefixed;
        }
        return models.contains(plain) ? plain : null;
      }
    }
    return null;
  }

  private static void checkNoLookAlike(Definition definition, Map<String, Set<String>> models) {
    String[] segments = definition.name().split("\\.");
    String version = segments[segments.length - 2];
    String kind = segments[segments.length - 1];
    for (Map.Entry<String, Set<String>> model : models.entrySet()) {
      Matcher m = MODEL.matcher(model.getKey());
      boolean sameName = m.matches() && m.group(1).equalsIgnoreCase(version) && m.group(2).equals(kind);
      if (sameName && definition.enums().stream().allMatch(e -> model.getValue().contains(e.property()))) {
        throw new IllegalStateException("enum-bearing definition " + definition.name() + " maps to no model, but "
            + model.getKey() + " looks like it: extend EnumOverlay.modelName");
      }
    }
  }

  private static String difference(Set<String> a, Set<String> b) {
    Set<String> onlyA = new TreeSet<>(a);
    onlyA.removeAll(b);
    Set<String> onlyB = new TreeSet<>(b);
    onlyB.removeAll(a);
    return "only in the definition " + onlyA + ", only in the model " + onlyB;
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** How many model properties get an enum list. */
  int properties() {
    return byModel.values().stream().mapToInt(List::size).sum();
  }

  /** {@code Model.property} of enums whose property the model of this minor does not have (borrowed lists only). */
  List<String> absentProperties() {
    return List.copyOf(absentProperties);
  }

  /**
   * Puts the enum lists onto one kind schema: its root (model {@code rootModel}) and each of its {@code $defs}.
   *
   * @throws IllegalStateException when an enum would go onto a property that is not a string, list of strings or
   *     map of strings
   */
  void apply(ObjectNode kindSchema, String rootModel) {
    applyTo(kindSchema, rootModel);
    if (kindSchema.get("$defs") instanceof ObjectNode defs) {
      for (Map.Entry<String, JsonNode> def : defs.properties()) {
        applyTo((ObjectNode) def.getValue(), def.getKey());
      }
    }
  }

  private void applyTo(ObjectNode modelSchema, String model) {
    for (EnumProperty e : byModel.getOrDefault(model, List.of())) {
      JsonNode property = modelSchema.path("properties").path(e.property());
      JsonNode target = switch (e.shape()) {
        case VALUE -> property;
        case ITEMS -> "array".equals(property.path("type").asString("")) ? property.path("items") : null;
        case MAP_VALUES -> "object".equals(property.path("type").asString(""))
            ? property.path("additionalProperties") : null;
      };
      if (!(target instanceof ObjectNode string) || !"string".equals(target.path("type").asString(""))) {
        throw new IllegalStateException("enum " + e.shape() + " of " + model + "." + e.property()
            + " does not fit its schema " + property);
      }
      ArrayNode values = string.putArray("enum");
      e.values().forEach(values::add);
      if (borrowedFrom != null) {
        string.put(BORROWED_FROM, borrowedFrom);
      }
    }
  }
}
