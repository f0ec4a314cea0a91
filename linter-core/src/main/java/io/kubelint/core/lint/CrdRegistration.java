package io.kubelint.core.lint;

import io.kubelint.core.schema.CrdVersion;
import io.kubelint.core.schema.CustomSchemas;
import io.kubelint.core.yaml.DocumentSplitter;
import io.kubelint.core.yaml.SourceChunk;
import io.kubelint.core.yaml.YamlParser;
import io.kubelint.core.yaml.YamlProblem;
import io.kubelint.core.yaml.YamlToJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Registers CustomResourceDefinitions with a run: those of the YAML files of {@code --schema-dir} folders, which are
 * not linted themselves (only documents whose text mentions {@code CustomResourceDefinition} are parsed), each with
 * its file and line, so that the same CRD seen twice is kept once and the nearest of several can be chosen.
 */
final class CrdRegistration {

  private CrdRegistration() {
  }

  /**
   * Registers the CRDs of the YAML files of a schema folder. A file that cannot be read, or a CRD document that is
   * not valid YAML, becomes an input error naming it (these files are not linted, so nothing else would say so).
   *
   * @param files the YAML files
   * @param errors where problems go
   */
  static void register(Iterable<Path> files, CustomSchemas custom, YamlParser parser, List<InputError> errors) {
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        DocumentSplitter splitter = new DocumentSplitter(in, parser.limits().maxDocumentChars());
        while (splitter.hasNext()) {
          SourceChunk chunk = splitter.next();
          if (chunk.text() != null && chunk.text().contains("CustomResourceDefinition")) {
            registerChunk(chunk, file.toString(), custom, parser, errors);
          }
        }
      } catch (IOException | UncheckedIOException e) {
        errors.add(new InputError(file.toString(), e instanceof IOException io ? InputFiles.reason(io)
            : InputFiles.reason(((UncheckedIOException) e).getCause())));
      }
    }
  }

  /** Registers the CRDs of one document: the document itself, or the items of a List. */
  private static void registerChunk(SourceChunk chunk, String name, CustomSchemas custom, YamlParser parser,
                                    List<InputError> errors) {
    try {
      var root = parser.parse(chunk);
      if (root.isEmpty()) {
        return;
      }
      JsonNode json = YamlToJson.convert(root.get(), chunk.startLine() - 1).json();
      List<JsonNode> objects = json.path("items").isArray() ? json.path("items").valueStream().toList()
          : List.of(json);
      for (JsonNode object : objects) {
        if (CrdVersion.isCrd(object)) {
          custom.register(object, name, chunk.startLine());
        }
      }
    } catch (YamlProblem e) {
      errors.add(new InputError(name + ":" + e.line() + ":" + e.column(), e.getMessage()));
    }
  }
}
