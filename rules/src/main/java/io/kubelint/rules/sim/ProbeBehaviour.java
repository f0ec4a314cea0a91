package io.kubelint.rules.sim;

/**
 * How a probe answers over the life of a container instance (times since the container started). The kubelet's
 * three outcomes are those of https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#probe-outcome:
 * Success, Failure, and Unknown, when the diagnostic itself failed, on which "no action should be taken".
 *
 * @param passesFrom what shows that the probe fails until some time (the process does not answer yet, or the file
 *     the probe tests is not there yet; {@link #passesFromMillis()}), or {@code null} when it passes from the start
 * @param failsAfter what shows that the probe fails after some time (the file it tests has been removed;
 *     {@link #failsAfterMillis()}), or {@code null}
 * @param cannotRun what shows that the kubelet cannot run the probe at all (a named port the container does not
 *     declare), or {@code null}: then every outcome is Unknown
 * @param failureOutput what the kubelet reports when it fails ("cat: can't open '/tmp/healthy': No such file or
 *     directory")
 */
public record ProbeBehaviour(Evidence passesFrom, Evidence failsAfter, Evidence cannotRun, String failureOutput) {

  /** A probe outcome. */
  public enum Outcome {
    /** The container passed the diagnostic. */
    SUCCESS,
    /** The container failed it. */
    FAILURE,
    /** The diagnostic could not be made; the kubelet changes nothing. */
    UNKNOWN
  }

  /** Before this time (milliseconds since the start) the probe fails: the time of {@link #passesFrom()}, or 0. */
  public long passesFromMillis() {
    return passesFrom == null ? 0 : passesFrom.millis();
  }

  /** After this time the probe fails: the time of {@link #failsAfter()}, or {@link Long#MAX_VALUE} for never. */
  public long failsAfterMillis() {
    return failsAfter == null ? Long.MAX_VALUE : failsAfter.millis();
  }

  /** The outcome of a probe made {@code sinceStart} milliseconds after the container started. */
  public Outcome answer(long sinceStart) {
    if (cannotRun != null) {
      return Outcome.UNKNOWN;
    }
    return sinceStart >= passesFromMillis() && sinceStart <= failsAfterMillis() ? Outcome.SUCCESS : Outcome.FAILURE;
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
    return sinceStart < passesFromMillis() ? passesFrom : sinceStart > failsAfterMillis() ? failsAfter : null;
  }
}
