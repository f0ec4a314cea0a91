package io.kubelint.rules.sim;

/**
 * The choices of one simulation.
 *
 * @param windowMillis how far to play the workload forward at most, in milliseconds (the lint rules use 15 minutes
 *     or more, see {@link LintSimulation})
 * @param minWindowMillis how far to play it forward at least: once this much is simulated, the simulation stops as
 *     soon as the workload has settled (a Job ended, a CronJob's first Job ended, see {@link Controller#settled()});
 *     equal to {@code windowMillis} to always simulate the whole window
 * @param restartBackOff the kubelet's container restart back-off (10 s to 300 s unless the cluster tunes it)
 * @param flagHints hints given on the command line; they override the pod templates' annotations
 * @param maxPods at most this many pods of one ReplicaSet, StatefulSet or Job are simulated at the same time (they
 *     all behave alike, so each stands for several; a Deployment of 500 replicas need not cost 500 simulations)
 * @param maxActions at most this many simulation steps per workload (a guard for long windows with short probe
 *     periods)
 */
public record SimSettings(long windowMillis, long minWindowMillis, BackOff restartBackOff, Hints flagHints,
                          int maxPods, long maxActions) {

  /** The window of the lint rules for most workloads: 15 minutes. */
  public static final long LINT_WINDOW_MILLIS = 15 * 60_000;

  /** The longest window: 7 days. */
  public static final long MAX_WINDOW_MILLIS = 7L * 24 * 3_600_000;

  /** 15 minutes, the kubelet's default back-off, no flags, 10 pods, 2,000,000 steps. */
  public static final SimSettings DEFAULT = new SimSettings(LINT_WINDOW_MILLIS, LINT_WINDOW_MILLIS, BackOff.KUBELET,
      Hints.NONE, 10, 2_000_000);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException when the window is not positive or above 7 days, the least window is negative
   *     or above the window, or a limit is below 1
   */
  public SimSettings {
    if (windowMillis <= 0 || windowMillis > MAX_WINDOW_MILLIS) {
      throw new IllegalArgumentException("the simulated time must be more than 0 and at most 7 days");
    }
    if (minWindowMillis < 0 || minWindowMillis > windowMillis) {
      throw new IllegalArgumentException("the least simulated time must be from 0 to the simulated time");
    }
    if (maxPods < 1 || maxActions < 1) {
      throw new IllegalArgumentException("limits must be at least 1");
    }
  }

  /** A copy that simulates exactly {@code millis}. */
  public SimSettings withWindow(long millis) {
    return new SimSettings(millis, millis, restartBackOff, flagHints, maxPods, maxActions);
  }

  /** A copy that simulates at least {@code minMillis}, then until the workload settles, at most {@code maxMillis}. */
  public SimSettings withWindow(long minMillis, long maxMillis) {
    return new SimSettings(maxMillis, minMillis, restartBackOff, flagHints, maxPods, maxActions);
  }

  /** A copy with another restart back-off. */
  public SimSettings withRestartBackOff(BackOff backOff) {
    return new SimSettings(windowMillis, minWindowMillis, backOff, flagHints, maxPods, maxActions);
  }

  /** A copy with another step limit. */
  public SimSettings withMaxActions(long limit) {
    return new SimSettings(windowMillis, minWindowMillis, restartBackOff, flagHints, maxPods, limit);
  }

  /** A copy with command-line hints. */
  public SimSettings withFlagHints(Hints hints) {
    return new SimSettings(windowMillis, minWindowMillis, restartBackOff, hints, maxPods, maxActions);
  }
}
