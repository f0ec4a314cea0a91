package io.kubelint.core.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The kinds one run learns beyond the built-in API: from every CustomResourceDefinition linted in the run
 * ({@link #register}), and from JSON Schema files in {@code --schema-dir} folders, named as kubeconform users keep
 * them: {@code {kind}-{group}-{version}.json} in lower case, where the group may be written whole
 * ({@code prometheus-monitoring.coreos.com-v1.json}) or by its first label ({@code prometheus-monitoring-v1.json}),
 * and {@code {kind}-{version}.json} for the core group. CRD manifests found in those folders are registered like
 * CRDs of the run (by the caller, who parses them). Thread-safe: CRDs are registered by worker threads while
 * others look kinds up.
 *
 * <p>When several CRDs define the same group/version/kind (two copies of an operator's CRDs in one repository, of
 * different releases), a custom resource is checked against the one written nearest to it: the CRD whose file
 * shares the longest leading path with the resource's file, then the smallest origin (file name and line), so the
 * choice does not depend on thread timing.
 */
public final class CustomSchemas {

  /** A CRD version; its openAPIV3Schema is converted only when a custom resource of it is checked. */
  private record Registered(ResourceType type, CrdVersion version, String file, String origin, String crdName) {
  }

  private final SchemaCompiler compiler;
  private final JsonMapper json = JsonMapper.builder().build();
  private final Supplier<JsonNode> objectMeta;
  private final Map<String, List<Registered>> byGvk = new ConcurrentHashMap<>();
  private final Map<String, Registered> byResource = new ConcurrentHashMap<>();
  private final Map<String, Path> schemaFiles = new TreeMap<>();

  /**
   * @param objectMeta gives the {@code $defs} holding {@code V1ObjectMeta} and what it refers to (the metadata of
   *     every custom resource is checked against it); called when a CRD is registered, so a run without CRDs
   *     reads no schema for it
   * @param schemaDirs folders of JSON Schema files; read lazily, file by file
   * @throws UncheckedIOException when a folder cannot be listed
   */
  CustomSchemas(Supplier<JsonNode> objectMeta, List<Path> schemaDirs) {
    this.compiler = new SchemaCompiler();
    this.objectMeta = objectMeta;
    for (Path dir : schemaDirs) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
            .filter(f -> !hidden(dir.relativize(f)))
            .sorted()
            .forEach(f -> schemaFiles.putIfAbsent(f.getFileName().toString().toLowerCase(Locale.ROOT), f));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read schema folder " + dir + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Learns the served versions of a CustomResourceDefinition.
   *
   * @param crd the CRD object
   * @param file the file it was written in, as named in reports; with {@code line}, for messages and for choosing
   *     between conflicting definitions
   * @param line the 1-based line where the CRD document starts
   * @return the kinds it defines
   */
  public List<ResourceType> register(JsonNode crd, String file, int line) {
    String origin = String.format(Locale.ROOT, "%s:%08d", file, line);
    List<ResourceType> out = new ArrayList<>();
    for (CrdVersion v : CrdVersion.of(crd)) {
      ResourceType type = new ResourceType(v.apiVersion(), v.kind(), v.plural(), v.namespaced(),
          "crd:" + v.apiVersion() + "/" + v.kind() + "@" + origin, ResourceType.Origin.CRD);
      Registered registered = new Registered(type, v, file, origin, crd.path("metadata").path("name").asString(""));
      List<Registered> known = byGvk.computeIfAbsent(ResourceType.key(v.apiVersion(), v.kind()),
          k -> new java.util.concurrent.CopyOnWriteArrayList<>());
      // the same CRD seen again (before the run and while linting it): keep the first registration
      synchronized (known) {
        if (known.stream().noneMatch(r -> r.file().equals(registered.file())
            && r.crdName().equals(registered.crdName()))) {
          byResource.put(type.schemaResource(), registered);
          known.add(registered);
        }
      }
      out.add(type);
    }
    return out;
  }

  /** The kind of that apiVersion and kind for an object in no particular file (see the three-argument form). */
  public Optional<ResourceType> resource(String apiVersion, String kind) {
    return resource(apiVersion, kind, "");
  }

  /**
   * The kind of that apiVersion and kind, choosing among several CRDs the one nearest to {@code file}.
   *
   * @param file the file of the object being checked (as named in reports)
   */
  public Optional<ResourceType> resource(String apiVersion, String kind, String file) {
    List<Registered> candidates = byGvk.get(ResourceType.key(apiVersion, kind));
    if (candidates != null && !candidates.isEmpty()) {
      Registered best = null;
      int bestShared = -1;
      for (Registered r : candidates) {
        int shared = sharedPrefix(r.file(), file);
        if (shared > bestShared || shared == bestShared && r.origin().compareTo(best.origin()) < 0) {
          best = r;
          bestShared = shared;
        }
      }
      return Optional.of(best.type());
    }
    return schemaFile(apiVersion, kind).map(schema -> new ResourceType(apiVersion, kind, "", true,
        schema.toString(), ResourceType.Origin.SCHEMA_FILE));
  }

  /** The apiVersions under which CRDs of the run define {@code kind} in {@code group}, sorted. */
  public List<String> apiVersionsOf(String group, String kind) {
    return byGvk.values().stream().flatMap(List::stream).map(Registered::version)
        .filter(v -> v.kind().equals(kind) && v.group().equals(group))
        .map(CrdVersion::apiVersion).distinct().sorted().toList();
  }

  private Optional<Path> schemaFile(String apiVersion, String kind) {
    if (schemaFiles.isEmpty()) {
      return Optional.empty();
    }
    String k = kind.toLowerCase(Locale.ROOT);
    int slash = apiVersion.indexOf('/');
    List<String> names = new ArrayList<>();
    if (slash < 0) {
      names.add(k + "-" + apiVersion + ".json");
    } else {
      String group = apiVersion.substring(0, slash).toLowerCase(Locale.ROOT);
      String version = apiVersion.substring(slash + 1).toLowerCase(Locale.ROOT);
      names.add(k + "-" + group + "-" + version + ".json");
      names.add(k + "-" + group.split("\\.")[0] + "-" + version + ".json");
    }
    return names.stream().map(schemaFiles::get).filter(p -> p != null).findFirst();
  }

  /**
   * The compiled schema of a kind this registry returned: a CRD version's converted openAPIV3Schema or a schema
   * file; compiled on first use and shared.
   *
   * @throws IllegalArgumentException when the schema cannot be read, is not valid JSON or not a valid JSON Schema
   *     (the message is one line, fit for a finding), or the kind is not one of this registry
   */
  public CompiledSchema compiled(ResourceType type) {
    if (type.origin() == ResourceType.Origin.SCHEMA_FILE) {
      Path file = Path.of(type.schemaResource());
      return compiler.compile(file.toUri().toString(), () -> readSchemaFile(file));
    }
    Registered r = byResource.get(type.schemaResource());
    if (r == null) {
      throw new IllegalArgumentException("no custom schema for " + type.display());
    }
    return compiler.compile(r.type().schemaResource(), () -> CrdSchemaConverter.convert(r.version().schema(),
        objectMeta.get(), r.version().preserveUnknownFields()));
  }

  /** Whether a path below a schema folder goes through a hidden folder ({@code .git}), as input folders skip them. */
  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Length of the common leading path (whole segments) of two file names. */
  private static int sharedPrefix(String a, String b) {
    String[] x = a.split("/");
    String[] y = b.split("/");
    int n = 0;
    while (n < x.length - 1 && n < y.length - 1 && x[n].equals(y[n])) {
      n++;
    }
    return n;
  }

  /** A JSON Schema file; a {@code $schema} the validator does not know is dropped (draft 2020-12 is assumed). */
  private JsonNode readSchemaFile(Path file) {
    try {
      JsonNode schema = json.readTree(file.toFile());
      if (schema instanceof ObjectNode object && object.has("$schema")
          && !SchemaCompiler.knownDialect(object.path("$schema").asString(""))) {
        object.remove("$schema");
      }
      return schema;
    } catch (tools.jackson.core.JacksonException e) {
      var at = e.getLocation();
      throw new IllegalArgumentException("schema file " + file + " is not valid JSON (line " + at.getLineNr()
          + ", column " + at.getColumnNr() + "): " + e.getOriginalMessage(), e);
    }
  }
}
