package io.kubelint.schemas.gen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The descriptions of model properties in the {@code -sources} jar of one {@code io.kubernetes:client-java-api}
 * release: the {@code value} of the {@code @ApiModelProperty} on each getter, which is the property's description in
 * the Kubernetes OpenAPI document (without its "Possible enum values" part, which client-java leaves out). Read per
 * model on first use.
 */
final class ModelDescriptions implements AutoCloseable {

  private static final Pattern GETTER = Pattern.compile(
      "@ApiModelProperty\\([^\\n\"]*?value = \"((?:[^\"\\\\]++|\\\\.)*+)\"\\)\\s*+public [\\w.<>, ]+ get(\\w+)\\(\\)");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]+");

  private final ZipFile sources;
  private final Map<String, Map<String, String>> byModel = new HashMap<>();

  /** @throws IOException when the jar cannot be opened */
  ModelDescriptions(Path sourcesJar) throws IOException {
    this.sources = new ZipFile(sourcesJar.toFile());
  }

  /**
   * The description of a model's property; empty when the model or the property has none.
   *
   * @throws IOException when the jar cannot be read
   */
  String of(String model, String property) throws IOException {
    Map<String, String> descriptions = byModel.get(model);
    if (descriptions == null) {
      descriptions = new HashMap<>();
      ZipEntry entry = sources.getEntry("io/kubernetes/client/openapi/models/" + model + ".java");
      if (entry != null) {
        try (InputStream in = sources.getInputStream(entry)) {
          Matcher m = GETTER.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          while (m.find()) {
            descriptions.put(m.group(2).toLowerCase(Locale.ROOT), m.group(1));
          }
        }
      }
      byModel.put(model, descriptions);
    }
    return descriptions.getOrDefault(property.replace("$", "").toLowerCase(Locale.ROOT), "");
  }

  /** The words of a description, as candidate enum values ({@code Lt}, {@code Gt}, {@code IfNotPresent}). */
  static Set<String> words(String description) {
    Set<String> words = new TreeSet<>();
    Matcher m = WORD.matcher(description);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  @Override
  public void close() throws IOException {
    sources.close();
  }
}
