package io.kubelint.core.k8s;

import io.kubelint.core.model.ObjectRef;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * One Kubernetes object of a manifest: a YAML document, or one item of a {@code kind: List} document.
 *
 * @param json the object as JSON (YAML scalars resolved the way {@code kubectl} reads them; null-valued mapping
 *     entries dropped)
 * @param base JSON pointer of the object inside its document: empty for a plain document, {@code /items/3} for
 *     the fourth item of a List
 * @param ref apiVersion, kind, namespace and name as far as the manifest gives them
 */
public record KubeObject(JsonNode json, JsonPointer base, ObjectRef ref) {

  /** {@code apiVersion} split into group ({@code ""} for the core group) and version. */
  public String group() {
    String apiVersion = ref.apiVersion();
    if (apiVersion == null) {
      return "";
    }
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** The {@code kind}, or an empty string when the manifest has none. */
  public String kind() {
    return ref.kind() == null ? "" : ref.kind();
  }

  /** A pointer inside the object as a pointer inside its document (below {@link #base()}). */
  public JsonPointer absolute(JsonPointer inObject) {
    return base.matches() ? inObject : base.append(inObject);
  }

  /**
   * How messages name what stands at {@code base}: {@code "document"}, or {@code "List item 4"} for {@code /items/3}
   * (an item's line may be far from its List's apiVersion and kind).
   */
  public static String subject(JsonPointer base) {
    return base.matches() ? "document" : "List item " + (base.last().getMatchingIndex() + 1);
  }

  /** The node at a JSON pointer inside the object; a missing node when absent (never {@code null}). */
  public JsonNode at(JsonPointer pointer) {
    return json.at(pointer);
  }
}
