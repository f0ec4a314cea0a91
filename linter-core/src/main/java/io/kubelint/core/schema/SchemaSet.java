package io.kubelint.core.schema;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The served kinds of one Kubernetes version and their schemas. Thread-safe.
 */
public final class SchemaSet implements SchemaLookup {

  private final KubernetesVersion version;
  private final Map<String, ResourceType> resources = new HashMap<>();
  private final Set<String> apiVersions = new HashSet<>();
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
      apiVersions.add(type.apiVersion());
    }
  }

  /** The Kubernetes version. */
  public KubernetesVersion version() {
    return version;
  }

  /** The served kind of that apiVersion and kind, if any. */
  @Override
  public Optional<ResourceType> resource(String apiVersion, String kind) {
    return Optional.ofNullable(resources.get(ResourceType.key(apiVersion, kind)));
  }

  /** Whether any kind of this apiVersion (group/version) is served. */
  public boolean servesApiVersion(String apiVersion) {
    return apiVersions.contains(apiVersion);
  }

  /** All served kinds. */
  public java.util.Collection<ResourceType> resources() {
    return java.util.Collections.unmodifiableCollection(resources.values());
  }

  /**
   * The compiled schema of a served kind; read and compiled on first use, then shared.
   *
   * @throws java.io.UncheckedIOException when the bundled schema cannot be read
   */
  @Override
  public CompiledSchema compiled(ResourceType type) {
    return catalog.compile(type.schemaResource());
  }
}
