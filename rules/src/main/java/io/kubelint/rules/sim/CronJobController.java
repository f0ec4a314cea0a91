package io.kubelint.rules.sim;

import io.kubelint.rules.cron.CronSchedule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The CronJob controller (https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/): it creates a Job
 * for the most recent scheduled time it has not yet met, in the CronJob's {@code spec.timeZone} (UTC when unset:
 * the controller manager's zone is not in the manifest). The controller checks every 10 seconds; the simulation
 * takes the worst case the documentation warns of, where a scheduled time is noticed at the first check after it,
 * 10 s late, so a {@code startingDeadlineSeconds} under 10 misses every run. The controller looks back only
 * {@code startingDeadlineSeconds} (when set), so a scheduled time it has not met by then is skipped (recorded here as
 * a {@code MissSchedule} event); with more than 100 unmet scheduled times
 * (counted from the last scheduled time, or over the last {@code startingDeadlineSeconds} when set) the controller
 * starts nothing ({@code TooManyMissedTimes}). {@code concurrencyPolicy} decides what happens while a Job is still
 * running: {@code Allow} (default) starts another, {@code Forbid} skips the run (and starts it when the Job ends, if
 * the deadline still allows), {@code Replace} deletes the running Job and starts a new one. A finished Job is seen
 * at the next check. The CronJob is created at the start of the simulation, 60 s before its first scheduled time
 * after 2025-01-01T00:00 in its zone; a suspended CronJob starts nothing.
 */
final class CronJobController implements Controller {

  /** How often the controller checks, in milliseconds. */
  static final long CHECK_MILLIS = 10_000;
  private static final int MAX_MISSED = 100;

  /** What became of a scheduled time. */
  private enum Fate { STARTED, BLOCKED, SKIPPED, MISSED, TOO_LATE }

  private final PodFactory pods;
  private final Names names;
  private final String name;
  private final JsonNode spec;
  private final CronSchedule schedule;
  private final ZonedDateTime created;
  private final String policy;
  private final Long deadlineSeconds;
  private final List<JobController> jobs = new ArrayList<>();
  private final List<JobController> active = new ArrayList<>();
  private final Map<ZonedDateTime, Fate> fates = new LinkedHashMap<>();
  private ZonedDateTime lastSchedule;
  private ZonedDateTime lateUntil;
  private int overlaps;
  private int replaced;
  private int tooMany;
  private long firstProblemAt = -1;

  CronJobController(PodFactory pods, Names names, String name, JsonNode spec, CronSchedule schedule, ZoneId zone) {
    this.pods = pods;
    this.names = names;
    this.name = name;
    this.spec = spec;
    this.schedule = schedule;
    this.created = creation(schedule, zone);
    this.policy = spec.path("concurrencyPolicy").asString("Allow");
    this.deadlineSeconds = spec.path("startingDeadlineSeconds").isIntegralNumber()
        ? Durations.millis(spec.path("startingDeadlineSeconds").asLong()) / 1000 : null;
  }

  /** When the simulated CronJob is created: 60 s before its first scheduled time after 2025-01-01T00:00. */
  static ZonedDateTime creation(CronSchedule schedule, ZoneId zone) {
    ZonedDateTime reference = LocalDate.of(2025, 1, 1).atStartOfDay(zone);
    return schedule.next(reference.minusSeconds(1)).orElse(reference).minusSeconds(60);
  }

  @Override
  public void start() {
    if (!spec.path("suspend").asBoolean(false)) {
      pods.ctx().queue().at(CHECK_MILLIS, this::check);
    }
  }

  private void check() {
    pods.ctx().queue().after(CHECK_MILLIS, this::check);
    long ms = pods.ctx().queue().now();
    ZonedDateTime now = created.plusNanos(ms * 1_000_000);
    for (JobController job : List.copyOf(active)) {
      if (job.ended()) {
        active.remove(job);
        pods.ctx().events().normal("SawCompletedJob", object(), "cronjob-controller", "Saw completed job: "
            + job.name() + ", status: " + job.status());
      }
    }
    ZonedDateTime earliest = lastSchedule != null ? lastSchedule : created;
    if (deadlineSeconds != null) {
      ZonedDateTime cutoff = now.minusSeconds(deadlineSeconds);
      markTooLate(lateUntil != null && lateUntil.isAfter(earliest) ? lateUntil : earliest, cutoff, ms);
      if (lateUntil == null || cutoff.isAfter(lateUntil)) {
        lateUntil = cutoff;
      }
      if (cutoff.isAfter(earliest)) {
        earliest = cutoff.minusNanos(1);
      }
    }
    List<ZonedDateTime> unmet = new ArrayList<>();
    ZonedDateTime t = earliest;
    while (unmet.size() <= MAX_MISSED) {
      Optional<ZonedDateTime> next = schedule.next(t);
      if (next.isEmpty() || !next.get().isBefore(now)) {
        break;
      }
      unmet.add(next.get());
      t = next.get();
    }
    if (unmet.isEmpty()) {
      return;
    }
    if (unmet.size() > MAX_MISSED) {
      tooMany++;
      problem(ms);
      pods.ctx().events().warning("TooManyMissedTimes", object(), "cronjob-controller", "Cannot determine if job "
          + "needs to be started. Too many missed start time (> 100). Set or decrease .spec.startingDeadlineSeconds "
          + "or check clock skew.");
      return;
    }
    ZonedDateTime scheduled = unmet.get(unmet.size() - 1);
    for (ZonedDateTime older : unmet.subList(0, unmet.size() - 1)) {
      Fate fate = fates.get(older);
      if (fate != Fate.STARTED && fate != Fate.TOO_LATE) {
        fates.put(older, fate == Fate.BLOCKED ? Fate.SKIPPED : Fate.MISSED);
      }
    }
    if (!active.isEmpty()) {
      switch (policy) {
        case "Forbid" -> {
          fates.put(scheduled, Fate.BLOCKED);
          pods.ctx().events().normal("JobAlreadyActive", object(), "cronjob-controller",
              "Not starting job because prior execution is running and concurrency policy is Forbid");
          return;
        }
        case "Replace" -> {
          for (JobController job : active) {
            replaced++;
            problem(ms);
            pods.ctx().events().normal("SuccessfulDelete", object(), "cronjob-controller", "Deleted job "
                + job.name());
            job.delete();
          }
          active.clear();
        }
        default -> {
          overlaps++;
          problem(ms);
        }
      }
    }
    String jobName = name + "-" + scheduled.toEpochSecond() / 60;
    pods.ctx().events().normal("SuccessfulCreate", object(), "cronjob-controller", "Created job " + jobName);
    JobController job = new JobController(pods, names, jobName, spec.path("jobTemplate").path("spec"));
    jobs.add(job);
    active.add(job);
    lastSchedule = scheduled;
    fates.put(scheduled, Fate.STARTED);
    job.start();
  }

  /**
   * Marks the scheduled times in {@code (from, cutoff)} as missed for the deadline (a time plus
   * {@code startingDeadlineSeconds} before now): the controller no longer considers them, since it looks back only
   * that far. A {@code MissSchedule} event records each.
   */
  private void markTooLate(ZonedDateTime from, ZonedDateTime cutoff, long ms) {
    ZonedDateTime t = from;
    for (int i = 0; i < 1000; i++) {
      Optional<ZonedDateTime> next = schedule.next(t);
      if (next.isEmpty() || !next.get().isBefore(cutoff)) {
        return;
      }
      t = next.get();
      Fate fate = fates.get(t);
      if (fate == null || fate == Fate.BLOCKED) {
        fates.put(t, fate == Fate.BLOCKED ? Fate.SKIPPED : Fate.TOO_LATE);
        problem(ms);
        pods.ctx().events().warning("MissSchedule", object(), "cronjob-controller",
            "Missed scheduled time to start a job: " + t.format(DateTimeFormatter.RFC_1123_DATE_TIME));
      }
    }
  }

  private void problem(long ms) {
    if (firstProblemAt < 0) {
      firstProblemAt = ms;
    }
  }

  private String object() {
    return "cronjob/" + name;
  }

  @Override
  public List<Verdict> verdicts() {
    List<Verdict> out = new ArrayList<>();
    String subject = object();
    long skipped = fates.values().stream().filter(f -> f == Fate.SKIPPED).count();
    long tooLate = fates.values().stream().filter(f -> f == Fate.TOO_LATE).count();
    long started = fates.values().stream().filter(f -> f == Fate.STARTED).count();
    Cause runLength = runLength();
    if (tooLate > 0) {
      out.add(new Verdict(Verdict.Kind.RUNS_TOO_LATE, subject, plural(tooLate, "scheduled run") + " missed "
          + "startingDeadlineSeconds and did not start", "startingDeadlineSeconds " + deadlineSeconds, deadlineCause(),
          firstProblemAt, (int) tooLate));
    }
    if (tooMany > 0) {
      out.add(new Verdict(Verdict.Kind.TOO_MANY_MISSED, subject, "the controller counts more than 100 missed "
          + "scheduled times and stops starting Jobs", "", runLength, firstProblemAt, tooMany));
    }
    if (runLength != null && overlaps > 0) {
      out.add(new Verdict(Verdict.Kind.RUNS_OVERLAP, subject, overlaps + " of " + plural(started, "run")
          + " start while an earlier run is still running", "concurrencyPolicy Allow", fix(runLength, "or set concurrencyPolicy: "
          + "Forbid if runs must not overlap"), firstProblemAt, overlaps));
    }
    if (runLength != null && skipped > 0) {
      out.add(new Verdict(Verdict.Kind.RUNS_SKIPPED, subject, plural(skipped, "scheduled run") + " never start "
          + "because an earlier run is still running", "concurrencyPolicy Forbid, " + started + " started", fix(runLength, "or schedule less often"), firstProblemAt, (int) skipped));
    }
    if (runLength != null && replaced > 0) {
      out.add(new Verdict(Verdict.Kind.RUNS_REPLACED, subject, replaced + " of " + plural(started, "run")
          + " are killed before they finish, to start the next one", "concurrencyPolicy Replace", fix(runLength, "or schedule less often"), firstProblemAt, replaced));
    }
    for (JobController job : jobs) {
      if ("Failed".equals(job.status())) {
        out.add(JobWorkload.verdict(job, pods));
        break;
      }
    }
    return out;
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static Cause fix(Cause runLength, String more) {
    return new Cause(runLength.strength(), runLength.text(), "make each run shorter than the time between "
        + "scheduled runs, " + more, runLength.at());
  }

  /**
   * How long a run takes, from its containers' exit evidence, or {@code null} when nothing shows it or when runs
   * fail (their length is then that of the retries, which {@code job-failure} and {@code restart-loop} report).
   */
  private Cause runLength() {
    for (JobController job : jobs) {
      for (PodSim pod : job.pods()) {
        for (ContainerSim c : pod.allContainers()) {
          if (c.terminations().stream().anyMatch(t -> t.exitCode() != 0 && t.kind() != Termination.Kind.STOPPED)) {
            return null;
          }
        }
      }
    }
    for (JobController job : jobs) {
      for (PodSim pod : job.pods()) {
        for (ContainerSim c : pod.apps()) {
          Evidence exit = c.behaviour().process().exit();
          if (exit != null) {
            return new Cause(exit.strength(), "each run takes " + Durations.exact(exit.millis()) + ": " + exit.text(),
                "", exit.at());
          }
        }
      }
    }
    return null;
  }

  private Cause deadlineCause() {
    return new Cause(Evidence.Strength.STATIC, "startingDeadlineSeconds is " + deadlineSeconds + " s, and the "
        + "CronJob controller checks only every 10 s", "set startingDeadlineSeconds to 10 or more (or leave it unset)",
        tools.jackson.core.JsonPointer.compile("/spec/startingDeadlineSeconds"));
  }

  /** When the simulation starts, as a wall-clock time in the CronJob's zone. */
  ZonedDateTime created() {
    return created;
  }
}
