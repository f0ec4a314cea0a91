package io.kubelint.rules.sim;

import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.FindingBuilder;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.rules.cron.CronParseException;
import io.kubelint.rules.cron.CronSchedule;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The simulation the lint rules share: run at most once per object (the first rule that asks runs it, the others
 * read it through {@link RuleContext#shared}), and only when some container's behaviour rests on evidence, since
 * otherwise nothing is predicted from timing. The window is 15 minutes, longer where a rule needs to see further: up
 * to a Deployment's {@code progressDeadlineSeconds} or a Job's {@code activeDeadlineSeconds} (plus 10 s), and for a
 * CronJob over its first three scheduled runs and the longest run; never more than a day.
 *
 * @param plan the evidence gathered for the pod template
 * @param result the simulation, empty when there was no evidence to simulate
 */
public record LintSimulation(WorkloadSimulator.Plan plan, Optional<SimResult> result) {

  private static final long MAX_WINDOW_MILLIS = 24 * 3_600_000L;

  /** The shared simulation of the pod template being linted. */
  public static LintSimulation of(PodTemplate pod, RuleContext ctx) {
    return ctx.shared(LintSimulation.class, () -> run(pod));
  }

  /** Plans and (when there is evidence) runs the simulation of a pod template. */
  public static LintSimulation run(PodTemplate pod) {
    WorkloadSimulator.Plan plan = WorkloadSimulator.plan(pod, Hints.NONE);
    if (!plan.hasEvidence()) {
      return new LintSimulation(plan, Optional.empty());
    }
    SimSettings settings = SimSettings.DEFAULT.withWindow(window(plan));
    return new LintSimulation(plan, Optional.of(WorkloadSimulator.simulate(plan, settings)));
  }

  /**
   * Reports a verdict as a finding at the field its cause names, "MESSAGE: CAUSE (DETAILS)", with the fix as help.
   * Verdicts without a cause (nothing but the assumption behind them) or whose cause is a command-line hint are not
   * reported.
   *
   * @param byEvidence whether the severity follows the evidence (error for static evidence, warning for a hint)
   *     instead of being the rule's own
   */
  public static void report(RuleContext ctx, Verdict v, boolean byEvidence) {
    if (v.cause() == null || v.cause().at() == null) {
      return;
    }
    FindingBuilder finding = ctx.report(v.cause().at())
        .message("%s: %s (%s)", v.message(), v.cause().text(), v.details())
        .help(v.cause().fix());
    if (byEvidence) {
      finding.severity(v.cause().strength() == Evidence.Strength.STATIC ? Severity.ERROR : Severity.WARNING);
    }
    finding.emit();
  }

  /** The verdicts of a kind (none when nothing was simulated). */
  public List<Verdict> verdicts(Verdict.Kind kind) {
    return result.map(r -> r.verdicts(kind)).orElse(List.of());
  }

  private static long window(WorkloadSimulator.Plan plan) {
    long window = SimSettings.LINT_WINDOW_MILLIS;
    PodTemplate pod = plan.pod();
    JsonNode spec = pod.controllerSpec();
    switch (pod.workload()) {
      case DEPLOYMENT -> window = Math.max(window,
          Durations.millis(spec.path("progressDeadlineSeconds").asLong(600)) + 10_000);
      case JOB -> window = Math.max(window, Durations.millis(spec.path("activeDeadlineSeconds").asLong(0)) + 10_000);
      case CRON_JOB -> window = Math.max(window, cronWindow(pod.owner().json().path("spec"), plan));
      default -> {
      }
    }
    return Math.min(window, MAX_WINDOW_MILLIS);
  }

  /** From the CronJob's creation to its third scheduled run, plus the longest run and a minute. */
  private static long cronWindow(JsonNode spec, WorkloadSimulator.Plan plan) {
    try {
      CronSchedule schedule = CronSchedule.parse(spec.path("schedule").asString(""));
      ZoneId zone = spec.path("timeZone").isString() ? ZoneId.of(spec.path("timeZone").asString()) : ZoneOffset.UTC;
      ZonedDateTime created = CronJobController.creation(schedule, zone);
      ZonedDateTime t = created;
      for (int i = 0; i < 3; i++) {
        t = schedule.next(t).orElse(t);
      }
      long longest = plan.behaviours().values().stream().map(b -> b.process().exitMillis())
          .filter(m -> m != null).mapToLong(Long::longValue).max().orElse(0);
      return java.time.Duration.between(created, t).toMillis() + longest + 60_000;
    } catch (CronParseException | DateTimeException | ArithmeticException e) {
      return 0;
    }
  }
}
