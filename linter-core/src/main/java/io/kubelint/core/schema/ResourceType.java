package io.kubelint.core.schema;

/**
 * A kind the validator knows: served by the Kubernetes API of the target version, defined by a
 * CustomResourceDefinition of the run, or given as a schema file.
 *
 * @param apiVersion {@code group/version}, or {@code v1} for the core group
 * @param kind e.g. {@code Deployment}
 * @param plural the REST resource name, e.g. {@code deployments} (may be empty for schema files)
 * @param namespaced whether objects of the kind live in a namespace
 * @param schemaResource where its JSON Schema comes from: a classpath resource for built-in kinds (a gzip-compressed
 *     {@code kubelint/schemas/objects/<hash>.json.gz}), a key of the run's {@link CustomSchemas} otherwise
 * @param origin built in, from a CRD, or from a schema file
 */
public record ResourceType(String apiVersion, String kind, String plural, boolean namespaced,
                           String schemaResource, Origin origin) {

  /** Where a kind's schema comes from. */
  public enum Origin {
    /** Bundled with kubelint, generated from the Kubernetes API of the target version. */
    BUILT_IN,
    /** A CustomResourceDefinition linted in the same run (or found in a {@code --schema-dir}). */
    CRD,
    /** A JSON Schema file in a {@code --schema-dir}. */
    SCHEMA_FILE
  }

  /** A built-in kind. */
  public ResourceType(String apiVersion, String kind, String plural, boolean namespaced, String schemaResource) {
    this(apiVersion, kind, plural, namespaced, schemaResource, Origin.BUILT_IN);
  }

  /** The map key of an apiVersion and kind, shared by the kind indexes of this package. */
  static String key(String apiVersion, String kind) {
    return apiVersion + "\u0000" + kind;
  }

  /** {@code apps/v1 Deployment}. */
  public String display() {
    return apiVersion + " " + kind;
  }
}
