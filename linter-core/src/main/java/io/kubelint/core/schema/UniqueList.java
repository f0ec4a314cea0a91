package io.kubelint.core.schema;

import tools.jackson.core.JsonPointer;

/**
 * A list inside an object whose entries the API server requires to be unique.
 *
 * @param pointer where the list is in the object, e.g. {@code /spec/template/spec/containers/0/ports}
 * @param type its list type: a set, or a map with its keys
 */
public record UniqueList(JsonPointer pointer, ListType type) {
}
