package io.kubelint.rules.workload;

import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.FindingBuilder;
import io.kubelint.core.rule.PodTemplateMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.rules.sim.Hints;
import io.kubelint.rules.sim.LintSimulation;

/**
 * A {@code kubelint.io/startup-seconds}, {@code kubelint.io/run-seconds} or {@code kubelint.io/exit-code} annotation
 * that the simulator cannot use, or not fully ({@link Hints.Problem.Kind}): a value that is not a number of seconds
 * or a duration (or an exit code from 0 to 255) or is out of range, a container named twice, a
 * {@code CONTAINER=VALUE} item naming no container of the pod, an exit code without a run time, or a hint on the
 * workload's own {@code metadata.annotations} (or a CronJob's job template) instead of the pod template's, where the
 * simulator never looks. The hint (or that part of it) is then ignored, so the predictions of
 * {@code restart-loop}, {@code job-failure}, {@code rollout-stall} and {@code cron-missed-schedule} do not take it
 * into account; {@code kubelint simulate} warns about the same problems. Annotations are free-form for the API server
 * (https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/); these are kubelint's own.
 */
@RuleInfo(id = "simulation-hint", severity = Severity.WARNING,
    summary = "A kubelint.io/ simulation hint annotation cannot be used",
    rationale = "The simulator takes a program's startup time, run time and exit code from these annotations on the "
        + "pod template when the manifest cannot show them; a hint it cannot read, or finds elsewhere, is ignored, "
        + "so a restart loop or a failing Job it would have predicted goes unreported.",
    docs = "https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/",
    sets = RuleSet.RECOMMENDED)
public final class SimulationHint implements PodTemplateMatcher {

  @Override
  public void matchPodTemplate(PodTemplate pod, RuleContext ctx) {
    for (Hints.Problem p : LintSimulation.plan(pod, ctx).hintProblems()) {
      if (p.at() == null) {
        continue;
      }
      FindingBuilder finding = ctx.report(p.at());
      if (p.kind() != Hints.Problem.Kind.MISPLACED) {
        finding.atValue();
      }
      finding.message(p.message()).help(p.help()).emit();
    }
  }
}
