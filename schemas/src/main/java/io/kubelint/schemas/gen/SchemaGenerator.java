package io.kubelint.schemas.gen;

import io.kubelint.schemas.gen.ApiResourceScanner.ApiResource;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Build-time generator of the schemas shipped in the {@code kubelint-schemas} jar.
 *
 * <p>Usage: {@code SchemaGenerator --clients=DIR --out=DIR --default=1.36 1.36=27.0.0 [1.35=26.0.0 …]}. For each
 * {@code minor=clientVersion} pair it loads {@code DIR/client-java-api-<clientVersion>.jar} in a class loader of its
 * own (the releases share class names) and reads the served resources from the matching {@code -sources} jar
 * ({@link ApiResourceScanner}). It writes:
 * <ul>
 *   <li>{@code OUT/objects/<sha256 prefix>.json}: one strict JSON Schema per distinct kind schema, shared by every
 *       version whose schema for that kind is identical ({@link ModelSchemaBuilder});</li>
 *   <li>{@code OUT/v<minor>/index.json}: {@code {"kubernetesVersion","client","resources":[{"apiVersion","kind",
 *       "plural","namespaced","schema"}]}}, the served apiVersion/kind of that minor with its schema object;</li>
 *   <li>{@code OUT/versions.json}: {@code {"default":"1.36","versions":{"1.36":"27.0.0",…}}}.</li>
 * </ul>
 */
public final class SchemaGenerator {

  private SchemaGenerator() {
  }

  /**
   * Runs the generator.
   *
   * @param args see the class documentation
   * @throws Exception when a jar cannot be read or a model cannot be mapped; the build fails
   */
  public static void main(String[] args) throws Exception {
    Path clients = null;
    Path out = null;
    String defaultVersion = null;
    Map<String, String> versions = new LinkedHashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--clients=")) {
        clients = Path.of(arg.substring("--clients=".length()));
      } else if (arg.startsWith("--out=")) {
        out = Path.of(arg.substring("--out=".length()));
      } else if (arg.startsWith("--default=")) {
        defaultVersion = arg.substring("--default=".length());
      } else if (arg.contains("=")) {
        versions.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      } else {
        throw new IllegalArgumentException("unknown argument " + arg);
      }
    }
    if (clients == null || out == null || defaultVersion == null || !versions.containsKey(defaultVersion)) {
      throw new IllegalArgumentException("usage: --clients=DIR --out=DIR --default=MINOR MINOR=CLIENT...");
    }
    JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    JsonMapper compact = JsonMapper.builder().build();
    deleteTree(out);
    Files.createDirectories(out.resolve("objects"));
    ObjectNode versionsJson = json.createObjectNode();
    versionsJson.put("default", defaultVersion);
    ObjectNode list = versionsJson.putObject("versions");
    for (Map.Entry<String, String> version : versions.entrySet()) {
      long start = System.nanoTime();
      int count = generateVersion(clients, out, version.getKey(), version.getValue(), json, compact);
      list.put(version.getKey(), version.getValue());
      System.out.printf(Locale.ROOT, "kubelint schemas: Kubernetes %s (client-java-api %s): %d kinds in %d ms%n",
          version.getKey(), version.getValue(), count, (System.nanoTime() - start) / 1_000_000);
    }
    Files.writeString(out.resolve("versions.json"), json.writeValueAsString(versionsJson), StandardCharsets.UTF_8);
  }

  private static int generateVersion(Path clients, Path out, String minor, String client, JsonMapper json,
                                     JsonMapper compact) throws Exception {
    Path jar = clients.resolve("client-java-api-" + client + ".jar");
    Path sources = clients.resolve("client-java-api-" + client + "-sources.jar");
    List<ApiResource> resources = ApiResourceScanner.scan(sources);
    if (resources.isEmpty()) {
      throw new IllegalStateException("no API resources found in " + sources);
    }
    ObjectNode index = json.createObjectNode();
    index.put("kubernetesVersion", minor);
    index.put("client", "io.kubernetes:client-java-api:" + client);
    ArrayNode entries = index.putArray("resources");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        SchemaGenerator.class.getClassLoader())) {
      ModelSchemaBuilder builder = new ModelSchemaBuilder(json, loader);
      for (ApiResource resource : resources) {
        Class<?> model = builder.model(resource.model());
        if (resource.modelIsList()) {
          model = builder.listItemType(model);
        }
        ObjectNode schema = builder.kindSchema(model, resource.apiVersion() + " " + resource.kind());
        byte[] bytes = compact.writeValueAsBytes(schema);
        String object = "objects/" + sha256(bytes).substring(0, 24) + ".json";
        Path file = out.resolve(object);
        if (!Files.exists(file)) {
          Files.write(file, bytes);
        }
        ObjectNode entry = entries.addObject();
        entry.put("apiVersion", resource.apiVersion());
        entry.put("kind", resource.kind());
        entry.put("plural", resource.plural());
        entry.put("namespaced", resource.namespaced());
        entry.put("model", model.getSimpleName());
        entry.put("schema", "../" + object);
      }
    }
    Path dir = out.resolve("v" + minor);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("index.json"), json.writeValueAsString(index), StandardCharsets.UTF_8);
    return resources.size();
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
