package io.kubelint.core.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kubernetes API schemas bundled in the {@code kubelint-schemas} jar: which versions exist, and per version the
 * served apiVersion/kind index. Each index is read on first use; each kind's schema is read and compiled on first
 * use ({@link SchemaSet#compiled}), so a run over one Deployment reads {@code versions.json}, one
 * {@code index.json} and one schema object. Thread-safe; one catalog serves a whole run.
 *
 * <p>Layout under {@value #ROOT} (written by the schemas module's generator): {@code versions.json}
 * ({@code {"default":"1.36","versions":{"1.28":"<client release>",…}}}), {@code v<minor>/index.json} (the served
 * kinds of that minor, each naming its schema object), and {@code objects/<hash>.json.gz}: one gzip-compressed JSON
 * Schema per distinct kind schema, shared by the versions where it is identical.
 */
public final class SchemaCatalog {

  /** Classpath folder of the generated schemas (see the schemas module). */
  public static final String ROOT = "kubelint/schemas/";

  /**
   * Keyword beside an {@code enum} that was inferred from the OpenAPI documents of other Kubernetes minors (the
   * value: those minors, e.g. {@code ["1.31","1.33"]}) because none was at hand for the schema's own minor: the
   * {@code enum} holds the values all of them accept.
   */
  public static final String ENUM_FROM = "x-kubelint-enum-from";

  /**
   * Keyword beside an {@code enum}: the values that other Kubernetes minors' lists hold but the {@code enum} lacks,
   * each with those minors ({@code {"VolumeAttributesClass":["1.33","1.34"]}}).
   */
  public static final String ENUM_ELSEWHERE = "x-kubelint-enum-elsewhere";

  /**
   * Keyword beside an {@code enum} inferred from other minors' documents: the words that the field's description in
   * the schema's own minor adds to theirs ({@code ["Gt","Lt"]} on Toleration.operator in 1.35, which added those
   * operators), so probably values the list lacks.
   */
  public static final String ENUM_DESCRIBED = "x-kubelint-enum-described";

  private final JsonMapper json = JsonMapper.builder().build();
  private final SchemaCompiler compiler = new SchemaCompiler();
  private final ClassLoader loader;
  private final NavigableMap<KubernetesVersion, String> versions = new TreeMap<>();
  private final KubernetesVersion defaultVersion;
  private final Map<KubernetesVersion, SchemaSet> sets = new ConcurrentHashMap<>();

  /**
   * Reads {@code versions.json} of the bundled schemas from the class path of kubelint itself.
   *
   * @throws UncheckedIOException when the schemas jar is missing from the class path or unreadable
   */
  public SchemaCatalog() {
    this(SchemaCatalog.class.getClassLoader());
  }

  /**
   * Reads the bundled schemas through {@code loader} ({@link ClassLoader#getResourceAsStream}), e.g. when kubelint
   * is embedded in a tool with class loaders of its own.
   *
   * @throws UncheckedIOException when the schemas are missing from that class loader or unreadable
   */
  public SchemaCatalog(ClassLoader loader) {
    this.loader = loader;
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
   * Which bundled schemas serve a requested version. A version with schemas of its own is used as it is. A minor
   * between the oldest and the newest supported one that has no schemas (1.29: io.kubernetes:client-java-api has
   * no release for it, see https://github.com/kubernetes-client/java/wiki/2.-Versioning-and-Compatibility) is
   * served by the next newer supported minor: an apiVersion or field that Kubernetes removed
   * in the missing minor is then reported as the missing minor's cluster would, and one it added is known, at the
   * cost of also accepting what only the newer minor added. Versions outside the supported range are never
   * substituted: their APIs may differ in ways no bundled schema reflects.
   *
   * @return the requested and the used version; {@link ResolvedVersion#note()} says when they differ
   * @throws IllegalArgumentException when the version is older than the oldest or newer than the newest supported
   *     one; the message lists the supported versions
   */
  public ResolvedVersion resolve(KubernetesVersion requested) {
    if (versions.containsKey(requested)) {
      return new ResolvedVersion(requested, requested);
    }
    KubernetesVersion older = versions.lowerKey(requested);
    KubernetesVersion newer = versions.higherKey(requested);
    if (older != null && newer != null && older.major() == requested.major() && newer.major() == requested.major()) {
      return new ResolvedVersion(requested, newer);
    }
    throw new IllegalArgumentException("Kubernetes " + requested + " is not supported; supported versions: "
        + supportedList());
  }

  /**
   * Parses and resolves a version as users write it ({@code 1.31}, {@code v1.31.4}, {@code v1.31.4-gke.1000}: see
   * {@link KubernetesVersion#parse}).
   *
   * @throws IllegalArgumentException when the text is not a Kubernetes version, or the version is not supported
   *     (see {@link #resolve(KubernetesVersion)}); either message lists the supported versions
   */
  public ResolvedVersion resolve(String text) {
    KubernetesVersion requested;
    try {
      requested = KubernetesVersion.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + "; supported versions: " + supportedList(), e);
    }
    return resolve(requested);
  }

  /**
   * The supported versions whose served-kind index lists {@code apiVersion}/{@code kind}, oldest first. Reads every
   * index not read yet (a few kilobytes each), so it is meant for the rare kind the target version does not serve.
   *
   * @throws UncheckedIOException when an index cannot be read
   */
  public List<KubernetesVersion> versionsServing(String apiVersion, String kind) {
    return versions.keySet().stream().filter(v -> forVersion(v).resource(apiVersion, kind).isPresent()).toList();
  }

  private String supportedList() {
    return String.join(", ", supportedVersions().stream().map(KubernetesVersion::toString).toList());
  }

  /**
   * The schemas of one version that has bundled schemas of its own (see {@link #resolve} for the others).
   *
   * @throws IllegalArgumentException when the version has no bundled schemas; the message lists the supported ones
   */
  public SchemaSet forVersion(KubernetesVersion version) {
    if (!versions.containsKey(version)) {
      throw new IllegalArgumentException("Kubernetes " + version + " has no bundled schemas; supported versions: "
          + supportedList());
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
    // read when the first CRD is registered (the compiled schema is cached), not for every run
    return new CustomSchemas(() -> set.resource("v1", "ConfigMap")
        .map(type -> set.compiled(type).root().path("$defs"))
        .orElseThrow(() -> new IllegalStateException("the bundled schemas lack v1 ConfigMap")), schemaDirs);
  }

  CompiledSchema compile(String resource) {
    return compiler.compile(resource, () -> read(resource));
  }

  /** Reads one resource of the bundled schemas; a name ending in {@code .gz} is gunzipped. */
  JsonNode read(String resource) {
    try (InputStream raw = loader.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new UncheckedIOException(new IOException("schema resource " + resource + " is missing"));
      }
      if (!resource.endsWith(".gz")) {
        return json.readTree(raw);
      }
      try (InputStream in = new GZIPInputStream(raw, 8192)) {
        return json.readTree(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
