package io.kubelint.rules.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The events of one simulation, in the order they happened. The kubelet's events and their wording follow what
 * {@code kubectl describe pod} shows (https://kubernetes.io/docs/tasks/debug/debug-application/debug-pods/); one
 * event is recorded per occurrence (the real kubelet repeats a {@code BackOff} event on every pod sync while it
 * waits, which {@code kubectl} then counts as {@code (xN over …)}).
 */
public final class EventLog {

  private final EventQueue clock;
  private final List<SimEvent> events = new ArrayList<>();

  EventLog(EventQueue clock) {
    this.clock = clock;
  }

  /** Records a {@code Normal} event now. */
  void normal(String reason, String object, String from, String message) {
    events.add(new SimEvent(clock.now(), SimEvent.NORMAL, reason, object, from, message));
  }

  /** Records a {@code Warning} event now. */
  void warning(String reason, String object, String from, String message) {
    events.add(new SimEvent(clock.now(), SimEvent.WARNING, reason, object, from, message));
  }

  /** The events so far. */
  public List<SimEvent> events() {
    return List.copyOf(events);
  }
}
