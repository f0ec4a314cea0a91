package io.kubelint.rules.sim;

/**
 * The choices of one simulation.
 *
 * @param windowMillis how far to play the workload forward, in milliseconds (the lint rules use 15 minutes)
 * @param restartBackOff the kubelet's container restart back-off (10 s to 300 s unless the cluster tunes it)
 * @param flagHints hints given on the command line; they override the pod templates' annotations
 * @param maxPods at most this many pods of one ReplicaSet, StatefulSet or Job are simulated at the same time (they
 *     all behave alike; a Deployment of 500 replicas need not cost 500 simulations)
 * @param maxActions at most this many simulation steps per workload (a guard for long windows with short probe
 *     periods)
 */
public record SimSettings(long windowMillis, BackOff restartBackOff, Hints flagHints, int maxPods, long maxActions) {

  /** The window of the lint rules: 15 minutes. */
  public static final long LINT_WINDOW_MILLIS = 15 * 60_000;

  /** 15 minutes, the kubelet's default back-off, no flags, 10 pods, 2,000,000 steps. */
  public static final SimSettings DEFAULT = new SimSettings(LINT_WINDOW_MILLIS, BackOff.KUBELET, Hints.NONE, 10,
      2_000_000);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException when the window is not positive or above 7 days, or a limit is below 1
   */
  public SimSettings {
    if (windowMillis <= 0 || windowMillis > 7L * 24 * 3_600_000) {
      throw new IllegalArgumentException("the simulated time must be more than 0 and at most 7 days");
    }
    if (maxPods < 1 || maxActions < 1) {
      throw new IllegalArgumentException("limits must be at least 1");
    }
  }

  /** A copy with another window. */
  public SimSettings withWindow(long millis) {
    return new SimSettings(millis, restartBackOff, flagHints, maxPods, maxActions);
  }

  /** A copy with another restart back-off. */
  public SimSettings withRestartBackOff(BackOff backOff) {
    return new SimSettings(windowMillis, backOff, flagHints, maxPods, maxActions);
  }

  /** A copy with command-line hints. */
  public SimSettings withFlagHints(Hints hints) {
    return new SimSettings(windowMillis, restartBackOff, hints, maxPods, maxActions);
  }
}
