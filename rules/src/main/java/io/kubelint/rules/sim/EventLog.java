package io.kubelint.rules.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of one simulation, in the order they first happened. The kubelet's events and their wording follow
 * what {@code kubectl describe pod} shows (https://kubernetes.io/docs/tasks/debug/debug-application/debug-pods/).
 * An event that repeats (same type, reason, object, component and message) is aggregated the way the event
 * recorder does it: one {@link SimEvent} whose count and last time grow, so a probe failing every second costs
 * memory once, not once per failure.
 */
public final class EventLog {

  private record Key(String type, String reason, String object, String from, String message) {
  }

  private static final class Entry {
    private final long first;
    private long last;
    private int count;
    private final List<Long> times = new ArrayList<>();

    private Entry(long first) {
      this.first = first;
    }
  }

  private final EventQueue clock;
  private final Map<Key, Entry> events = new LinkedHashMap<>();

  EventLog(EventQueue clock) {
    this.clock = clock;
  }

  /** Records a {@code Normal} event now. */
  void normal(String reason, String object, String from, String message) {
    record(new Key(SimEvent.NORMAL, reason, object, from, message));
  }

  /** Records a {@code Warning} event now. */
  void warning(String reason, String object, String from, String message) {
    record(new Key(SimEvent.WARNING, reason, object, from, message));
  }

  private void record(Key key) {
    long now = clock.now();
    Entry e = events.computeIfAbsent(key, k -> new Entry(now));
    e.last = now;
    if (e.count < Integer.MAX_VALUE) {
      e.count++;
    }
    if (e.times.size() < SimEvent.MAX_TIMES) {
      e.times.add(now);
    }
  }

  /** The events so far, aggregated, in the order of their first occurrence. */
  public List<SimEvent> events() {
    List<SimEvent> out = new ArrayList<>(events.size());
    events.forEach((k, e) -> out.add(new SimEvent(e.first, e.last, e.count, k.type(), k.reason(), k.object(),
        k.from(), k.message(), e.times)));
    return out;
  }
}
