package io.kubelint.core.k8s;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * One container of a pod template.
 *
 * @param pod the template it belongs to
 * @param type init, app or ephemeral container
 * @param index position in its list
 * @param json the container node
 * @param path pointer (inside the object) of the container
 */
public record Container(PodTemplate pod, Type type, int index, JsonNode json, JsonPointer path) {

  /** Which list of the pod spec a container is in. */
  public enum Type {
    /** {@code initContainers}: run to completion in order before the app containers (unless sidecars). */
    INIT("initContainers"),
    /** {@code containers}. */
    APP("containers"),
    /** {@code ephemeralContainers}: debugging containers, no probes allowed. */
    EPHEMERAL("ephemeralContainers");

    private final String field;

    Type(String field) {
      this.field = field;
    }

    /** The pod spec field holding this list. */
    public String field() {
      return field;
    }
  }

  /** {@code name}, or {@code #index} when the container has none. */
  public String name() {
    JsonNode name = json.path("name");
    return name.isString() ? name.asString() : "#" + index;
  }

  /**
   * Whether this is a sidecar: an init container with {@code restartPolicy: Always}, which keeps running beside the
   * app containers and may have probes (https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/).
   */
  public boolean isSidecar() {
    return type == Type.INIT && "Always".equals(json.path("restartPolicy").asString(null));
  }

  /** The container's probes that are set: liveness, readiness, startup, in that order. */
  public List<Probe> probes() {
    List<Probe> probes = new ArrayList<>();
    for (Probe.Type t : Probe.Type.values()) {
      JsonNode probe = json.path(t.field());
      if (probe.isObject()) {
        probes.add(new Probe(this, t, probe, path.appendProperty(t.field())));
      }
    }
    return probes;
  }

  /** Whether the container has a probe of the given type. */
  public boolean hasProbe(Probe.Type t) {
    return json.path(t.field()).isObject();
  }

  /** {@code command} followed by {@code args}, as strings (empty when neither is set). */
  public List<String> commandLine() {
    List<String> out = new ArrayList<>();
    for (String field : List.of("command", "args")) {
      for (JsonNode part : json.path(field)) {
        out.add(part.asString(""));
      }
    }
    return out;
  }
}
