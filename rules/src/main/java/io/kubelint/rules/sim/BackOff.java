package io.kubelint.rules.sim;

/**
 * An exponential back-off: an initial delay that doubles with each further failure, up to a maximum.
 *
 * <p>Two are modelled. The kubelet's container restart back-off
 * (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy): after containers exit, the
 * kubelet restarts them with a delay of 10 s, 20 s, 40 s, … capped at 300 s, and resets it once a container has run
 * for 10 minutes without problems; the first restart after a crash (or after a reset) happens at once
 * (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-restarts). A cluster may tune the
 * maximum (kubelet {@code crashLoopBackOff.maxContainerRestartPeriod}, 1 s to 300 s); when the maximum is below the
 * initial delay, the initial delay becomes the maximum
 * (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#configurable-container-restart-delay). And
 * the Job controller's pod failure back-off (https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-backoff-failure-policy):
 * failed Pods are recreated with a delay of 10 s, 20 s, 40 s, … capped at six minutes.
 *
 * @param initialMillis the first delay, in milliseconds (at least 1)
 * @param maxMillis the cap, in milliseconds
 */
public record BackOff(long initialMillis, long maxMillis) {

  /** The kubelet's defaults: 10 s doubling to 300 s. */
  public static final BackOff KUBELET = new BackOff(10_000, 300_000);
  /** The Job controller's pod failure back-off: 10 s doubling to 360 s. */
  public static final BackOff JOB_POD_FAILURE = new BackOff(10_000, 360_000);
  /** A container that ran this long (10 minutes) since its last restart starts its back-off afresh. */
  public static final long RESET_MILLIS = 600_000;

  /**
   * Checks the values; an initial delay above the maximum becomes the maximum.
   *
   * @throws IllegalArgumentException when a delay is below 1 ms
   */
  public BackOff {
    if (initialMillis < 1 || maxMillis < 1) {
      throw new IllegalArgumentException("back-off delays must be positive");
    }
    initialMillis = Math.min(initialMillis, maxMillis);
  }

  /**
   * The delay after {@code current}: the initial delay when {@code current} is 0 (no back-off yet), else twice
   * {@code current}, at most the maximum.
   */
  public long next(long current) {
    return current <= 0 ? initialMillis : Math.min(maxMillis, current > maxMillis / 2 ? maxMillis : current * 2);
  }

  /**
   * The delay after the {@code n}th failure in a row: initial × 2^(n−1), at most the maximum; 0 for {@code n < 1}.
   */
  public long delay(int n) {
    long d = 0;
    for (int i = 0; i < n; i++) {
      d = next(d);
      if (d == maxMillis) {
        break;
      }
    }
    return d;
  }
}
