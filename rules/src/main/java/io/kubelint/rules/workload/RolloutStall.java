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
 * A Deployment whose pods, in the simulation, do not all become Ready (for {@code minReadySeconds}) before
 * {@code progressDeadlineSeconds} (default 600) passes without progress: its rollout ends with
 * {@code ProgressDeadlineExceeded}. Causes shown by evidence: a readiness or startup probe the kubelet cannot run
 * (a named port the container does not declare), a readiness probe that keeps failing, containers that crash before
 * they are Ready (those are reported by {@code restart-loop}, which names the root cause, and not again here).
 * Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#failed-deployment.
 */
@RuleInfo(id = "rollout-stall", severity = Severity.WARNING,
    summary = "A Deployment's pods will never become Ready, so its rollout stalls with ProgressDeadlineExceeded",
    rationale = "A rollout progresses only as new pods become Ready; when none does for progressDeadlineSeconds, "
        + "the Deployment's Progressing condition turns False (ProgressDeadlineExceeded), the new pods serve no "
        + "traffic, and a rolling update leaves the old pods in place.",
    docs = "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#failed-deployment",
    kinds = "apps/Deployment",
    sets = {RuleSet.RECOMMENDED, RuleSet.RELIABILITY})
public final class RolloutStall implements PodTemplateMatcher {

  @Override
  public void matchPodTemplate(PodTemplate pod, RuleContext ctx) {
    LintSimulation sim = LintSimulation.of(pod, ctx);
    if (sim.verdicts(Verdict.Kind.RESTART_LOOP).stream().noneMatch(v -> v.cause() != null)) {
      sim.report(ctx, Verdict.Kind.ROLLOUT_STALLED, false);
    }
  }
}
