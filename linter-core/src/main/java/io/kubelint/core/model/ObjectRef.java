package io.kubelint.core.model;

/**
 * Identifies a Kubernetes object by its type meta and object meta, as far as the manifest gives them. Any part may
 * be {@code null} when the manifest leaves it out (a document without {@code kind}, an object without a namespace).
 *
 * @param apiVersion the {@code apiVersion} field, e.g. {@code apps/v1}
 * @param kind the {@code kind} field, e.g. {@code Deployment}
 * @param namespace {@code metadata.namespace}
 * @param name {@code metadata.name}, or {@code metadata.generateName} when there is no name
 */
public record ObjectRef(String apiVersion, String kind, String namespace, String name) {

  /** {@code Kind/name}, the way kubectl names objects; {@code ?} stands for a missing part. */
  public String display() {
    return (kind == null ? "?" : kind) + "/" + (name == null ? "?" : name);
  }

  /**
   * {@code Kind/namespace/name}, or {@code Kind/name} when the manifest gives no namespace; {@code ?} stands for a
   * missing kind or name. Names an object in reports that list several namespaces (SARIF logical locations, JUnit
   * test cases).
   */
  public String qualifiedName() {
    return (kind == null ? "?" : kind) + "/" + (namespace == null ? "" : namespace + "/")
        + (name == null ? "?" : name);
  }
}
