package io.kubelint.core.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kubernetes API schemas bundled in the {@code kubelint-schemas} jar: which versions exist, and per version the
 * served apiVersion/kind index. Each index is read on first use; each kind's schema is read and compiled on first
 * use ({@link SchemaSet#compiled}). Thread-safe; one catalog serves a whole run.
 */
public final class SchemaCatalog {

  /** Classpath folder of the generated schemas (see the schemas module). */
  public static final String ROOT = "kubelint/schemas/";

  private final JsonMapper json = JsonMapper.builder().build();
  private final SchemaCompiler compiler = new SchemaCompiler(json);
  private final Map<KubernetesVersion, String> versions = new TreeMap<>();
  private final KubernetesVersion defaultVersion;
  private final Map<KubernetesVersion, SchemaSet> sets = new ConcurrentHashMap<>();

  /**
   * Reads {@code versions.json} of the bundled schemas.
   *
   * @throws UncheckedIOException when the schemas jar is missing from the class path or unreadable
   */
  public SchemaCatalog() {
    JsonNode root = read(ROOT + "versions.json");
    root.path("versions").properties().forEach(e -> versions.put(KubernetesVersion.parse(e.getKey()),
        e.getValue().asString()));
    defaultVersion = KubernetesVersion.parse(root.path("default").asString());
  }

  /** The versions with bundled schemas, oldest first. */
  public List<KubernetesVersion> supportedVersions() {
    return Collections.unmodifiableList(new ArrayList<>(versions.keySet()));
  }

  /** The version used when the user names none: the newest. */
  public KubernetesVersion defaultVersion() {
    return defaultVersion;
  }

  /**
   * The schemas of one version.
   *
   * @throws IllegalArgumentException when the version has no bundled schemas; the message lists the supported ones
   */
  public SchemaSet forVersion(KubernetesVersion version) {
    if (!versions.containsKey(version)) {
      throw new IllegalArgumentException("Kubernetes " + version + " is not supported; supported versions: "
          + String.join(", ", supportedVersions().stream().map(KubernetesVersion::toString).toList()));
    }
    return sets.computeIfAbsent(version, v -> new SchemaSet(v, read(ROOT + "v" + v + "/index.json"), this));
  }

  /**
   * A registry for the kinds one run learns from CustomResourceDefinitions and schema folders; custom resources'
   * metadata is checked against the ObjectMeta of {@code version}.
   *
   * @param schemaDirs {@code --schema-dir} folders
   * @throws java.io.UncheckedIOException when a folder cannot be listed
   */
  public CustomSchemas customSchemas(KubernetesVersion version, java.util.List<java.nio.file.Path> schemaDirs) {
    SchemaSet set = forVersion(version);
    JsonNode objectMeta = set.resource("v1", "ConfigMap")
        .map(type -> set.compiled(type).root().path("$defs"))
        .orElseThrow(() -> new IllegalStateException("the bundled schemas lack v1 ConfigMap"));
    return new CustomSchemas(objectMeta, schemaDirs);
  }

  CompiledSchema compile(String resource) {
    return compiler.compile(resource, () -> read(resource));
  }

  JsonNode read(String resource) {
    try (InputStream in = SchemaCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("schema resource " + resource + " is missing"));
      }
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
