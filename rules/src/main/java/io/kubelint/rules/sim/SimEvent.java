package io.kubelint.rules.sim;

import java.util.List;

/**
 * One event the simulated cluster records, as {@code kubectl describe} lists it: repeats of the same event (same
 * type, reason, object, reporting component and message) are one event with a count and the times of its first and
 * last occurrence, the way the event recorder of client-go aggregates them into {@code count},
 * {@code firstTimestamp} and {@code lastTimestamp} of a core/v1 Event
 * (https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/event-v1/).
 *
 * @param atMillis when it first happened, in milliseconds since the objects were applied
 * @param lastMillis when it last happened
 * @param count how often it happened (at least 1)
 * @param type {@code Normal} or {@code Warning}
 * @param reason {@code Scheduled}, {@code Started}, {@code Unhealthy}, {@code Killing}, {@code BackOff}, …
 * @param object what it is about, as {@code kind/name} ({@code pod/web-0}, {@code job/backup-28934521})
 * @param from the component that reports it ({@code kubelet}, {@code job-controller}, …)
 * @param message the message
 * @param times the times of its first occurrences, in milliseconds, in order: all of them up to
 *     {@link #MAX_TIMES}, then only the count and the last time grow (so that a probe failing every second for a
 *     day costs one event, not 86,400)
 */
public record SimEvent(long atMillis, long lastMillis, int count, String type, String reason, String object,
                       String from, String message, List<Long> times) {

  /** {@code Normal}. */
  public static final String NORMAL = "Normal";
  /** {@code Warning}. */
  public static final String WARNING = "Warning";
  /** How many occurrence times an event keeps. */
  public static final int MAX_TIMES = 100;

  /** Copies the times. */
  public SimEvent {
    times = List.copyOf(times);
  }
}
