package io.kubelint.rules.sim;

import java.util.Locale;

/**
 * What a simulation concludes about a workload (one of several).
 *
 * @param kind the conclusion
 * @param subject what it is about: {@code pod/web-0 container app}, {@code job/backup}, {@code deployment/web}
 * @param message what happens, as a clause ("container app restarts in a loop")
 * @param details the times and counts behind it ("first crash at 10s, CrashLoopBackOff from 20s, 7 restarts after
 *     15m"), or empty
 * @param cause why, with its evidence, the fix, and what to change; {@code null} for a healthy outcome
 * @param atMillis when it became so (the end of the first run that crashed or was killed, Job end, deadline), or
 *     -1
 * @param count the number it is about (restarts at the end of the window, failed pods, skipped runs), or 0
 */
public record Verdict(Kind kind, String subject, String message, String details, Cause cause, long atMillis,
                      int count) {

  /** The message followed by its details: {@code container app restarts in a loop (first crash at 10s, …)}. */
  public String sentence() {
    return details.isEmpty() ? message : message + " (" + details + ")";
  }

  /** The conclusions, each marked as a failure or not. */
  public enum Kind {
    /** Everything ran as it should. */
    HEALTHY(false),
    /** A container restarts over and over: CrashLoopBackOff, or a restart every run. */
    RESTART_LOOP(true),
    /** Pods never became Ready. */
    NEVER_READY(true),
    /** A bare pod ended Failed. */
    POD_FAILED(true),
    /** A bare pod ended Succeeded. */
    POD_SUCCEEDED(false),
    /** A Job completed. */
    JOB_COMPLETE(false),
    /** A Job failed: BackoffLimitExceeded or DeadlineExceeded. */
    JOB_FAILED(true),
    /** A Job was still running at the end of the window. */
    JOB_RUNNING(false),
    /** A Deployment's rollout completed. */
    ROLLOUT_COMPLETE(false),
    /** A Deployment exceeded its progress deadline. */
    ROLLOUT_STALLED(true),
    /** A CronJob started runs while earlier runs were still running (Allow). */
    RUNS_OVERLAP(true),
    /** A CronJob skipped scheduled runs because an earlier run was still running (Forbid). */
    RUNS_SKIPPED(true),
    /** A CronJob killed runs to start newer ones (Replace). */
    RUNS_REPLACED(true),
    /** A CronJob missed runs by more than startingDeadlineSeconds. */
    RUNS_TOO_LATE(true),
    /** The CronJob controller gave up: more than 100 missed schedules. */
    TOO_MANY_MISSED(true),
    /** The workload was not simulated: the API server would reject it, or its schedule cannot be read. */
    NOT_SIMULATED(false),
    /** The simulation was stopped early (too many steps); what it shows is partial. */
    INCOMPLETE(false);

    private final boolean failure;

    Kind(boolean failure) {
      this.failure = failure;
    }

    /** Whether this conclusion is a problem (it makes {@code kubelint simulate} exit with 1). */
    public boolean failure() {
      return failure;
    }

    /** How reports name it: {@code restart loop}, {@code job failed}, … */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }
}
