package io.kubelint.core.schema;

/**
 * A kind served by the Kubernetes API of some version.
 *
 * @param apiVersion {@code group/version}, or {@code v1} for the core group
 * @param kind e.g. {@code Deployment}
 * @param plural the REST resource name, e.g. {@code deployments}
 * @param namespaced whether objects of the kind live in a namespace
 * @param schemaResource classpath resource of its JSON Schema (for bundled kinds a gzip-compressed
 *     {@code kubelint/schemas/objects/<hash>.json.gz}), or {@code null}
 */
public record ResourceType(String apiVersion, String kind, String plural, boolean namespaced,
                           String schemaResource) {

  /** {@code apps/v1 Deployment}. */
  public String display() {
    return apiVersion + " " + kind;
  }
}
