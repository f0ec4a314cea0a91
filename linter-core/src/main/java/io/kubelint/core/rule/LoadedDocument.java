package io.kubelint.core.rule;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.yaml.Span;
import io.kubelint.core.yaml.YamlProblem;
import java.util.List;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * What reading one YAML document found about the document itself, for the {@link DocumentMatcher}s: facts, not
 * findings.
 *
 * @param problem the YAML error (syntax, or an exceeded limit) that stopped reading the document, or {@code null};
 *     when set, the document has no objects and the other lists are empty
 * @param duplicates the keys written twice in one mapping
 * @param nonObjects the document, or the items of its {@code List}, that are not mappings
 * @param listsWithoutItems the {@code kind: List} objects whose {@code items} are missing or not a list
 */
public record LoadedDocument(YamlProblem problem, List<Duplicate> duplicates, List<NonObject> nonObjects,
                             List<KubeObject> listsWithoutItems) {

  /** Copies the lists. */
  public LoadedDocument {
    duplicates = List.copyOf(duplicates);
    nonObjects = List.copyOf(nonObjects);
    listsWithoutItems = List.copyOf(listsWithoutItems);
  }

  /** A document that could not be read. */
  public static LoadedDocument failed(YamlProblem problem) {
    return new LoadedDocument(problem, List.of(), List.of(), List.of());
  }

  /**
   * A key written twice in one mapping.
   *
   * @param object the innermost object (document or {@code List} item) the mapping is in, or {@code null} when the
   *     document is not a mapping
   * @param path pointer of the key inside {@code object} (inside the document when {@code object} is null)
   * @param key the key
   * @param line 1-based file line of the second occurrence, which is the one kept
   * @param column its 1-based column
   * @param length its length in code points
   * @param firstLine 1-based file line of the first occurrence
   */
  public record Duplicate(KubeObject object, JsonPointer path, String key, int line, int column, int length,
                          int firstLine) {
  }

  /**
   * A document, or an item of its {@code List}, that is not a mapping.
   *
   * @param at its pointer inside the document (empty for the document itself)
   * @param value what was found instead
   * @param span where it is written
   */
  public record NonObject(JsonPointer at, JsonNode value, Span span) {
  }
}
