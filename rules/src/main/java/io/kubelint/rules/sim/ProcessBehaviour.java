package io.kubelint.rules.sim;

/**
 * What a container's main process does, as far as evidence tells; the defaults are the simulator's assumption
 * when there is none: it starts at once, answers probes at once and runs until it is stopped.
 *
 * @param startupMillis how long after the start it answers probes (0: at once)
 * @param startup what says so, or {@code null} for the default
 * @param exitMillis how long after the start it exits on its own, or {@code null} when it runs until stopped
 * @param exitCode its exit code then
 * @param exit what says so, or {@code null} for the default
 * @param ignoresSigterm whether it ignores SIGTERM, so the kubelet stops it with SIGKILL when the grace period
 *     ends (exit code 137) instead of it ending at once (143): a shell script running as PID 1 without a
 *     {@code trap} does, since the kernel gives PID 1 no default signal handlers
 */
public record ProcessBehaviour(long startupMillis, Evidence startup, Long exitMillis, int exitCode, Evidence exit,
                               boolean ignoresSigterm) {


  /** Whether any evidence backs this (otherwise nothing is predicted from timing). */
  public boolean hasEvidence() {
    return startup != null || exit != null;
  }
}
