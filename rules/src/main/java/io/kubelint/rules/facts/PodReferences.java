package io.kubelint.rules.facts;

import io.kubelint.core.k8s.Container;
import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.run.FactType;
import io.kubelint.core.run.FactContext;
import io.kubelint.core.run.Position;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * The objects a pod template refers to by name, for the run-level rules that look for them in the run (a ConfigMap
 * or Secret that is missing, a key it lacks): ConfigMaps and Secrets of volumes (also projected ones), of
 * {@code env[].valueFrom} and of {@code envFrom}, PersistentVolumeClaims of volumes, the ServiceAccount of
 * {@code serviceAccountName} (or the deprecated {@code serviceAccount}) and the Secrets of
 * {@code imagePullSecrets}. Sources: the PodSpec reference,
 * https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/.
 *
 * @param references in the order they are written
 */
public record PodReferences(List<Reference> references) {

  /** The fact type. */
  public static final FactType<PodReferences> TYPE = FactType.of("pod references", PodTemplateFacts.KINDS,
      PodReferences::of);

  /**
   * One reference.
   *
   * @param kind {@code ConfigMap}, {@code Secret}, {@code PersistentVolumeClaim} or {@code ServiceAccount}
   * @param name the name it refers to
   * @param key the key it reads from the ConfigMap or Secret ({@code configMapKeyRef.key}, a volume's
   *     {@code items[].key}), or {@code null} when it reads all of them or is no key reference
   * @param optional whether the pod starts without it ({@code optional: true}; image pull Secrets, which the kubelet
   *     skips with a warning, also count as optional)
   * @param at where the name is written
   */
  public record Reference(String kind, String name, String key, boolean optional, Position at) {
  }

  /** Copies the list. */
  public PodReferences {
    references = List.copyOf(references);
  }

  static PodReferences of(KubeObject object, FactContext where) {
    PodTemplate pod = PodTemplate.of(object);
    if (pod == null) {
      return null;
    }
    Collector out = new Collector(object, where);
    JsonPointer spec = pod.specPath();
    JsonNode volumes = pod.spec().path("volumes");
    for (int i = 0; volumes.isArray() && i < volumes.size(); i++) {
      JsonPointer volume = spec.appendProperty("volumes").appendIndex(i);
      out.withItems("ConfigMap", volume.appendProperty("configMap"), "name");
      out.withItems("Secret", volume.appendProperty("secret"), "secretName");
      out.add("PersistentVolumeClaim", volume.appendProperty("persistentVolumeClaim"), "claimName", null, false);
      JsonPointer sources = volume.appendProperty("projected").appendProperty("sources");
      for (int j = 0; j < object.at(sources).size(); j++) {
        out.withItems("ConfigMap", sources.appendIndex(j).appendProperty("configMap"), "name");
        out.withItems("Secret", sources.appendIndex(j).appendProperty("secret"), "name");
      }
    }
    for (Container container : pod.containers()) {
      JsonPointer env = container.path().appendProperty("env");
      for (int i = 0; i < object.at(env).size(); i++) {
        JsonPointer from = env.appendIndex(i).appendProperty("valueFrom");
        out.keyRef("ConfigMap", from.appendProperty("configMapKeyRef"));
        out.keyRef("Secret", from.appendProperty("secretKeyRef"));
      }
      JsonPointer envFrom = container.path().appendProperty("envFrom");
      for (int i = 0; i < object.at(envFrom).size(); i++) {
        out.add("ConfigMap", envFrom.appendIndex(i).appendProperty("configMapRef"), "name", null, null);
        out.add("Secret", envFrom.appendIndex(i).appendProperty("secretRef"), "name", null, null);
      }
    }
    String account = pod.spec().path("serviceAccountName").isString() ? "serviceAccountName" : "serviceAccount";
    out.add("ServiceAccount", spec, account, null, false);
    JsonPointer pullSecrets = spec.appendProperty("imagePullSecrets");
    for (int i = 0; i < object.at(pullSecrets).size(); i++) {
      out.add("Secret", pullSecrets.appendIndex(i), "name", null, true);
    }
    return new PodReferences(out.references);
  }

  /** Adds the references of one pod template, skipping whatever is not written as expected. */
  private static final class Collector {
    private final KubeObject object;
    private final FactContext where;
    private final List<Reference> references = new ArrayList<>();

    Collector(KubeObject object, FactContext where) {
      this.object = object;
      this.where = where;
    }

    /**
     * The name at {@code holder/field}, when it is a string.
     *
     * @param optional whether it is optional, or {@code null} to read {@code holder/optional}
     */
    void add(String kind, JsonPointer holder, String field, String key, Boolean optional) {
      JsonPointer at = holder.appendProperty(field);
      JsonNode name = object.at(at);
      if (name.isString() && !name.asString().isEmpty()) {
        boolean isOptional = optional != null ? optional : object.at(holder.appendProperty("optional")).asBoolean(false);
        references.add(new Reference(kind, name.asString(), key, isOptional, where.value(at)));
      }
    }

    /** A ConfigMap or Secret volume (source): the object, and each key of its {@code items}. */
    void withItems(String kind, JsonPointer source, String field) {
      add(kind, source, field, null, null);
      JsonNode items = object.at(source.appendProperty("items"));
      for (int i = 0; items.isArray() && i < items.size(); i++) {
        JsonNode key = items.get(i).path("key");
        if (key.isString()) {
          add(kind, source, field, key.asString(), null);
        }
      }
    }

    /** A {@code configMapKeyRef} or {@code secretKeyRef}. */
    void keyRef(String kind, JsonPointer ref) {
      JsonNode key = object.at(ref.appendProperty("key"));
      add(kind, ref, "name", key.isString() ? key.asString() : null, null);
    }
  }
}
