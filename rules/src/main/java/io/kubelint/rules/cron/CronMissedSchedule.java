package io.kubelint.rules.cron;

import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.PodTemplateMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.rules.sim.LintSimulation;
import io.kubelint.rules.sim.Verdict;
import java.util.List;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A CronJob that will miss or mangle scheduled runs: a {@code startingDeadlineSeconds} under 10 (the controller may
 * notice a scheduled time up to 10 seconds late, so a run may not start at all), or runs that the simulation, from
 * the command or a {@code kubelint.io/run-seconds} hint, shows to last longer than the time between scheduled runs:
 * they overlap with {@code concurrencyPolicy: Allow}, are skipped with {@code Forbid}, killed with {@code Replace};
 * and more than 100 scheduled times that pass unmet while a run runs, which the CronJob controller answers with
 * {@code TooManyMissedTimes} warnings (kubernetes.io still says it then starts no Job; the current controller starts
 * the most recent time, see {@link io.kubelint.rules.sim.WorkloadSimulator}'s CronJob controller). A run too long
 * for the simulated time (a daily run of 25 hours) is compared with the schedule's shortest interval instead. Source:
 * https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#cron-job-limitations.
 */
@RuleInfo(id = "cron-missed-schedule", severity = Severity.WARNING,
    summary = "A CronJob will miss, skip, overlap or kill scheduled runs",
    rationale = "The CronJob controller checks every 10 seconds, so a startingDeadlineSeconds under 10 may skip "
        + "runs; a run that lasts longer than the schedule's interval overlaps the next one (concurrencyPolicy "
        + "Allow), makes it skip (Forbid) or is killed by it (Replace); and when more than 100 scheduled times "
        + "pass unmet, the controller warns (TooManyMissedTimes) and starts only the most recent one.",
    docs = "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#job-creation",
    kinds = "batch/CronJob",
    sets = {RuleSet.RECOMMENDED, RuleSet.RELIABILITY})
public final class CronMissedSchedule implements PodTemplateMatcher {

  private static final JsonPointer DEADLINE = JsonPointer.compile("/spec/startingDeadlineSeconds");
  private static final List<Verdict.Kind> SIMULATED = List.of(Verdict.Kind.RUNS_OVERLAP, Verdict.Kind.RUNS_SKIPPED,
      Verdict.Kind.RUNS_REPLACED, Verdict.Kind.TOO_MANY_MISSED);

  @Override
  public void matchPodTemplate(PodTemplate pod, RuleContext ctx) {
    JsonNode spec = pod.owner().json().path("spec");
    JsonNode deadline = spec.path("startingDeadlineSeconds");
    if (deadline.isIntegralNumber() && deadline.asLong() >= 0 && deadline.asLong() < 10) {
      ctx.report(DEADLINE).atValue()
          .message("startingDeadlineSeconds is %d, but the CronJob controller checks only every 10 seconds, so "
              + "runs it notices late are skipped", deadline.asLong())
          .help("set startingDeadlineSeconds to 10 or more, or leave it out to start late runs whenever they are "
              + "noticed")
          .emit();
    }
    LintSimulation sim = LintSimulation.of(pod, ctx);
    JsonPointer at = spec.has("concurrencyPolicy") ? JsonPointer.compile("/spec/concurrencyPolicy")
        : JsonPointer.compile("/spec/schedule");
    for (Verdict.Kind kind : SIMULATED) {
      for (Verdict v : sim.verdicts(kind)) {
        if (v.cause() == null) {
          continue;
        }
        ctx.report(at)
            .message("%s (%s): %s", v.message(), v.details().isEmpty() ? "in the first scheduled runs"
                : v.details(), v.cause().text())
            .help(v.cause().fix())
            .emit();
      }
    }
  }
}
