package io.kubelint.core.schema;

import com.networknt.schema.Schema;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A kind's JSON Schema, compiled once and shared by every document of that kind.
 *
 * @param root the schema document
 * @param schema the compiled validator
 */
public record CompiledSchema(JsonNode root, Schema schema) {

  /**
   * The list type of the list at {@code pointer} inside an object of this kind
   * ({@code /spec/template/spec/containers/0/ports}: a map keyed by {@code containerPort} and {@code protocol});
   * empty when the pointer leads to no list of the schema, or to one without a list type. List indexes in the
   * pointer step into the list's items.
   */
  public Optional<ListType> listType(JsonPointer pointer) {
    return ListTypes.at(root, pointer);
  }

  /**
   * Every list in {@code object} (an object of this kind, as JSON) whose entries the API server requires to be
   * unique: the {@code set} and {@code map} lists, with their pointers, in document order. Values the schema does
   * not describe (unknown fields, wrong types) are skipped.
   */
  public List<UniqueList> uniqueLists(JsonNode object) {
    return ListTypes.uniqueLists(root, object);
  }
}
