package io.kubelint.rules.sim;

/**
 * What a container's main process does, as far as evidence tells; the defaults are the simulator's assumption
 * when there is none: it starts at once, answers probes at once and runs until it is stopped.
 *
 * @param startup what shows how long after the start it answers probes ({@link #startupMillis()}), or {@code null}
 *     for the default: at once
 * @param exitMillis how long after the start it exits on its own, or {@code null} when it runs until stopped
 * @param exitCode its exit code then
 * @param exit what says so, or {@code null} for the default
 * @param ignoresSigterm whether it ignores SIGTERM, so the kubelet stops it with SIGKILL when the grace period
 *     ends (exit code 137) instead of it ending at once (143): a shell script running as PID 1 without a
 *     {@code trap} does, since the kernel gives PID 1 no default signal handlers
 */
public record ProcessBehaviour(Evidence startup, Long exitMillis, int exitCode, Evidence exit, boolean ignoresSigterm) {

  /** How long after the start it answers probes, in milliseconds: the time of {@link #startup()}, or 0. */
  public long startupMillis() {
    return startup == null ? 0 : startup.millis();
  }

  /** Whether any evidence backs this (otherwise nothing is predicted from timing). */
  public boolean hasEvidence() {
    return startup != null || exit != null;
  }
}
