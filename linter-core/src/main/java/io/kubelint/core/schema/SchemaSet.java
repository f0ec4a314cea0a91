package io.kubelint.core.schema;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The served kinds of one Kubernetes version and their schemas. Thread-safe.
 */
public final class SchemaSet {

  private final KubernetesVersion version;
  private final Map<String, ResourceType> resources = new HashMap<>();
  private final SchemaCatalog catalog;

  SchemaSet(KubernetesVersion version, JsonNode index, SchemaCatalog catalog) {
    this.version = version;
    this.catalog = catalog;
    String base = SchemaCatalog.ROOT + "v" + version + "/";
    for (JsonNode r : index.path("resources")) {
      String schema = r.path("schema").asString();
      String resource = schema.startsWith("../") ? SchemaCatalog.ROOT + schema.substring(3) : base + schema;
      ResourceType type = new ResourceType(r.path("apiVersion").asString(), r.path("kind").asString(),
          r.path("plural").asString(), r.path("namespaced").asBoolean(), resource);
      resources.put(ResourceType.key(type.apiVersion(), type.kind()), type);
    }
  }

  /** The Kubernetes version. */
  public KubernetesVersion version() {
    return version;
  }

  /** The served kind of that apiVersion and kind, if any. */
  public Optional<ResourceType> resource(String apiVersion, String kind) {
    return Optional.ofNullable(resources.get(ResourceType.key(apiVersion, kind)));
  }

  /** The apiVersions this version serves {@code kind} under, sorted; empty when it serves no such kind. */
  public List<String> apiVersionsOf(String kind) {
    return resources.values().stream().filter(r -> r.kind().equals(kind)).map(ResourceType::apiVersion).sorted()
        .toList();
  }

  /** The kinds this version serves under {@code apiVersion} (group/version), sorted; empty when it serves none. */
  public List<String> kindsOf(String apiVersion) {
    return resources.values().stream().filter(r -> r.apiVersion().equals(apiVersion)).map(ResourceType::kind)
        .sorted().toList();
  }

  /**
   * Whether this version serves any apiVersion of {@code group} ({@code ""} for the core group, {@code apps}): a
   * built-in group, so an apiVersion/kind of it that is not served is a mistake rather than a custom resource.
   */
  public boolean servesGroup(String group) {
    return resources.values().stream().anyMatch(r -> groupOf(r.apiVersion()).equals(group));
  }

  /** The served kinds whose name equals {@code kind} but for case ({@code configmap} → {@code v1 ConfigMap}). */
  public List<ResourceType> kindsIgnoringCase(String kind) {
    return resources.values().stream().filter(r -> r.kind().equalsIgnoreCase(kind) && !r.kind().equals(kind))
        .sorted(java.util.Comparator.comparing(ResourceType::apiVersion)).toList();
  }

  /** The group of an apiVersion: {@code apps} for {@code apps/v1}, {@code ""} for {@code v1}. */
  static String groupOf(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** All served kinds. */
  public Collection<ResourceType> resources() {
    return Collections.unmodifiableCollection(resources.values());
  }

  /**
   * The compiled schema of a served kind; read and compiled on first use, then shared.
   *
   * @throws IllegalArgumentException when the bundled schema cannot be read or compiled
   */
  public CompiledSchema compiled(ResourceType type) {
    return catalog.compile(type.schemaResource());
  }
}
