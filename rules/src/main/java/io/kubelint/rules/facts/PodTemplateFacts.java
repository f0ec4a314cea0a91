package io.kubelint.rules.facts;

import io.kubelint.core.k8s.Container;
import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.k8s.LabelSelector;
import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.k8s.WorkloadKind;
import io.kubelint.core.run.FactType;
import io.kubelint.core.run.FactContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What the run-level rules need of a pod template that makes pods: its labels, which Services and
 * PodDisruptionBudgets select, and the named container ports a Service's {@code targetPort} may name. Label keys
 * and protocols, the same words in many objects, are kept once ({@link String#intern}). Taken from
 * Pods and from the pod templates of ReplicationControllers, Deployments, ReplicaSets, StatefulSets, DaemonSets,
 * Jobs and CronJobs; a {@code PodTemplate} object makes no pods and has none.
 *
 * @param workload the kind of the object that holds the template
 * @param labels the template's labels (string values only)
 * @param selectorLabels the {@code matchLabels} entries of its controller's selector (the plain map of a
 *     ReplicationController) that its labels lack: the API server requires the template's labels to match the
 *     selector, so these are labels its pods are meant to carry where the template gets them wrong (which
 *     {@code selector-mismatch} reports); empty for a Pod and for nearly every valid controller
 * @param ports the named ports of its app containers and sidecars (init containers with {@code restartPolicy: Always}),
 *     the containers whose ports a Service's endpoints are resolved against (FindPort in
 *     https://github.com/kubernetes/kubernetes/blob/master/pkg/api/v1/pod/util.go)
 */
public record PodTemplateFacts(WorkloadKind workload, Map<String, String> labels, Map<String, String> selectorLabels,
                               List<Port> ports) {

  /** The kinds whose objects make pods from a template. */
  public static final List<String> KINDS = List.of("Pod", "ReplicationController", "apps/Deployment",
      "apps/ReplicaSet", "apps/StatefulSet", "apps/DaemonSet", "batch/Job", "batch/CronJob");

  /** The labels controllers add to the pods they create ({@link #carries}). */
  public static final Set<String> CONTROLLER_LABELS = Set.of("pod-template-hash", "controller-revision-hash",
      "pod-template-generation", "statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index",
      "batch.kubernetes.io/job-name", "job-name", "batch.kubernetes.io/controller-uid", "controller-uid",
      "batch.kubernetes.io/job-completion-index");

  /** The fact type. */
  public static final FactType<PodTemplateFacts> TYPE = FactType.of("pod template", KINDS, PodTemplateFacts::of);

  /**
   * A container port.
   *
   * @param container the container's name
   * @param name the port's {@code name}
   * @param number {@code containerPort}, or 0 when it is not a number
   * @param protocol {@code protocol}, {@code TCP} when unset (the API's default)
   */
  public record Port(String container, String name, int number, String protocol) {

    /** {@code http (8080/TCP)}, for messages. */
    public String display() {
      return name + " (" + number + "/" + protocol + ")";
    }
  }

  /** Copies the collections. */
  public PodTemplateFacts {
    labels = Map.copyOf(labels);
    selectorLabels = Map.copyOf(selectorLabels);
    ports = List.copyOf(ports);
  }

  static PodTemplateFacts of(KubeObject object, FactContext where) {
    PodTemplate pod = PodTemplate.of(object);
    if (pod == null) {
      return null;
    }
    List<Port> ports = new ArrayList<>();
    for (Container container : pod.containers()) {
      if (container.type() == Container.Type.APP || container.isSidecar()) {
        for (JsonNode port : container.json().path("ports")) {
          JsonNode name = port.path("name");
          JsonNode number = port.path("containerPort");
          if (name.isString()) {
            ports.add(new Port(container.name(), name.asString(),
                number.canConvertToInt() && number.isIntegralNumber() ? number.asInt() : 0,
                port.path("protocol").asString("TCP").intern()));
          }
        }
      }
    }
    JsonNode selector = pod.controllerSpec().path("selector");
    JsonNode matchLabels = pod.workload() == WorkloadKind.REPLICATION_CONTROLLER ? selector
        : selector.path("matchLabels");
    Map<String, String> labels = new HashMap<>();
    LabelSelector.labels(pod.labels()).forEach((k, v) -> labels.put(k.intern(), v));
    Map<String, String> lacking = new HashMap<>(LabelSelector.labels(matchLabels));
    lacking.entrySet().removeIf(e -> e.getValue().equals(labels.get(e.getKey())));
    return new PodTemplateFacts(pod.workload(), labels, lacking, ports);
  }

  /**
   * Whether the pods made from this template carry the label {@code key=value}: the template has it, its
   * controller's selector requires it ({@link #selectorLabels()}), or the controller adds it to every pod it creates (the well-known labels of
   * https://kubernetes.io/docs/reference/labels-annotations-taints/): {@code pod-template-hash} (Deployment),
   * {@code controller-revision-hash} (StatefulSet, DaemonSet), {@code pod-template-generation} (DaemonSet),
   * {@code statefulset.kubernetes.io/pod-name} ({@code NAME-ORDINAL}) and {@code apps.kubernetes.io/pod-index}
   * (StatefulSet), {@code batch.kubernetes.io/job-name} and {@code job-name} (the Job's name; a CronJob's Jobs are
   * named {@code NAME-TIME}), {@code batch.kubernetes.io/controller-uid}, {@code controller-uid} and
   * {@code batch.kubernetes.io/job-completion-index} (Job). Values that the controller computes (hashes, uids,
   * generations) may be anything.
   *
   * @param owner the name of the object that holds the template
   */
  public boolean carries(String key, String value, String owner) {
    if (value.equals(labels.get(key)) || value.equals(selectorLabels.get(key))) {
      return true;
    }
    String name = owner == null ? "" : owner;
    return switch (workload) {
      case DEPLOYMENT -> key.equals("pod-template-hash");
      case DAEMON_SET -> key.equals("controller-revision-hash") || key.equals("pod-template-generation");
      case STATEFUL_SET -> key.equals("controller-revision-hash")
          || key.equals("statefulset.kubernetes.io/pod-name") && value.matches(Pattern.quote(name) + "-[0-9]+")
          || key.equals("apps.kubernetes.io/pod-index") && value.matches("[0-9]+");
      case JOB, CRON_JOB -> key.equals("batch.kubernetes.io/controller-uid") || key.equals("controller-uid")
          || key.equals("batch.kubernetes.io/job-completion-index") && value.matches("[0-9]+")
          || (key.equals("batch.kubernetes.io/job-name") || key.equals("job-name"))
          && (workload == WorkloadKind.JOB ? value.equals(name) : value.matches(Pattern.quote(name) + "-[0-9]+"));
      default -> false;
    };
  }

  /** Whether a container port of these pods has this name and protocol. */
  public boolean declares(String name, String protocol) {
    return ports.stream().anyMatch(p -> p.name().equals(name) && p.protocol().equals(protocol));
  }

  /** The labels as {@code {app: web, tier: front}}, sorted by key, for messages. */
  public String labelsDisplay() {
    return labels.isEmpty() ? "no labels" : LabelSelector.display(labels);
  }
}
