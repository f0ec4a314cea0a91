package io.kubelint.rules.workload;

import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.k8s.WorkloadKind;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.PodTemplateMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import java.util.List;

/**
 * A pod template whose {@code restartPolicy} its controller does not allow. A Job or CronJob needs
 * {@code OnFailure} or {@code Never} (unset means {@code Always}, which the API server rejects for them); a
 * Deployment, ReplicaSet, StatefulSet, DaemonSet or ReplicationController only allows {@code Always}.
 * Sources: https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-template and
 * https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#pod-template.
 */
@RuleInfo(id = "restart-policy", severity = Severity.ERROR,
    summary = "The pod template's restartPolicy is not allowed by its controller",
    rationale = "The API server rejects a Job or CronJob whose pod template has restartPolicy Always, which is also "
        + "the default when it is left out, and a Deployment, ReplicaSet, StatefulSet, DaemonSet or "
        + "ReplicationController whose pod template has anything but Always.",
    docs = "https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-template",
    kinds = {"ReplicationController", "apps/Deployment", "apps/ReplicaSet", "apps/StatefulSet",
        "apps/DaemonSet", "batch/Job", "batch/CronJob"},
    sets = RuleSet.RECOMMENDED)
public final class RestartPolicy implements PodTemplateMatcher {

  /**
   * Whether the API server accepts a pod template's {@code restartPolicy} for its workload: any of {@code Always},
   * {@code OnFailure} and {@code Never} for a Pod, anything but {@code Always} for a Job or CronJob, only
   * {@code Always} for the others. The simulator shares it, and does not simulate what it rejects.
   *
   * @param policy the policy as written, or {@code null} when unset (it then defaults to {@code Always})
   */
  public static boolean allows(WorkloadKind workload, String policy) {
    String p = policy == null ? "Always" : policy;
    return workload == WorkloadKind.POD ? List.of("Always", "OnFailure", "Never").contains(p)
        : workload.isBatch() ? !p.equals("Always") : p.equals("Always");
  }

  @Override
  public void matchPodTemplate(PodTemplate pod, RuleContext ctx) {
    WorkloadKind workload = pod.workload();
    String policy = pod.restartPolicy();
    if (!pod.spec().isObject() || allows(workload, policy)) {
      return;
    }
    String kind = workload.kind();
    if (workload.isBatch()) {
      if (policy == null) {
        ctx.report(pod.specPath())
            .message("the pod template of a %s has no restartPolicy, so it defaults to Always, which a %s does "
                + "not allow", kind, kind)
            .help("set restartPolicy: OnFailure to restart failed containers in the same pod, or Never to let the "
                + "Job controller start a new pod (both count against backoffLimit)")
            .emit();
      } else {
        ctx.report(pod.specPath().appendProperty("restartPolicy"))
            .message("restartPolicy of a %s's pod template must be OnFailure or Never, not Always", kind)
            .help("use OnFailure to restart failed containers in place, or Never to get a new pod per retry")
            .fixValue("use OnFailure", "OnFailure")
            .emit();
      }
    } else {
      ctx.report(pod.specPath().appendProperty("restartPolicy"))
          .message("restartPolicy of a %s's pod template must be Always, not %s", kind, policy)
          .help("remove restartPolicy (it defaults to Always); for work that runs to completion use a Job")
          .fixValue("use Always", "Always")
          .emit();
    }
  }
}
