package io.kubelint.schemas.gen;

import io.kubelint.schemas.gen.OpenApiDocument.Definition;
import io.kubelint.schemas.gen.OpenApiDocument.EnumProperty;
import io.kubelint.schemas.gen.OpenApiDocument.ListType;
import io.kubelint.schemas.gen.OpenApiDocument.Shape;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * Puts the enum lists and list types of the {@link OpenApiDocument}s onto the model schemas of one Kubernetes minor.
 *
 * <p>Definition names map to client-java model names the way client-java names its models: the version and kind
 * ({@code io.k8s.api.core.v1.Container} → {@code V1Container}), with the group in front when several groups define
 * the same version and kind ({@code io.k8s.api.core.v1.Event} → {@code CoreV1Event},
 * {@code io.k8s.api.admissionregistration.v1.ServiceReference} → {@code AdmissionregistrationV1ServiceReference}).
 * The mapping is checked, and the build fails when a check does not hold:
 * <ul>
 *   <li>no two definitions of a document map to the same model;</li>
 *   <li>in the document of the same minor, a mapped model with enums or list types defines exactly the
 *       definition's properties;</li>
 *   <li>a definition with enums or list types that maps to no model of the schemas has no look-alike among them
 *       (same version and kind under another name);</li>
 *   <li>the property an enum goes onto is a string (or a list or map of strings), and a {@code set} or {@code map}
 *       list type goes onto a list.</li>
 * </ul>
 *
 * <p><b>Enums.</b> With the document of the schema's own minor, a property's list is that document's, exactly.
 * Without one, the list is inferred from the documents around the minor that have the property: its {@code enum}
 * holds the values that both the nearest earlier and the nearest later of them accept (only one of them when the
 * minor is older or newer than every document), and {@value #ENUM_FROM} lists the minors it was inferred from.
 * Either way, {@value #ENUM_ELSEWHERE} maps each value that another document accepts but the {@code enum} lacks to
 * the minors whose lists hold it ({@code {"VolumeAttributesClass":["1.33","1.34"]}}), so the linter can tell a value
 * that no version accepts (an error) from one that only other versions' lists hold.
 *
 * <p><b>List types.</b> {@code x-kubernetes-list-type} and {@code x-kubernetes-list-map-keys} go onto the list
 * properties as the Kubernetes OpenAPI document writes them. Without a document of the schema's own minor, a
 * property takes them from the nearest earlier document that has the property, else the nearest later one (a list's
 * type does not change between releases once it is declared). A model that no document defines takes them from the
 * same kind of another API version with exactly its properties ({@link #planSiblingListTypes}); properties no
 * document has get none.
 */
final class OpenApiOverlay {

  /** Beside an {@code enum} inferred from other minors' documents: those minors. Read by the linter. */
  static final String ENUM_FROM = "x-kubelint-enum-from";
  /** Beside an {@code enum}: values other minors' documents accept, each with those minors. Read by the linter. */
  static final String ENUM_ELSEWHERE = "x-kubelint-enum-elsewhere";
  /**
   * Beside an inferred {@code enum}: the words that the property's description in the schema's own minor has and
   * the descriptions of the minors it was inferred from lack ({@code ["Gt","Lt"]} on Toleration.operator in 1.35,
   * whose description names the operators 1.35 added). Read by the linter.
   */
  static final String ENUM_DESCRIBED = "x-kubelint-enum-described";
  static final String LIST_TYPE = "x-kubernetes-list-type";
  static final String LIST_MAP_KEYS = "x-kubernetes-list-map-keys";

  private static final Pattern VERSION = Pattern.compile("v\\d+(?:(?:alpha|beta)\\d+)?");
  private static final Pattern MODEL = Pattern.compile("(?:[A-Z][a-z]+)*?(V\\d+(?:(?:alpha|beta)\\d+)?)([A-Z]\\w*)");

  /**
   * The enum of one property.
   *
   * @param property the property, shape and accepted values
   * @param inferredFrom the minors the values were inferred from; empty when they are the minor's own list
   * @param elsewhere values outside {@code property.values()} that other minors' lists hold, with those minors
   */
  record PlannedEnum(EnumProperty property, List<String> inferredFrom, Map<String, List<String>> elsewhere) {
  }

  private final Map<String, List<PlannedEnum>> enums = new TreeMap<>();
  /** {@code model.property} → the words of {@link #ENUM_DESCRIBED}. */
  private final Map<String, Set<String>> described = new HashMap<>();
  private final Map<String, Map<String, ListType>> listTypes = new TreeMap<>();

  /**
   * Plans the overlay.
   *
   * @param documents the documents by Kubernetes minor ({@code 1.34})
   * @param minor the Kubernetes minor of the schemas
   * @param models every model in the schemas of that minor, with its property names
   * @throws IllegalStateException when one of the checks in the class documentation fails
   */
  OpenApiOverlay(Map<String, OpenApiDocument> documents, String minor, Map<String, Set<String>> models) {
    int target = OpenApiDocument.minorNumber(minor);
    // model → minor number → its definition in that minor's document
    Map<String, TreeMap<Integer, Definition>> byModel = new HashMap<>();
    for (OpenApiDocument document : documents.values()) {
      int number = OpenApiDocument.minorNumber(document.kubernetesVersion());
      Map<String, Definition> mapped = new HashMap<>();
      for (Definition definition : document.definitions().values()) {
        boolean carries = !definition.enums().isEmpty() || !definition.listTypes().isEmpty();
        String model = modelName(definition.name(), models.keySet());
        if (model == null) {
          if (carries) {
            checkNoLookAlike(definition, models);
          }
          continue;
        }
        Definition other = mapped.put(model, definition);
        if (other != null && (carries || !other.enums().isEmpty() || !other.listTypes().isEmpty())) {
          throw new IllegalStateException("both " + other.name() + " and " + definition.name() + " map to model "
              + model + " of Kubernetes " + minor);
        }
        if (number == target && carries && !models.get(model).equals(definition.properties())) {
          throw new IllegalStateException(definition.name() + " (" + document.artifact() + ") and model " + model
              + " of Kubernetes " + minor + " differ in properties: "
              + difference(definition.properties(), models.get(model)));
        }
        byModel.computeIfAbsent(model, m -> new TreeMap<>()).put(number, definition);
      }
    }
    for (Map.Entry<String, TreeMap<Integer, Definition>> e : byModel.entrySet()) {
      planEnums(e.getKey(), models.get(e.getKey()), e.getValue(), target);
      planListTypes(e.getKey(), models.get(e.getKey()), e.getValue(), target);
    }
    for (Map.Entry<String, Set<String>> model : models.entrySet()) {
      if (!byModel.containsKey(model.getKey())) {
        planSiblingListTypes(model.getKey(), model.getValue(), documents.values());
      }
    }
  }

  /**
   * List types for a model that no document defines, such as one of an API version added after the newest document
   * ({@code admissionregistration.k8s.io/v1 MutatingAdmissionPolicy}, GA in 1.36): taken from the definitions of the
   * same kind in the other versions (the beta it was promoted from), when they have exactly the model's properties
   * and all agree on the list types.
   */
  private void planSiblingListTypes(String model, Set<String> properties, Collection<OpenApiDocument> documents) {
    Matcher m = MODEL.matcher(model);
    if (!m.matches()) {
      return;
    }
    Set<Map<String, ListType>> candidates = new java.util.HashSet<>();
    for (OpenApiDocument document : documents) {
      for (Definition d : document.definitions().values()) {
        if (d.name().endsWith("." + m.group(2)) && d.properties().equals(properties)) {
          candidates.add(d.listTypes());
        }
      }
    }
    if (candidates.size() == 1 && !candidates.iterator().next().isEmpty()) {
      listTypes.put(model, new TreeMap<>(candidates.iterator().next()));
    }
  }

  private void planEnums(String model, Set<String> properties, TreeMap<Integer, Definition> definitions,
                         int target) {
    Set<String> keys = new LinkedHashSet<>();
    definitions.values().forEach(d -> d.enums().forEach(p -> keys.add(p.property() + "\u0000" + p.shape())));
    for (String key : keys) {
      String property = key.substring(0, key.indexOf('\u0000'));
      Shape shape = Shape.valueOf(key.substring(key.indexOf('\u0000') + 1));
      if (!properties.contains(property)) {
        continue;
      }
      // minor number → that minor's list for the property
      TreeMap<Integer, List<String>> lists = new TreeMap<>();
      definitions.forEach((number, d) -> d.enums().stream()
          .filter(p -> p.property().equals(property) && p.shape() == shape)
          .findFirst().ifPresent(p -> lists.put(number, p.values())));
      List<String> accepted;
      List<String> inferredFrom = new ArrayList<>();
      if (definitions.containsKey(target)) {
        accepted = lists.get(target);
        if (accepted == null) {
          continue; // the minor's own document has the definition, without an enum on this property
        }
      } else {
        Map.Entry<Integer, List<String>> earlier = lists.lowerEntry(target);
        Map.Entry<Integer, List<String>> later = lists.higherEntry(target);
        List<String> values = new ArrayList<>(earlier != null ? earlier.getValue() : later.getValue());
        if (earlier != null && later != null) {
          values.retainAll(later.getValue());
        }
        accepted = List.copyOf(values);
        if (earlier != null) {
          inferredFrom.add("1." + earlier.getKey());
        }
        if (later != null) {
          inferredFrom.add("1." + later.getKey());
        }
      }
      Map<String, List<String>> elsewhere = new LinkedHashMap<>();
      lists.forEach((number, values) -> values.stream().filter(v -> !accepted.contains(v))
          .forEach(v -> elsewhere.computeIfAbsent(v, x -> new ArrayList<>()).add("1." + number)));
      enums.computeIfAbsent(model, m -> new ArrayList<>()).add(new PlannedEnum(
          new EnumProperty(property, shape, accepted), List.copyOf(inferredFrom), Map.copyOf(elsewhere)));
    }
  }

  private void planListTypes(String model, Set<String> properties, TreeMap<Integer, Definition> definitions,
                             int target) {
    for (String property : properties) {
      Definition source = definitions.get(target);
      if (source == null) {
        Map.Entry<Integer, Definition> earlier = definitions.headMap(target, false).descendingMap().entrySet()
            .stream().filter(d -> d.getValue().properties().contains(property)).findFirst().orElse(null);
        Map.Entry<Integer, Definition> later = definitions.tailMap(target, false).entrySet().stream()
            .filter(d -> d.getValue().properties().contains(property)).findFirst().orElse(null);
        source = earlier != null ? earlier.getValue() : later != null ? later.getValue() : null;
      }
      ListType type = source == null ? null : source.listTypes().get(property);
      if (type != null) {
        listTypes.computeIfAbsent(model, m -> new TreeMap<>()).put(property, type);
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
    Set<String> needed = new TreeSet<>(definition.listTypes().keySet());
    definition.enums().forEach(e -> needed.add(e.property()));
    for (Map.Entry<String, Set<String>> model : models.entrySet()) {
      Matcher m = MODEL.matcher(model.getKey());
      boolean sameName = m.matches() && m.group(1).equalsIgnoreCase(version) && m.group(2).equals(kind);
      if (sameName && model.getValue().containsAll(needed)) {
        throw new IllegalStateException("definition " + definition.name() + " with enums or list types maps to no "
            + "model, but " + model.getKey() + " looks like it: extend OpenApiOverlay.modelName");
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

  /** The planned enums of each model, inferred and exact. */
  Map<String, List<PlannedEnum>> enums() {
    return java.util.Collections.unmodifiableMap(enums);
  }

  /**
   * Records the words the property's description in the schema's own minor adds to those of the minors its enum
   * was inferred from; the values of the enum are left out, and so are words in lower case when every value is
   * capitalised; nothing is recorded when no word is left.
   */
  void described(String model, PlannedEnum planned, Set<String> newWords) {
    Set<String> words = new TreeSet<>(newWords);
    words.removeAll(planned.property().values());
    if (planned.property().values().stream().allMatch(v -> !v.isEmpty() && Character.isUpperCase(v.charAt(0)))) {
      words.removeIf(w -> !Character.isUpperCase(w.charAt(0))); // the values are capitalised; prose words are not
    }
    if (!words.isEmpty()) {
      described.put(model + "." + planned.property().property(), words);
    }
  }

  /** How many model properties get an enum list. */
  int enumProperties() {
    return enums.values().stream().mapToInt(List::size).sum();
  }

  /** How many of those lists are inferred from other minors' documents. */
  int inferredEnumProperties() {
    return (int) enums.values().stream().flatMap(Collection::stream).filter(e -> !e.inferredFrom().isEmpty())
        .count();
  }

  /** How many model properties get each list type: {@code {"atomic":…,"map":…,"set":…}}. */
  Map<String, Integer> listTypeCounts() {
    Map<String, Integer> counts = new TreeMap<>();
    listTypes.values().forEach(m -> m.values().forEach(t -> counts.merge(t.type(), 1, Integer::sum)));
    return counts;
  }

  /**
   * Puts the enum lists and list types onto one kind schema: its root (model {@code rootModel}) and each of its
   * {@code $defs}.
   *
   * @throws IllegalStateException when an enum would go onto a property that is not a string, list of strings or
   *     map of strings, or a {@code set} or {@code map} list type onto a property that is no list
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
    for (PlannedEnum planned : enums.getOrDefault(model, List.of())) {
      EnumProperty e = planned.property();
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
      if (!planned.inferredFrom().isEmpty()) {
        ArrayNode from = string.putArray(ENUM_FROM);
        planned.inferredFrom().forEach(from::add);
      }
      Set<String> words = described.get(model + "." + e.property());
      if (words != null) {
        ArrayNode list = string.putArray(ENUM_DESCRIBED);
        words.forEach(list::add);
      }
      if (!planned.elsewhere().isEmpty()) {
        ObjectNode elsewhere = string.putObject(ENUM_ELSEWHERE);
        new TreeMap<>(planned.elsewhere()).forEach((v, minors) -> {
          ArrayNode list = elsewhere.putArray(v);
          minors.forEach(list::add);
        });
      }
    }
    for (Map.Entry<String, ListType> e : listTypes.getOrDefault(model, Map.of()).entrySet()) {
      JsonNode property = modelSchema.path("properties").path(e.getKey());
      if (!(property instanceof ObjectNode list) || !"array".equals(property.path("type").asString(""))) {
        if (e.getValue().type().equals("atomic")) {
          continue;
        }
        throw new IllegalStateException("list type " + e.getValue() + " of " + model + "." + e.getKey()
            + " does not fit its schema " + property);
      }
      list.put(LIST_TYPE, e.getValue().type());
      if (!e.getValue().keys().isEmpty()) {
        ArrayNode keys = list.putArray(LIST_MAP_KEYS);
        e.getValue().keys().forEach(keys::add);
      }
    }
  }
}
