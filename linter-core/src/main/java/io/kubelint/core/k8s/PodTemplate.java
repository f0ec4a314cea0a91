package io.kubelint.core.k8s;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * The pod template of a workload, wherever its kind keeps it: the Pod itself, {@code spec.template} of a
 * Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet or Job, {@code template} of a PodTemplate,
 * {@code spec.jobTemplate.spec.template} of a CronJob. Obtain it with {@link #of(KubeObject)}; rules never walk
 * those shapes themselves.
 *
 * @param owner the object the template belongs to
 * @param workload the kind of that object
 * @param path pointer (inside the object) of the template: the node holding {@code metadata} and {@code spec}
 * @param template the template node
 */
public record PodTemplate(KubeObject owner, WorkloadKind workload, JsonPointer path, JsonNode template) {

  /** The pod template of an object, or {@code null} when the object is not a workload or has no template. */
  public static PodTemplate of(KubeObject object) {
    WorkloadKind workload = WorkloadKind.of(object);
    if (workload == null) {
      return null;
    }
    JsonNode template = object.at(workload.templatePath());
    if (!template.isObject()) {
      return null;
    }
    return new PodTemplate(object, workload, workload.templatePath(), template);
  }

  /** {@code metadata} of the template (missing node when absent). */
  public JsonNode metadata() {
    return template.path("metadata");
  }

  /** Pointer of the template's {@code metadata}. */
  public JsonPointer metadataPath() {
    return path.appendProperty("metadata");
  }

  /** The pod spec (missing node when absent). */
  public JsonNode spec() {
    return template.path("spec");
  }

  /** Pointer of the pod spec. */
  public JsonPointer specPath() {
    return path.appendProperty("spec");
  }

  /** The template's labels (missing node when absent). */
  public JsonNode labels() {
    return metadata().path("labels");
  }

  /**
   * The spec of the controller (where {@code selector}, {@code replicas}, {@code backoffLimit} live), or a missing
   * node for a Pod or PodTemplate.
   */
  public JsonNode controllerSpec() {
    JsonPointer p = workload.controllerSpecPath();
    return p == null ? tools.jackson.databind.node.MissingNode.getInstance() : owner.at(p);
  }

  /** Pointer of {@link #controllerSpec()}, or {@code null} for a Pod or PodTemplate. */
  public JsonPointer controllerSpecPath() {
    return workload.controllerSpecPath();
  }

  /**
   * The pod's {@code restartPolicy}, or {@code null} when unset (the API defaults it to {@code Always}).
   */
  public String restartPolicy() {
    JsonNode policy = spec().path("restartPolicy");
    return policy.isString() ? policy.asString() : null;
  }

  /** Init containers (in order), then app containers, then ephemeral containers. */
  public List<Container> containers() {
    List<Container> all = new ArrayList<>();
    for (Container.Type type : Container.Type.values()) {
      JsonNode list = spec().path(type.field());
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).isObject()) {
          all.add(new Container(this, type, i, list.get(i), specPath().appendProperty(type.field()).appendIndex(i)));
        }
      }
    }
    return all;
  }
}
