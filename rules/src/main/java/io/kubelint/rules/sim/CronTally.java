package io.kubelint.rules.sim;

import io.kubelint.core.k8s.Container;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What became of a CronJob's scheduled times in a simulation (started, overlapping, skipped, replaced, too late,
 * counted as more than 100 missed), and the verdicts on them. When the simulated time is too short to see a second
 * run, the length of a run (from the evidence) is compared with the schedule's shortest interval directly.
 */
final class CronTally {

  /**
   * The unmet scheduled times at a sync.
   *
   * @param mostRecent the most recent one, or {@code null} when there is none
   * @param count how many there are, as the controller counts them (roughly, from the interval between the first
   *     two)
   */
  record Unmet(ZonedDateTime mostRecent, long count) {
  }

  /**
   * How long a run takes by the evidence.
   *
   * @param millis the time, in milliseconds
   * @param cause the evidence for it, as a cause without a fix
   */
  record Run(long millis, Cause cause) {
  }

  private final Map<Verdict.Kind, Integer> counts = new EnumMap<>(Verdict.Kind.class);
  private final Map<Verdict.Kind, Long> first = new EnumMap<>(Verdict.Kind.class);
  private int started;

  void started() {
    started++;
  }

  /**
   * Counts a problem with the scheduled times: a run that overlaps ({@link Verdict.Kind#RUNS_OVERLAP}), one killed
   * to start the next ({@code RUNS_REPLACED}), a time skipped ({@code RUNS_SKIPPED}) or missed for the deadline
   * ({@code RUNS_TOO_LATE}), a sync that counts more than 100 unmet times ({@code TOO_MANY_MISSED}).
   */
  void add(Verdict.Kind kind, long ms) {
    counts.merge(kind, 1, Integer::sum);
    first.putIfAbsent(kind, ms);
  }

  private int count(Verdict.Kind kind) {
    return counts.getOrDefault(kind, 0);
  }

  /** When the first of a kind of problem happened, in milliseconds, or -1. */
  private long firstAt(Verdict.Kind kind) {
    return first.getOrDefault(kind, -1L);
  }

  /**
   * The scheduled times in {@code (earliest, now]}: the most recent one, and their number as the controller
   * estimates it: the whole seconds from the first to {@code now} divided by the seconds between the first two,
   * plus one.
   */
  static Unmet unmet(CronSpec cron, ZonedDateTime earliest, ZonedDateTime now) {
    ZonedDateTime t1 = cron.next(earliest).orElse(null);
    if (t1 == null || t1.isAfter(now)) {
      return new Unmet(null, 0);
    }
    ZonedDateTime t2 = cron.next(t1).orElse(null);
    if (t2 == null || t2.isAfter(now)) {
      return new Unmet(t1, 1);
    }
    long interval = Math.max(1, Math.round(Duration.between(t1, t2).toMillis() / 1000.0));
    long count = Duration.between(t1, now).getSeconds() / interval + 1;
    ZonedDateTime mostRecent = lastUpTo(cron, t1.plusSeconds((count - 2) * interval), now);
    return new Unmet(mostRecent != null ? mostRecent : lastUpTo(cron, t1, now), count);
  }

  /** The last scheduled time in {@code (from, now]}, or {@code null}. */
  private static ZonedDateTime lastUpTo(CronSpec cron, ZonedDateTime from, ZonedDateTime now) {
    ZonedDateTime last = null;
    for (ZonedDateTime t = cron.next(from).orElse(null); t != null && !t.isAfter(now); t = cron.next(t)
        .orElse(null)) {
      last = t;
    }
    return last;
  }

  /**
   * How long a simulated run took, from its containers' exit evidence, or {@code null} when nothing shows it or when
   * runs fail (their length is then that of the retries, which {@code job-failure} and {@code restart-loop}
   * report).
   */
  static Cause runLength(List<JobController> jobs) {
    List<PodSim> runs = jobs.stream().flatMap(job -> job.pods().stream()).toList();
    if (runs.stream().flatMap(pod -> pod.allContainers().stream())
        .anyMatch(c -> c.terminations().stream().anyMatch(Termination::failed))) {
      return null;
    }
    return runs.stream().flatMap(pod -> pod.apps().stream()).map(c -> c.behaviour().process().exit())
        .filter(Objects::nonNull).findFirst()
        .map(exit -> new Cause(exit.strength(), "each run takes " + Durations.exact(exit.millis()) + ": "
            + exit.text(), "", exit.at()))
        .orElse(null);
  }

  /**
   * How long a run takes by the evidence of the pod template alone: every app container exits with code 0 after a
   * known time, the init containers complete; the pod takes the init containers' times plus the longest app
   * container's, and the Job as many pod runs as it has waves of {@code parallelism} pods. {@code null} when
   * something is unknown or a container fails.
   */
  static Run expectedRun(PodFactory pods) {
    long inits = 0;
    long longest = -1;
    Evidence longestEvidence = null;
    for (Container c : pods.template().containers()) {
      ProcessBehaviour p = c.type() == Container.Type.EPHEMERAL ? null : pods.behaviour(c).process();
      if (c.type() == Container.Type.INIT && !c.isSidecar()) {
        if (p.exitMillis() == null || p.exitCode() != 0) {
          return null;
        }
        inits += p.exitMillis();
      } else if (c.type() == Container.Type.APP) {
        if (p.exit() == null || p.exitCode() != 0) {
          return null;
        }
        if (p.exitMillis() > longest) {
          longest = p.exitMillis();
          longestEvidence = p.exit();
        }
      }
    }
    if (longestEvidence == null) {
      return null;
    }
    long millis = JobController.expectedMillis(pods.template().controllerSpec(), inits + longest);
    return new Run(millis, new Cause(longestEvidence.strength(), "each run takes " + Durations.exact(millis) + ": "
        + longestEvidence.text(), "", longestEvidence.at()));
  }

  /**
   * The verdicts.
   *
   * @param runLength how long the simulated runs took, or {@code null}
   * @param expected how long a run takes by the evidence, or {@code null}
   * @param shortestMillis the schedule's shortest interval, or -1
   * @param endMillis how long was simulated
   */
  List<Verdict> verdicts(String subject, String policy, Long deadlineSeconds, Cause runLength, Run expected,
                         long shortestMillis, long endMillis) {
    List<Verdict> out = new ArrayList<>();
    int tooLate = count(Verdict.Kind.RUNS_TOO_LATE);
    int tooMany = count(Verdict.Kind.TOO_MANY_MISSED);
    int overlaps = count(Verdict.Kind.RUNS_OVERLAP);
    int skipped = count(Verdict.Kind.RUNS_SKIPPED);
    int replaced = count(Verdict.Kind.RUNS_REPLACED);
    if (tooLate > 0) {
      out.add(new Verdict(Verdict.Kind.RUNS_TOO_LATE, subject, plural(tooLate, "scheduled run") + " missed "
          + "startingDeadlineSeconds and did not start", "startingDeadlineSeconds " + deadlineSeconds,
          deadlineCause(deadlineSeconds), firstAt(Verdict.Kind.RUNS_TOO_LATE), tooLate));
    }
    Cause cause = runLength != null ? runLength : expected != null ? expected.cause() : null;
    if (tooMany > 0) {
      String interval = shortestMillis > 0 ? ", such as " + Math.max(10, shortestMillis / 1000) : "";
      out.add(new Verdict(Verdict.Kind.TOO_MANY_MISSED, subject, "more than 100 scheduled times pass unmet while a "
          + "run is still running: the CronJob controller records TooManyMissedTimes warnings and starts only the "
          + "most recent time", "first at " + Durations.exact(firstAt(Verdict.Kind.TOO_MANY_MISSED)) + ", at "
          + plural(tooMany, "sync"),
          cause == null ? null : fix(cause, "or set startingDeadlineSeconds (below 100 intervals" + interval + ") so "
              + "that the controller looks back only that far"), firstAt(Verdict.Kind.TOO_MANY_MISSED), tooMany));
    }
    if (runLength != null && overlaps > 0) {
      out.add(new Verdict(Verdict.Kind.RUNS_OVERLAP, subject, overlaps + " of " + plural(started, "run") + " "
          + verb(overlaps, "starts", "start") + " while an earlier run is still running", "concurrencyPolicy Allow",
          fix(runLength, "or set concurrencyPolicy: Forbid if runs must not overlap"),
          firstAt(Verdict.Kind.RUNS_OVERLAP), overlaps));
    }
    if (runLength != null && skipped > 0) {
      out.add(new Verdict(Verdict.Kind.RUNS_SKIPPED, subject, plural(skipped, "scheduled run") + " never "
          + verb(skipped, "starts", "start") + " because an earlier run is still running", "concurrencyPolicy "
          + "Forbid, " + started + " started", fix(runLength, "or schedule less often"),
          firstAt(Verdict.Kind.RUNS_SKIPPED), skipped));
    }
    if (runLength != null && replaced > 0) {
      out.add(new Verdict(Verdict.Kind.RUNS_REPLACED, subject, replaced + " of " + plural(started, "run") + " "
          + verb(replaced, "is", "are") + " killed before " + verb(replaced, "it finishes", "they finish")
          + ", to start the next one", "concurrencyPolicy Replace", fix(runLength, "or schedule less often"),
          firstAt(Verdict.Kind.RUNS_REPLACED), replaced));
    }
    boolean seen = out.stream().anyMatch(v -> v.kind() == Verdict.Kind.RUNS_OVERLAP
        || v.kind() == Verdict.Kind.RUNS_SKIPPED || v.kind() == Verdict.Kind.RUNS_REPLACED);
    if (!seen && expected != null && shortestMillis > 0 && expected.millis() > shortestMillis) {
      out.add(longerThanInterval(subject, policy, expected, shortestMillis, endMillis));
    }
    return out;
  }

  /** The verdict of runs longer than the schedule's shortest interval, seen from the evidence, not simulated. */
  private static Verdict longerThanInterval(String subject, String policy, Run expected, long shortestMillis,
                                            long endMillis) {
    String details = "the schedule's shortest interval is " + Durations.exact(shortestMillis) + "; not reached in "
        + "the simulated " + Durations.exact(endMillis);
    return switch (policy) {
      case "Forbid" -> new Verdict(Verdict.Kind.RUNS_SKIPPED, subject, "scheduled runs will be skipped because an "
          + "earlier run is still running", details, fix(expected.cause(), "or schedule less often"), -1, 0);
      case "Replace" -> new Verdict(Verdict.Kind.RUNS_REPLACED, subject, "runs will be killed before they finish, "
          + "to start the next one", details, fix(expected.cause(), "or schedule less often"), -1, 0);
      default -> new Verdict(Verdict.Kind.RUNS_OVERLAP, subject, "runs will overlap: a run is still running when "
          + "the next one starts", details, fix(expected.cause(), "or set concurrencyPolicy: Forbid if runs must "
          + "not overlap"), -1, 0);
    };
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String verb(long n, String one, String many) {
    return n == 1 ? one : many;
  }

  private static Cause fix(Cause runLength, String more) {
    return new Cause(runLength.strength(), runLength.text(), "make each run shorter than the time between "
        + "scheduled runs, " + more, runLength.at());
  }

  private static Cause deadlineCause(Long deadlineSeconds) {
    return new Cause(Evidence.Strength.STATIC, "startingDeadlineSeconds is " + deadlineSeconds + " s, and the "
        + "CronJob controller may notice a scheduled time up to 10 s late", "set startingDeadlineSeconds to 10 or "
        + "more (or leave it unset)", tools.jackson.core.JsonPointer.compile("/spec/startingDeadlineSeconds"));
  }
}
