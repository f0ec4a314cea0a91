package io.kubelint.rules.sim;

/**
 * How a probe answers over the life of a container instance (times since the container started). The kubelet's
 * three outcomes are those of https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#probe-outcome:
 * Success, Failure, and Unknown, when the diagnostic itself failed, on which "no action should be taken".
 *
 * @param passesFromMillis before this time the probe fails (the process does not answer yet, or the file the probe
 *     tests is not there yet)
 * @param passesFrom what says so, or {@code null} when it passes from the start
 * @param failsAfterMillis after this time the probe fails (the file it tests has been removed);
 *     {@link Long#MAX_VALUE} for never
 * @param failsAfter what says so, or {@code null}
 * @param cannotRun what shows that the kubelet cannot run the probe at all (a named port the container does not
 *     declare), or {@code null}: then every outcome is Unknown
 * @param failureOutput what the kubelet reports when it fails ("cat: can't open '/tmp/healthy': No such file or
 *     directory")
 */
public record ProbeBehaviour(long passesFromMillis, Evidence passesFrom, long failsAfterMillis, Evidence failsAfter,
                             Evidence cannotRun, String failureOutput) {

  /** A probe outcome. */
  public enum Outcome {
    /** The container passed the diagnostic. */
    SUCCESS,
    /** The container failed it. */
    FAILURE,
    /** The diagnostic could not be made; the kubelet changes nothing. */
    UNKNOWN
  }

  /** The outcome of a probe made {@code sinceStart} milliseconds after the container started. */
  public Outcome answer(long sinceStart) {
    if (cannotRun != null) {
      return Outcome.UNKNOWN;
    }
    return sinceStart >= passesFromMillis && sinceStart <= failsAfterMillis ? Outcome.SUCCESS : Outcome.FAILURE;
  }

  /** Whether the probe can ever fail or stay Unknown, going by the evidence. */
  public boolean hasEvidence() {
    return passesFrom != null || failsAfter != null || cannotRun != null;
  }

  /** The evidence that makes a probe made at {@code sinceStart} fail, or {@code null}. */
  public Evidence failureEvidence(long sinceStart) {
    if (cannotRun != null) {
      return cannotRun;
    }
    return sinceStart < passesFromMillis ? passesFrom : sinceStart > failsAfterMillis ? failsAfter : null;
  }
}
