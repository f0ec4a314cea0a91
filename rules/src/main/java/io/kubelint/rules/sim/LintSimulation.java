package io.kubelint.rules.sim;

import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.FindingBuilder;
import io.kubelint.core.rule.RuleContext;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The simulation the lint rules share: run at most once per object (the first rule that asks runs it, the others
 * read it through {@link RuleContext#shared}), and only when some container's behaviour rests on evidence, since
 * otherwise nothing is predicted from timing. The evidence it is planned from ({@link #plan}) is shared the same
 * way, so a rule that needs only the evidence does not run the simulation. Its window ({@link #window}) is 15 minutes, longer where a rule needs to
 * see further, never more than a day; its step budget ({@link #MAX_STEPS}) is a fiftieth of
 * {@code kubelint simulate}'s, which without {@code --for} simulates the same window.
 *
 * @param result the simulation, empty when there was no evidence to simulate
 */
public record LintSimulation(Optional<SimResult> result) {

  /** The longest lint window: a day. */
  static final long MAX_WINDOW_MILLIS = 24 * 3_600_000L;

  /**
   * The step budget of a lint simulation. Ordinary workloads need a few hundred steps; a pathological one (probes
   * every second on ten pods for a day) stops early, and the rules then report nothing from it.
   */
  static final long MAX_STEPS = 100_000;

  /**
   * How long the lint rules simulate a workload.
   *
   * @param minMillis at least this long, in milliseconds
   * @param maxMillis at most this long; in between, until the workload settles (a Job ends, a CronJob's first Job
   *     ends)
   * @param description the window in words, for {@code kubelint simulate}
   */
  public record Window(long minMillis, long maxMillis, String description) {
  }

  /** The shared simulation of the pod template being linted. */
  public static LintSimulation of(PodTemplate pod, RuleContext ctx) {
    return ctx.shared(LintSimulation.class, () -> run(plan(pod, ctx)));
  }

  /** The shared evidence of the pod template being linted (annotation hints only), without simulating. */
  public static WorkloadSimulator.Plan plan(PodTemplate pod, RuleContext ctx) {
    return ctx.shared(WorkloadSimulator.Plan.class, () -> WorkloadSimulator.plan(pod, Hints.NONE));
  }

  /** Plans and (when there is evidence) runs the simulation of a pod template. */
  public static LintSimulation run(PodTemplate pod) {
    return run(WorkloadSimulator.plan(pod, Hints.NONE));
  }

  private static LintSimulation run(WorkloadSimulator.Plan plan) {
    if (!plan.hasEvidence()) {
      return new LintSimulation(Optional.empty());
    }
    Window w = window(plan);
    SimSettings settings = SimSettings.DEFAULT.withWindow(w.minMillis(), w.maxMillis()).withMaxActions(MAX_STEPS);
    return new LintSimulation(Optional.of(WorkloadSimulator.simulate(plan, settings)));
  }

  /**
   * Reports each verdict of a kind as a finding at the field its cause names, "MESSAGE: CAUSE (DETAILS)", with the
   * fix as help. Verdicts without a cause (nothing but the assumption behind them) or whose cause is a command-line
   * hint are not reported.
   *
   * @param byEvidence whether the severity follows the evidence (error for static evidence, warning for a hint)
   *     instead of being the rule's own
   */
  public void report(RuleContext ctx, Verdict.Kind kind, boolean byEvidence) {
    for (Verdict v : verdicts(kind)) {
      if (v.cause() == null || v.cause().at() == null) {
        continue;
      }
      FindingBuilder finding = ctx.report(v.cause().at())
          .message("%s: %s (%s)", v.message(), v.cause().text(), v.details())
          .help(v.cause().fix());
      if (byEvidence) {
        finding.severity(v.cause().strength() == Evidence.Strength.STATIC ? Severity.ERROR : Severity.WARNING);
      }
      finding.emit();
    }
  }

  /** The verdicts of a kind (none when nothing was simulated). */
  public List<Verdict> verdicts(Verdict.Kind kind) {
    return result.map(r -> r.verdicts(kind)).orElse(List.of());
  }

  /**
   * The window of a workload: 15 minutes; for a Deployment up to {@code progressDeadlineSeconds} + 10 s when that is
   * longer (to see {@code ProgressDeadlineExceeded}); for a Job until it ends (completes or fails:
   * {@code backoffLimit} exhausted, {@code activeDeadlineSeconds} reached); for a CronJob over its first three
   * scheduled runs and the longest run plus a minute, and on until its first Job ends. Never more than a day (a
   * CronJob run that the window cannot hold is compared with the schedule's interval instead).
   */
  public static Window window(WorkloadSimulator.Plan plan) {
    PodTemplate pod = plan.pod();
    long lint = SimSettings.LINT_WINDOW_MILLIS;
    return switch (pod.workload()) {
      case DEPLOYMENT -> {
        long deadline = DeploymentController.progressDeadlineMillis(pod.controllerSpec());
        long w = Math.min(MAX_WINDOW_MILLIS, Math.max(lint, deadline + 10_000));
        yield new Window(w, w, "15m, or progressDeadlineSeconds + 10s when longer, at most 24h");
      }
      case JOB -> new Window(0, MAX_WINDOW_MILLIS, "until the Job ends, at most 24h");
      case CRON_JOB -> new Window(Math.min(MAX_WINDOW_MILLIS, Math.max(lint, cronWindow(plan))),
          MAX_WINDOW_MILLIS, "the first three scheduled runs and the longest run, and until the first Job ends, "
          + "at most 24h");
      default -> new Window(lint, lint, "15m");
    };
  }

  /** From the CronJob's creation to its third scheduled run, plus the longest run and a minute; 0 when unusable. */
  private static long cronWindow(WorkloadSimulator.Plan plan) {
    CronSpec cron = plan.cron();
    if (!cron.usable()) {
      return 0;
    }
    ZonedDateTime created = cron.creation();
    ZonedDateTime t = created;
    for (int i = 0; i < 3; i++) {
      t = cron.next(t).orElse(t);
    }
    long longest = plan.behaviours().values().stream().map(b -> b.process().exitMillis())
        .filter(m -> m != null).mapToLong(Long::longValue).max().orElse(0);
    long toThird = Duration.between(created, t).toMillis();
    return Math.min(MAX_WINDOW_MILLIS, toThird) + Math.min(MAX_WINDOW_MILLIS, longest) + 60_000;
  }
}
