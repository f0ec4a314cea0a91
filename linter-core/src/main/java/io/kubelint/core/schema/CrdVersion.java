package io.kubelint.core.schema;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One served version of a CustomResourceDefinition, as the API server reads it
 * (https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/).
 *
 * @param group {@code spec.group}
 * @param version the version name, e.g. {@code v1}
 * @param kind {@code spec.names.kind}
 * @param plural {@code spec.names.plural}
 * @param namespaced {@code spec.scope} is {@code Namespaced}
 * @param schema the version's {@code openAPIV3Schema}, or a missing node when it has none
 * @param preserveUnknownFields {@code spec.preserveUnknownFields} of an apiextensions.k8s.io/v1beta1 CRD, which
 *     defaults to true there and turns pruning (and so unknown-field checks) off
 */
public record CrdVersion(String group, String version, String kind, String plural, boolean namespaced,
                         JsonNode schema, boolean preserveUnknownFields) {

  /** {@code group/version}. */
  public String apiVersion() {
    return group + "/" + version;
  }

  /** Whether an object is a CustomResourceDefinition (apiextensions.k8s.io v1 or v1beta1). */
  public static boolean isCrd(JsonNode object) {
    String apiVersion = object.path("apiVersion").asString("");
    return object.path("kind").asString("").equals("CustomResourceDefinition")
        && apiVersion.startsWith("apiextensions.k8s.io/");
  }

  /**
   * The served versions of a CRD object. {@code apiextensions.k8s.io/v1}: {@code spec.versions[]} with
   * {@code served: true} and their {@code schema.openAPIV3Schema}; {@code v1beta1}: also the single
   * {@code spec.version} and the shared {@code spec.validation.openAPIV3Schema}.
   *
   * @return the versions; empty when the CRD lacks a group, kind or version (the schema validator reports that)
   */
  public static List<CrdVersion> of(JsonNode crd) {
    List<CrdVersion> out = new ArrayList<>();
    JsonNode spec = crd.path("spec");
    String group = spec.path("group").asString("");
    String kind = spec.path("names").path("kind").asString("");
    String plural = spec.path("names").path("plural").asString("");
    if (group.isEmpty() || kind.isEmpty()) {
      return out;
    }
    boolean namespaced = !"Cluster".equals(spec.path("scope").asString("Namespaced"));
    boolean v1beta1 = crd.path("apiVersion").asString("").equals("apiextensions.k8s.io/v1beta1");
    boolean preserve = v1beta1 && spec.path("preserveUnknownFields").asBoolean(true);
    JsonNode shared = spec.path("validation").path("openAPIV3Schema");
    JsonNode versions = spec.path("versions");
    if (versions.isArray() && !versions.isEmpty()) {
      for (JsonNode v : versions) {
        String name = v.path("name").asString("");
        if (name.isEmpty() || !v.path("served").asBoolean(true)) {
          continue;
        }
        JsonNode schema = v.path("schema").path("openAPIV3Schema");
        out.add(new CrdVersion(group, name, kind, plural, namespaced, schema.isObject() ? schema : shared,
            preserve));
      }
    } else if (!spec.path("version").asString("").isEmpty()) {
      out.add(new CrdVersion(group, spec.path("version").asString(), kind, plural, namespaced, shared, preserve));
    }
    return out;
  }
}
