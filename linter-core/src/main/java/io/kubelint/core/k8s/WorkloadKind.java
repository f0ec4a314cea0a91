package io.kubelint.core.k8s;

import tools.jackson.core.JsonPointer;

/**
 * The built-in kinds that carry a pod template, and where the template lives in each. Sources: the API reference
 * of each kind (https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/).
 */
public enum WorkloadKind {
  /** {@code v1 Pod}: the object is its own template. */
  POD("", "Pod", "", null),
  /** {@code v1 PodTemplate}: {@code /template}. */
  POD_TEMPLATE("", "PodTemplate", "/template", null),
  /** {@code v1 ReplicationController}: {@code /spec/template}, plain-map selector at {@code /spec/selector}. */
  REPLICATION_CONTROLLER("", "ReplicationController", "/spec/template", "/spec"),
  /** {@code apps/v1 Deployment}. */
  DEPLOYMENT("apps", "Deployment", "/spec/template", "/spec"),
  /** {@code apps/v1 ReplicaSet}. */
  REPLICA_SET("apps", "ReplicaSet", "/spec/template", "/spec"),
  /** {@code apps/v1 StatefulSet}. */
  STATEFUL_SET("apps", "StatefulSet", "/spec/template", "/spec"),
  /** {@code apps/v1 DaemonSet}. */
  DAEMON_SET("apps", "DaemonSet", "/spec/template", "/spec"),
  /** {@code batch/v1 Job}. */
  JOB("batch", "Job", "/spec/template", "/spec"),
  /** {@code batch/v1 CronJob}: the template of the job template. */
  CRON_JOB("batch", "CronJob", "/spec/jobTemplate/spec/template", "/spec/jobTemplate/spec");

  private final String group;
  private final String kind;
  private final JsonPointer template;
  private final JsonPointer controllerSpec;

  WorkloadKind(String group, String kind, String template, String controllerSpec) {
    this.group = group;
    this.kind = kind;
    this.template = JsonPointer.compile(template);
    this.controllerSpec = controllerSpec == null ? null : JsonPointer.compile(controllerSpec);
  }

  /** The API group ({@code ""} for core). */
  public String group() {
    return group;
  }

  /** The {@code kind} string. */
  public String kind() {
    return kind;
  }

  /** Pointer to the pod template (the node holding {@code metadata} and {@code spec}); empty for a Pod. */
  public JsonPointer templatePath() {
    return template;
  }

  /**
   * Pointer to the spec of the controller that owns the template (where {@code selector} lives):
   * {@code /spec} for most, {@code /spec/jobTemplate/spec} for a CronJob, {@code null} for a Pod or PodTemplate.
   */
  public JsonPointer controllerSpecPath() {
    return controllerSpec;
  }

  /** Whether the controller is a Job or CronJob (restartPolicy must be OnFailure or Never). */
  public boolean isBatch() {
    return this == JOB || this == CRON_JOB;
  }

  /**
   * The workload kind of an object, or {@code null} when it carries no pod template. The group must match too
   * ({@code extensions} is accepted for the legacy Deployment, ReplicaSet and DaemonSet), so a custom resource
   * that happens to be called {@code Deployment} is not mistaken for one.
   */
  public static WorkloadKind of(KubeObject object) {
    String group = object.group();
    for (WorkloadKind w : values()) {
      if (w.kind.equals(object.kind())
          && (w.group.equals(group) || w.group.equals("apps") && group.equals("extensions"))) {
        return w;
      }
    }
    return null;
  }
}
