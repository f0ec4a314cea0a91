package io.kubelint.rules.sim;

/**
 * One line of {@code kubectl get pods -w}: a pod's columns at the moment they changed.
 *
 * @param atMillis when, since the objects were applied
 * @param pod the pod's name
 * @param ready ready containers / containers ({@code 0/1})
 * @param status the STATUS column: {@code Pending}, {@code Running}, {@code Error}, {@code Completed},
 *     {@code CrashLoopBackOff}, {@code Init:0/1}, {@code Terminating}, …
 * @param restarts the restart count of its containers together
 * @param lastRestartMillis when the last restarted container had ended, or -1 when none restarted
 * @param ageMillis the pod's age
 */
public record TimelineRow(long atMillis, String pod, String ready, String status, int restarts,
                          long lastRestartMillis, long ageMillis) {

  /** The RESTARTS column: {@code 0}, or {@code 3 (40s ago)} as kubectl 1.28 and later print it. */
  public String restartsText() {
    return restarts == 0 || lastRestartMillis < 0 ? String.valueOf(restarts)
        : restarts + " (" + Durations.human(atMillis - lastRestartMillis) + " ago)";
  }

  /** Whether the visible state (READY, STATUS, RESTARTS count) equals another row's. */
  boolean sameState(TimelineRow other) {
    return other != null && pod.equals(other.pod) && ready.equals(other.ready) && status.equals(other.status)
        && restarts == other.restarts;
  }
}
