package io.kubelint.core.schema;

import java.util.List;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * One violation of a kind's JSON Schema, as plain data.
 *
 * @param keyword the JSON Schema keyword that failed: {@code additionalProperties}, {@code required},
 *     {@code type}, {@code enum}, {@code pattern}, {@code minimum}, …
 * @param pointer pointer (inside the object) of the instance that failed; for {@code required} and
 *     {@code additionalProperties} the mapping that misses or has the property
 * @param property for {@code required}, the missing property; for {@code additionalProperties}, the unknown one
 * @param instance the failing value (for {@code required}, the mapping)
 * @param schema the subschema that failed (holding the keyword), e.g. {@code {"type":"integer",…}}
 * @param definition name of the model the subschema belongs to, without version prefix ({@code ContainerPort}),
 *     or {@code null} at the top of the kind
 * @param knownProperties for {@code additionalProperties}, the property names the model defines
 * @param libraryMessage the validator's own message, for keywords without a message of our own
 * @param nestedHomes for {@code additionalProperties}, the properties of the model whose own model defines the
 *     unknown property: {@code runAsUser} written on a Container belongs under {@code securityContext}
 */
public record SchemaError(String keyword, JsonPointer pointer, String property, JsonNode instance, JsonNode schema,
                          String definition, List<String> knownProperties, String libraryMessage,
                          List<String> nestedHomes) {
}
