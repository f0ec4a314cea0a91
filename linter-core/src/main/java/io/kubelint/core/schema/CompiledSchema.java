package io.kubelint.core.schema;

import com.networknt.schema.Schema;
import tools.jackson.databind.JsonNode;

/**
 * A kind's JSON Schema, compiled once and shared by every document of that kind.
 *
 * @param root the schema document
 * @param schema the compiled validator
 */
public record CompiledSchema(JsonNode root, Schema schema) {
}
