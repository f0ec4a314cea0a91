package io.kubelint.rules.sim;

/**
 * One event the simulated cluster records, as {@code kubectl describe} lists it.
 *
 * @param atMillis when, since the objects were applied
 * @param type {@code Normal} or {@code Warning}
 * @param reason {@code Scheduled}, {@code Started}, {@code Unhealthy}, {@code Killing}, {@code BackOff}, …
 * @param object what it is about, as {@code kind/name} ({@code pod/web-0}, {@code job/backup-28934521})
 * @param from the component that reports it ({@code kubelet}, {@code job-controller}, …)
 * @param message the message
 */
public record SimEvent(long atMillis, String type, String reason, String object, String from, String message) {

  /** {@code Normal}. */
  public static final String NORMAL = "Normal";
  /** {@code Warning}. */
  public static final String WARNING = "Warning";
}
