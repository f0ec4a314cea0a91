package io.kubelint.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * How the API server treats the entries of a list: the {@code x-kubernetes-list-type} of its schema, from the
 * {@code +listType} and {@code +listMapKey} tags of the Kubernetes API types
 * (https://kubernetes.io/docs/reference/using-api/server-side-apply/#merge-strategy). The entries of a
 * {@link Kind#SET set} are scalars that must be unique; the entries of a {@link Kind#MAP map} are objects that must
 * be unique by the values of {@link #keys()}; an {@link Kind#ATOMIC atomic} list is replaced as a whole and may
 * repeat entries. The schemas of built-in kinds carry it for every list the Kubernetes OpenAPI document types (see
 * the schemas module), CRD schemas where their authors wrote it.
 *
 * @param kind atomic, set or map
 * @param keys for a map, the fields that identify an entry ({@code x-kubernetes-list-map-keys}, e.g.
 *     {@code containerPort} and {@code protocol} for a container's ports); empty otherwise
 */
public record ListType(Kind kind, List<String> keys) {

  /** The keyword naming the list type on a list's schema. */
  public static final String LIST_TYPE = "x-kubernetes-list-type";
  /** The keyword naming the key fields of a map list. */
  public static final String LIST_MAP_KEYS = "x-kubernetes-list-map-keys";

  /** The values of {@code x-kubernetes-list-type}. */
  public enum Kind {
    /** replaced as a whole; entries may repeat */
    ATOMIC,
    /** unique scalar entries */
    SET,
    /** object entries unique by their key fields */
    MAP
  }

  /** @throws IllegalArgumentException when a map has no keys, or another kind has some */
  public ListType {
    keys = List.copyOf(keys);
    if ((kind == Kind.MAP) == keys.isEmpty()) {
      throw new IllegalArgumentException("a " + kind + " list type with keys " + keys);
    }
  }

  /** Whether the API server requires the entries to be unique (a set, or a map by its keys). */
  public boolean uniqueEntries() {
    return kind != Kind.ATOMIC;
  }

  /**
   * The list type a list's schema declares; empty when it declares none, or one that is not {@code atomic},
   * {@code set} or {@code map} with string keys (a CRD's schema may hold anything).
   */
  public static Optional<ListType> of(JsonNode listSchema) {
    String type = listSchema.path(LIST_TYPE).asString("");
    List<String> keys = new ArrayList<>();
    for (JsonNode key : listSchema.path(LIST_MAP_KEYS)) {
      if (!key.isString()) {
        return Optional.empty();
      }
      keys.add(key.asString());
    }
    return switch (type) {
      case "atomic", "set" -> Optional.of(new ListType(Kind.valueOf(type.toUpperCase(Locale.ROOT)), List.of()));
      case "map" -> keys.isEmpty() ? Optional.empty() : Optional.of(new ListType(Kind.MAP, keys));
      default -> Optional.empty();
    };
  }
}
