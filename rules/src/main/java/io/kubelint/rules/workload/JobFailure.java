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
 * A Job, or the Jobs of a CronJob, that the simulation shows failing: more pod failures than {@code backoffLimit}
 * allows, container restarts reaching it, {@code activeDeadlineSeconds} reached first, or a failed pod matching a
 * {@code FailJob} rule of its {@code podFailurePolicy}. The message gives the
 * predicted time after the Job starts. An error when the manifest itself shows the cause, a warning when it rests on
 * a {@code kubelint.io/…} hint. Source:
 * https://kubernetes.io/docs/concepts/workloads/controllers/job/#handling-pod-and-container-failures.
 */
@RuleInfo(id = "job-failure", severity = Severity.ERROR,
    summary = "A Job (or a CronJob's Job) will fail: backoffLimit exhausted, activeDeadlineSeconds reached, or a "
        + "FailJob rule of its podFailurePolicy matched",
    rationale = "The Job controller gives up when its pods have failed more often than backoffLimit allows (with "
        + "restartPolicy OnFailure, when their containers' restarts reach it) or when the Job has been active for "
        + "activeDeadlineSeconds, and then terminates its pods: the work is never done, and nothing retries it.",
    docs = "https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-backoff-failure-policy",
    kinds = {"batch/Job", "batch/CronJob"},
    sets = {RuleSet.RECOMMENDED, RuleSet.RELIABILITY})
public final class JobFailure implements PodTemplateMatcher {

  @Override
  public void matchPodTemplate(PodTemplate pod, RuleContext ctx) {
    LintSimulation.of(pod, ctx).report(ctx, Verdict.Kind.JOB_FAILED, true);
  }
}
