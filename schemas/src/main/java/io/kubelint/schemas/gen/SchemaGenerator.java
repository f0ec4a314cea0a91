package io.kubelint.schemas.gen;

import io.kubelint.schemas.gen.ApiResourceScanner.ApiResource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Build-time generator of the schemas shipped in the {@code kubelint-schemas} jar.
 *
 * <p>Usage: {@code SchemaGenerator --clients=DIR --enums=DIR --out=DIR --stamp=FILE --default=1.36
 * [--enum-source=1.34:7.5.2 …] 1.36=27.0.0 [1.35=26.0.0 …]}. For each {@code minor=clientVersion} pair it loads
 * {@code CLIENTS/client-java-api-<clientVersion>.jar} in a class loader of its own (the releases share class names)
 * and reads the served resources from the matching {@code -sources} jar ({@link ApiResourceScanner}). Each
 * {@code --enum-source=minor:fabric8Version} names {@code ENUMS/<minor>/openshift-generated.json}, the Kubernetes
 * OpenAPI document of that minor, whose enum lists and list types are put onto the schemas of that minor; the
 * schemas of the minors without a document of their own get them inferred from the documents around them
 * ({@link OpenApiDocument}, {@link OpenApiOverlay}). It writes:
 * <ul>
 *   <li>{@code OUT/objects/<sha256 prefix>.json.gz}: one strict JSON Schema per distinct kind schema, gzip-compressed
 *       and named by the SHA-256 of its uncompressed JSON, so every version whose schema for a kind is identical
 *       shares the file ({@link ModelSchemaBuilder});</li>
 *   <li>{@code OUT/v<minor>/index.json}: {@code {"kubernetesVersion","client","enums":{"exact","documents",
 *       "properties","inferred"},"listTypes":{"atomic","map","set"},"resources":[{"apiVersion","kind","plural",
 *       "namespaced","model","schema"}]}}, the served apiVersion/kind of that minor with its schema object
 *       ({@code exact}: the minor has a document of its own; {@code documents}: minor → artifact of every document;
 *       the counts are of model properties);</li>
 *   <li>{@code OUT/versions.json}: {@code {"default":"1.36","versions":{"1.36":"27.0.0",…}}}.</li>
 * </ul>
 * Every failure (an unreadable jar, a model or operation of unknown shape, an enum that cannot be placed) ends the
 * build rather than weakening a schema.
 *
 * <p>{@code STAMP} records what the output was generated from (the arguments, and the size and modification time of
 * every input jar, enum document and generator class); when it matches and the output is there, nothing is
 * regenerated, so a build that changed nothing here does not spend its time on the schemas again.
 */
public final class SchemaGenerator {

  /** Object files are named by this many hex digits of the SHA-256 of their JSON. */
  private static final int HASH_DIGITS = 24;

  private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private final JsonMapper compact = JsonMapper.builder().build();
  private final Path clients;
  private final Path out;
  private final Map<String, OpenApiDocument> documents;
  /** Kubernetes minor → client-java-api release of every version generated. */
  private final Map<String, String> clientVersions;

  private SchemaGenerator(Path clients, Path out, Map<String, OpenApiDocument> documents,
                          Map<String, String> clientVersions) {
    this.clients = clients;
    this.out = out;
    this.documents = documents;
    this.clientVersions = Map.copyOf(clientVersions);
  }

  /** What one Kubernetes minor came to. */
  private record VersionReport(int kinds, int newObjects, boolean exact, int enumProperties, int inferredEnums,
                               Map<String, Integer> listTypes) {
  }

  /**
   * Runs the generator.
   *
   * @param args see the class documentation
   * @throws Exception when a jar cannot be read or a model cannot be mapped; the build fails
   */
  public static void main(String[] args) throws Exception {
    Path clients = null;
    Path enums = null;
    Path out = null;
    Path stamp = null;
    String defaultVersion = null;
    Map<String, String> versions = new LinkedHashMap<>();
    Map<String, String> enumVersions = new TreeMap<>();
    for (String arg : args) {
      if (arg.startsWith("--clients=")) {
        clients = Path.of(value(arg));
      } else if (arg.startsWith("--enums=")) {
        enums = Path.of(value(arg));
      } else if (arg.startsWith("--out=")) {
        out = Path.of(value(arg));
      } else if (arg.startsWith("--stamp=")) {
        stamp = Path.of(value(arg));
      } else if (arg.startsWith("--default=")) {
        defaultVersion = value(arg);
      } else if (arg.startsWith("--enum-source=") && arg.contains(":")) {
        String source = value(arg);
        enumVersions.put(source.substring(0, source.indexOf(':')), source.substring(source.indexOf(':') + 1));
      } else if (!arg.startsWith("--") && arg.contains("=")) {
        versions.put(arg.substring(0, arg.indexOf('=')), value(arg));
      } else {
        throw new IllegalArgumentException("unknown argument " + arg);
      }
    }
    if (clients == null || enums == null || out == null || stamp == null || enumVersions.isEmpty()
        || defaultVersion == null || !versions.containsKey(defaultVersion)) {
      throw new IllegalArgumentException("usage: --clients=DIR --enums=DIR --out=DIR --stamp=FILE --default=MINOR "
          + "--enum-source=MINOR:VERSION... MINOR=CLIENT...");
    }
    List<Path> inputs = new ArrayList<>();
    for (String client : versions.values()) {
      inputs.add(clientJar(clients, client, ""));
      inputs.add(clientJar(clients, client, "-sources"));
    }
    for (String minor : enumVersions.keySet()) {
      inputs.add(enumDocument(enums, minor));
    }
    String fingerprint = fingerprint(args, inputs);
    if (upToDate(stamp, fingerprint, out, versions.keySet())) {
      System.out.println("kubelint schemas: up to date (" + stamp + " matches the inputs)");
      return;
    }
    Files.deleteIfExists(stamp);
    long start = System.nanoTime();
    JsonMapper reader = JsonMapper.builder().build();
    Map<String, OpenApiDocument> sources = new TreeMap<>();
    for (Map.Entry<String, String> e : enumVersions.entrySet()) {
      sources.put(e.getKey(), OpenApiDocument.read(enumDocument(enums, e.getKey()), e.getKey(),
          "io.fabric8:kubernetes-model-validator:" + e.getValue(), reader));
    }
    System.out.printf(Locale.ROOT, "kubelint schemas: OpenAPI documents of Kubernetes %s read in %d ms%n",
        String.join(", ", sources.keySet()), (System.nanoTime() - start) / 1_000_000);
    for (String minor : enumVersions.keySet()) {
      if (!versions.containsKey(minor)) {
        throw new IllegalArgumentException("enum source " + minor + " is not one of the generated versions");
      }
    }
    new SchemaGenerator(clients, out, sources, versions).run(versions, defaultVersion);
    System.out.printf(Locale.ROOT, "kubelint schemas: %d versions written in %d ms%n", versions.size(),
        (System.nanoTime() - start) / 1_000_000);
    Files.createDirectories(stamp.toAbsolutePath().getParent());
    Files.writeString(stamp, fingerprint, StandardCharsets.UTF_8);
  }

  /**
   * What the output is generated from: the arguments, then one line per input file and per class of this
   * generator with its size and modification time.
   *
   * @throws IOException when an input is missing or cannot be read
   */
  private static String fingerprint(String[] args, List<Path> inputs) throws IOException, URISyntaxException {
    List<Path> files = new ArrayList<>(inputs);
    Path code = Path.of(SchemaGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(code)) {
      try (var classes = Files.list(code.resolve(SchemaGenerator.class.getPackageName().replace('.', '/')))) {
        classes.sorted().forEach(files::add);
      }
    } else {
      files.add(code);
    }
    StringBuilder text = new StringBuilder(String.join("\n", args)).append('\n');
    for (Path file : files) {
      text.append(file).append(' ').append(Files.size(file)).append(' ')
          .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
    }
    return text.toString();
  }

  /** Whether {@code stamp} holds {@code fingerprint} and the output of every version is there. */
  private static boolean upToDate(Path stamp, String fingerprint, Path out, Set<String> minors) throws IOException {
    if (!Files.isRegularFile(stamp) || !Files.isRegularFile(out.resolve("versions.json"))
        || !Files.readString(stamp, StandardCharsets.UTF_8).equals(fingerprint)) {
      return false;
    }
    return minors.stream().allMatch(minor -> Files.isRegularFile(out.resolve("v" + minor).resolve("index.json")));
  }

  /** The client-java-api jar of a release: {@code suffix} {@code ""} for the classes, {@code -sources}. */
  private static Path clientJar(Path clients, String client, String suffix) {
    return clients.resolve("client-java-api-" + client + suffix + ".jar");
  }

  /** The OpenAPI document with the enum lists of a Kubernetes minor. */
  private static Path enumDocument(Path enums, String minor) {
    return enums.resolve(minor).resolve("openshift-generated.json");
  }

  private static String value(String arg) {
    return arg.substring(arg.indexOf('=') + 1);
  }

  private void run(Map<String, String> versions, String defaultVersion) throws Exception {
    deleteTree(out);
    Files.createDirectories(out.resolve("objects"));
    ObjectNode versionsJson = json.createObjectNode();
    versionsJson.put("default", defaultVersion);
    ObjectNode list = versionsJson.putObject("versions");
    for (Map.Entry<String, String> version : versions.entrySet()) {
      long start = System.nanoTime();
      VersionReport report = generateVersion(version.getKey(), version.getValue());
      list.put(version.getKey(), version.getValue());
      System.out.printf(Locale.ROOT, "kubelint schemas: Kubernetes %s (client-java-api %s): %d kinds, %d new schema "
              + "objects, %d enum properties (%s), list types %s, in %d ms%n",
          version.getKey(), version.getValue(), report.kinds(), report.newObjects(), report.enumProperties(),
          report.exact() ? "its own OpenAPI document" : report.inferredEnums() + " inferred from other minors",
          report.listTypes(), (System.nanoTime() - start) / 1_000_000);
    }
    Files.writeString(out.resolve("versions.json"), json.writeValueAsString(versionsJson), StandardCharsets.UTF_8);
  }

  private VersionReport generateVersion(String minor, String client) throws Exception {
    Path jar = clientJar(clients, client, "");
    Path sources = clientJar(clients, client, "-sources");
    List<ApiResource> resources = ApiResourceScanner.scan(sources);
    if (resources.isEmpty()) {
      throw new IllegalStateException("no API resources found in " + sources);
    }
    List<String> models = new ArrayList<>();
    List<ObjectNode> schemas = new ArrayList<>();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        SchemaGenerator.class.getClassLoader())) {
      ModelSchemaBuilder builder = new ModelSchemaBuilder(json, loader);
      for (ApiResource resource : resources) {
        Class<?> model = builder.model(resource.model());
        if (resource.modelIsList()) {
          model = builder.listItemType(model);
        }
        models.add(model.getSimpleName());
        schemas.add(builder.kindSchema(model, resource.apiVersion() + " " + resource.kind()));
      }
    }
    OpenApiOverlay overlay = new OpenApiOverlay(documents, minor, modelProperties(models, schemas));
    describeInferredEnums(overlay, sources);
    boolean exact = documents.containsKey(minor);
    ObjectNode index = json.createObjectNode();
    index.put("kubernetesVersion", minor);
    index.put("client", "io.kubernetes:client-java-api:" + client);
    ObjectNode enumInfo = index.putObject("enums");
    enumInfo.put("exact", exact);
    ObjectNode documentInfo = enumInfo.putObject("documents");
    documents.forEach((m, d) -> documentInfo.put(m, d.artifact()));
    enumInfo.put("properties", overlay.enumProperties());
    enumInfo.put("inferred", overlay.inferredEnumProperties());
    ObjectNode listTypeInfo = index.putObject("listTypes");
    overlay.listTypeCounts().forEach(listTypeInfo::put);
    ArrayNode entries = index.putArray("resources");
    int newObjects = 0;
    for (int i = 0; i < resources.size(); i++) {
      ApiResource resource = resources.get(i);
      overlay.apply(schemas.get(i), models.get(i));
      byte[] bytes = compact.writeValueAsBytes(schemas.get(i));
      String object = "objects/" + sha256(bytes).substring(0, HASH_DIGITS) + ".json.gz";
      Path file = out.resolve(object);
      if (!Files.exists(file)) {
        writeGzip(file, bytes);
        newObjects++;
      }
      ObjectNode entry = entries.addObject();
      entry.put("apiVersion", resource.apiVersion());
      entry.put("kind", resource.kind());
      entry.put("plural", resource.plural());
      entry.put("namespaced", resource.namespaced());
      entry.put("model", models.get(i));
      entry.put("schema", "../" + object);
    }
    Path dir = out.resolve("v" + minor);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("index.json"), json.writeValueAsString(index), StandardCharsets.UTF_8);
    return new VersionReport(resources.size(), newObjects, exact, overlay.enumProperties(),
        overlay.inferredEnumProperties(), overlay.listTypeCounts());
  }

  /**
   * For each enum inferred from other minors' documents, the words its property's description in this minor adds to
   * the descriptions in those minors' client releases: values the minor may have added ({@link
   * OpenApiOverlay#ENUM_DESCRIBED}).
   */
  private void describeInferredEnums(OpenApiOverlay overlay, Path sources) throws IOException {
    Map<String, ModelDescriptions> others = new HashMap<>();
    try (ModelDescriptions own = new ModelDescriptions(sources)) {
      for (Map.Entry<String, List<OpenApiOverlay.PlannedEnum>> e : overlay.enums().entrySet()) {
        for (OpenApiOverlay.PlannedEnum planned : e.getValue()) {
          if (planned.inferredFrom().isEmpty()) {
            continue;
          }
          String property = planned.property().property();
          Set<String> words = new java.util.TreeSet<>(ModelDescriptions.words(own.of(e.getKey(), property)));
          for (String from : planned.inferredFrom()) {
            ModelDescriptions theirs = others.get(from);
            if (theirs == null) {
              theirs = new ModelDescriptions(clientJar(clients, clientVersions.get(from), "-sources"));
              others.put(from, theirs);
            }
            words.removeAll(ModelDescriptions.words(theirs.of(e.getKey(), property)));
          }
          overlay.described(e.getKey(), planned, words);
        }
      }
    } finally {
      for (ModelDescriptions d : others.values()) {
        d.close();
      }
    }
  }

  /** Every model in the kind schemas (each root and each {@code $defs} entry) with its property names. */
  private static Map<String, Set<String>> modelProperties(List<String> roots, List<ObjectNode> schemas) {
    Map<String, Set<String>> models = new HashMap<>();
    for (int i = 0; i < schemas.size(); i++) {
      models.put(roots.get(i), Set.copyOf(schemas.get(i).path("properties").propertyNames()));
      for (Map.Entry<String, JsonNode> def : schemas.get(i).path("$defs").properties()) {
        models.put(def.getKey(), Set.copyOf(def.getValue().path("properties").propertyNames()));
      }
    }
    return models;
  }

  /** Writes {@code bytes} gzip-compressed at the best level; the header carries no time stamp (reproducible). */
  private static void writeGzip(Path file, byte[] bytes) throws IOException {
    try (OutputStream os = Files.newOutputStream(file);
         GZIPOutputStream gzip = new GZIPOutputStream(os) {
           {
             def.setLevel(Deflater.BEST_COMPRESSION);
           }
         }) {
      gzip.write(bytes);
    }
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** Empties the output folder, so a kind or version dropped from the build leaves nothing behind. */
  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
