package io.kubelint.core.lint;

import io.kubelint.core.schema.CrdVersion;
import io.kubelint.core.schema.CustomSchemas;
import io.kubelint.core.yaml.DocumentSplitter;
import io.kubelint.core.yaml.SourceChunk;
import io.kubelint.core.yaml.YamlLimits;
import io.kubelint.core.yaml.YamlParser;
import io.kubelint.core.yaml.YamlProblem;
import io.kubelint.core.yaml.YamlToJson;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;
import tools.jackson.databind.JsonNode;

/**
 * Registers CustomResourceDefinitions with a run: those of the YAML files of {@code --schema-dir} folders, which are
 * not linted themselves (only documents whose text mentions {@code CustomResourceDefinition} are parsed, and
 * problems are ignored), and names the origin of every registration, so that the same CRD seen twice is kept once
 * and the nearest of several can be chosen.
 */
final class CrdRegistration {

  private CrdRegistration() {
  }

  /** The origin of a CRD document: its file as named in reports and its first line, sortable. */
  static String origin(String file, int line) {
    return String.format(Locale.ROOT, "%s:%08d", file, line);
  }

  /**
   * @param files the files of the run
   * @param names how each file is named in reports
   */
  static void register(Iterable<Path> files, Function<Path, String> names, CustomSchemas custom, YamlParser parser,
                       YamlLimits limits) {
    for (Path file : files) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        DocumentSplitter splitter = new DocumentSplitter(reader, limits.maxDocumentChars());
        while (splitter.hasNext()) {
          SourceChunk chunk = splitter.next();
          if (chunk.text() != null && chunk.text().contains("CustomResourceDefinition")) {
            registerChunk(chunk, names.apply(file), custom, parser, limits);
          }
        }
      } catch (IOException | UncheckedIOException e) {
        // unreadable or not UTF-8: the lint pass reports it
      }
    }
  }

  /** Registers the CRDs of one document: the document itself, or the items of a List. */
  static void registerChunk(SourceChunk chunk, String name, CustomSchemas custom, YamlParser parser,
                            YamlLimits limits) {
    try {
      var root = parser.parse(chunk);
      if (root.isEmpty()) {
        return;
      }
      Node node = root.get();
      JsonNode json = YamlToJson.convert(node, chunk.startLine() - 1, limits).json();
      if (CrdVersion.isCrd(json)) {
        custom.register(json, origin(name, chunk.startLine()));
      } else if (json.path("items").isArray()) {
        for (JsonNode item : json.path("items")) {
          if (CrdVersion.isCrd(item)) {
            custom.register(item, origin(name, chunk.startLine()) + "#" + item.path("metadata").path("name")
                .asString(""));
          }
        }
      }
    } catch (YamlProblem e) {
      // not valid YAML: the lint pass reports it
    }
  }
}
