package io.kubelint.rules.sim;

import io.kubelint.core.k8s.Probe;

/**
 * How one run of a container ended.
 *
 * @param atMillis when it ended, since the objects were applied
 * @param killedAtMillis when the kubelet began to stop it (the {@code Killing} event: SIGTERM, then SIGKILL after the
 *     grace period), or {@code atMillis} for a run that exited on its own
 * @param exitCode its exit code: the program's own, 143 when it ended on SIGTERM, 137 when the kubelet had to
 *     send SIGKILL after the grace period
 * @param kind why it ended
 * @param probe the probe that failed, for a kill by a liveness or startup probe; else {@code null}
 * @param evidence what made the program exit or the probe fail, or {@code null} when nothing but the assumption
 *     (a pod deleted by its controller)
 */
public record Termination(long atMillis, long killedAtMillis, int exitCode, Kind kind, Probe probe,
                          Evidence evidence) {

  /** Why a run ended. */
  public enum Kind {
    /** The program exited on its own. */
    EXITED,
    /** The kubelet killed it because its liveness probe failed failureThreshold times in a row. */
    LIVENESS,
    /** The kubelet killed it because its startup probe failed failureThreshold times in a row. */
    STARTUP,
    /** Its pod was deleted (by a Job ending, a CronJob replacing its Job). */
    STOPPED
  }

  /** Whether the run failed of itself: a non-zero exit code that the deletion of its pod did not cause. */
  public boolean failed() {
    return exitCode != 0 && kind != Kind.STOPPED;
  }

  /** The container's terminated reason as the STATUS column shows it: {@code Completed} for 0, else {@code Error}. */
  public String reason() {
    return exitCode == 0 ? "Completed" : "Error";
  }
}
