package io.kubelint.rules.workload;

import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.PodTemplateMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.rules.sim.LintSimulation;
import io.kubelint.rules.sim.Verdict;

/**
 * A container that the simulation ({@link io.kubelint.rules.sim.WorkloadSimulator}) shows restarting in a loop
 * within 15 minutes: it reaches {@code CrashLoopBackOff}, or restarts after every run. The cause is the command that
 * exits (a pod with {@code restartPolicy: Never} whose command fails ends Failed instead, and is not reported) or
 * the liveness or startup probe that kills it (a slow starter that a big enough startupProbe protects is not
 * reported). An error when the manifest itself shows the cause, a warning when it rests on a
 * {@code kubelint.io/…} hint. A Job whose pods loop until it fails is left to {@code job-failure}. Sources:
 * https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-restarts and
 * https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/.
 */
@RuleInfo(id = "restart-loop", severity = Severity.ERROR,
    summary = "A container will restart in a loop (CrashLoopBackOff) soon after it is applied",
    rationale = "The kubelet restarts a container that exits (restartPolicy Always, or OnFailure with a non-zero "
        + "exit code) or that fails its liveness or startup probe failureThreshold times in a row, waiting 10 s, "
        + "20 s, 40 s, … up to 5 minutes between restarts in CrashLoopBackOff. A command that always fails, or a "
        + "probe that cannot pass in time, makes the workload useless the moment it is applied.",
    docs = "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-restarts",
    sets = {RuleSet.RECOMMENDED, RuleSet.RELIABILITY})
public final class RestartLoop implements PodTemplateMatcher {

  @Override
  public void matchPodTemplate(PodTemplate pod, RuleContext ctx) {
    LintSimulation sim = LintSimulation.of(pod, ctx);
    if (sim.verdicts(Verdict.Kind.JOB_FAILED).isEmpty()) {
      sim.report(ctx, Verdict.Kind.RESTART_LOOP, true);
    }
  }
}
