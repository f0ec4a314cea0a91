package io.kubelint.rules.sim;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The CronJob controller (https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/) as the current one
 * behaves ({@code cronjob_controllerv2.go} and {@code utils.go} in
 * https://github.com/kubernetes/kubernetes/tree/master/pkg/controller/cronjob): it syncs a CronJob at each scheduled
 * time, for which it requeues itself (the 100 ms it adds against clock skew is left out, so runs start on time), and
 * whenever one of its Jobs changes (here: ends). A sync looks for the most recent scheduled time after the last one
 * it started (or the CronJob's creation), and no further back than {@code startingDeadlineSeconds} when that is set;
 * older unmet times are never started. That time is then started, in the CronJob's {@code spec.timeZone}
 * ({@link CronSpec}), unless it is too late or {@code concurrencyPolicy} says otherwise: {@code Allow} (default)
 * starts it beside running Jobs, {@code Forbid} does not while a Job runs ({@code JobAlreadyActive}; the time is
 * started when that Job ends, if it is still the most recent and the deadline allows, else it is skipped),
 * {@code Replace} deletes the running Jobs first.
 *
 * <p>Too late: the documentation warns that the controller checks every 10 seconds, so that a
 * {@code startingDeadlineSeconds} under 10 may miss runs. The simulator takes that worst case for the deadline
 * check only: a time is too late ({@code MissSchedule}) when it plus {@code startingDeadlineSeconds} is less than
 * 10 s after the sync.
 *
 * <p>More than 100 missed times: kubernetes.io
 * (https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#cron-job-limitations) still says that the
 * controller then does not start the Job. The current controller ({@code mostRecentScheduleTime} and
 * {@code nextScheduleTime} in {@code utils.go}) instead counts the unmet times roughly (the time since the first
 * unmet one divided by the interval between the first two, plus one), records a {@code TooManyMissedTimes}
 * warning event when there are more than 100, and goes on to start the most recent time. The simulator follows the
 * controller.
 *
 * <p>The CronJob is created at the start of the simulation, 60 s before its first scheduled time after
 * 2025-01-01T00:00 in its zone; a suspended CronJob starts nothing.
 */
final class CronJobController implements Controller {

  /** The worst-case lateness of the controller's checks, for the deadline check only, in milliseconds. */
  static final long LATE_MILLIS = 10_000;
  private static final int MAX_MISSED = 100;
  private static final DateTimeFormatter RFC1123Z = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
      Locale.ENGLISH);

  private final PodFactory pods;
  private final Names names;
  private final String name;
  private final JsonNode spec;
  private final CronSpec cron;
  private final ZonedDateTime created;
  private final String policy;
  private final Long deadlineSeconds;
  private final List<JobController> jobs = new ArrayList<>();
  private final List<JobController> active = new ArrayList<>();
  private ZonedDateTime lastSchedule;
  private ZonedDateTime blocked;
  private ZonedDateTime lastTooLate;
  private EventQueue.Timer nextSync;
  private final CronTally tally = new CronTally();

  CronJobController(PodFactory pods, Names names, String name, JsonNode spec, CronSpec cron) {
    this.pods = pods;
    this.names = names;
    this.name = name;
    this.spec = spec;
    this.cron = cron;
    this.created = cron.creation();
    this.policy = spec.path("concurrencyPolicy").asString("Allow");
    this.deadlineSeconds = spec.path("startingDeadlineSeconds").isIntegralNumber()
        ? Durations.millis(spec.path("startingDeadlineSeconds").asLong()) / 1000 : null;
  }

  @Override
  public void start() {
    if (!suspended()) {
      requeue();
    }
  }

  private boolean suspended() {
    return spec.path("suspend").asBoolean(false);
  }

  /** Syncs again at the next scheduled time after now. */
  private void requeue() {
    if (nextSync != null) {
      nextSync.cancel();
    }
    cron.next(wallClock()).ifPresent(t -> nextSync = pods.ctx().queue().at(Duration.between(created, t).toMillis(),
        this::sync));
  }

  private ZonedDateTime wallClock() {
    return created.plusNanos(pods.ctx().queue().now() * 1_000_000L);
  }

  private void sync() {
    long ms = pods.ctx().queue().now();
    ZonedDateTime now = wallClock();
    for (JobController job : List.copyOf(active)) {
      if (job.ended()) {
        active.remove(job);
        pods.ctx().events().normal("SawCompletedJob", object(), "cronjob-controller", "Saw completed job: "
            + job.name() + ", status: " + job.status());
      }
    }
    ZonedDateTime earliest = lastSchedule != null ? lastSchedule : created;
    if (deadlineSeconds != null && now.minusSeconds(deadlineSeconds).isAfter(earliest)) {
      earliest = now.minusSeconds(deadlineSeconds);
    }
    CronTally.Unmet unmet = CronTally.unmet(cron, earliest, now);
    if (unmet.count() > MAX_MISSED) {
      tally.add(Verdict.Kind.TOO_MANY_MISSED, ms);
      pods.ctx().events().warning("TooManyMissedTimes", object(), "cronjob-controller", "too many missed start "
          + "times. Set or decrease .spec.startingDeadlineSeconds or check clock skew");
    }
    ZonedDateTime scheduled = unmet.mostRecent();
    if (scheduled == null || scheduled.equals(lastSchedule)) {
      requeue();
      return;
    }
    if (deadlineSeconds != null
        && scheduled.plusSeconds(deadlineSeconds).isBefore(now.plusNanos(LATE_MILLIS * 1_000_000L))) {
      if (!scheduled.equals(lastTooLate)) {
        lastTooLate = scheduled;
        if (scheduled.equals(blocked)) {
          blocked = null;
          tally.add(Verdict.Kind.RUNS_SKIPPED, ms);
        } else {
          tally.add(Verdict.Kind.RUNS_TOO_LATE, ms);
        }
        pods.ctx().events().warning("MissSchedule", object(), "cronjob-controller", "Missed scheduled time to "
            + "start a job: " + scheduled.withZoneSameInstant(ZoneOffset.UTC).format(RFC1123Z));
      }
      requeue();
      return;
    }
    if (!active.isEmpty() && policy.equals("Forbid")) {
      if (blocked != null && !blocked.equals(scheduled)) {
        tally.add(Verdict.Kind.RUNS_SKIPPED, ms);
      }
      blocked = scheduled;
      pods.ctx().events().normal("JobAlreadyActive", object(), "cronjob-controller",
          "Not starting job because prior execution is running and concurrency policy is Forbid");
      requeue();
      return;
    }
    if (blocked != null && blocked.isBefore(scheduled)) {
      tally.add(Verdict.Kind.RUNS_SKIPPED, ms);
    }
    blocked = null;
    if (!active.isEmpty() && policy.equals("Replace")) {
      for (JobController job : active) {
        tally.add(Verdict.Kind.RUNS_REPLACED, ms);
        pods.ctx().events().normal("SuccessfulDelete", object(), "cronjob-controller", "Deleted job " + job.name());
        job.delete();
      }
      active.clear();
    } else if (!active.isEmpty()) {
      tally.add(Verdict.Kind.RUNS_OVERLAP, ms);
    }
    String jobName = name + "-" + scheduled.toEpochSecond() / 60;
    pods.ctx().events().normal("SuccessfulCreate", object(), "cronjob-controller", "Created job " + jobName);
    JobController job = new JobController(pods, names, jobName, pods.template().controllerSpec());
    job.whenEnded(() -> pods.ctx().queue().after(0, this::sync));
    jobs.add(job);
    active.add(job);
    lastSchedule = scheduled;
    tally.started();
    job.start();
    requeue();
  }

  private String object() {
    return "cronjob/" + name;
  }

  /** Suspended, or its first Job has ended and that Job's pods have stopped. */
  @Override
  public boolean settled() {
    return suspended() || !jobs.isEmpty() && jobs.get(0).settled();
  }

  @Override
  public List<Verdict> verdicts() {
    List<Verdict> out = new ArrayList<>(tally.verdicts(object(), policy, deadlineSeconds, CronTally.runLength(jobs),
        CronTally.expectedRun(pods), cron.shortestIntervalMillis(), pods.ctx().queue().now()));
    for (JobController job : jobs) {
      if ("Failed".equals(job.status())) {
        out.add(JobWorkload.verdict(job, pods));
        break;
      }
    }
    return out;
  }

  /** When the simulation starts, as a wall-clock time in the CronJob's zone. */
  ZonedDateTime created() {
    return created;
  }
}
