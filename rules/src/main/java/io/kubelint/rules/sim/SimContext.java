package io.kubelint.rules.sim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What every part of one simulation shares: the clock and event queue, the event log, the pod watch, the settings,
 * and the namespace of the simulated objects. One context per simulated workload; not thread-safe.
 */
final class SimContext {

  private final EventQueue queue;
  private final EventLog events;
  private final PodWatch watch;
  private final SimSettings settings;
  private final String namespace;
  private final Set<String> notes = new LinkedHashSet<>();
  private int pods;

  SimContext(SimSettings settings, String namespace) {
    this.settings = settings;
    this.queue = new EventQueue(settings.maxActions());
    this.events = new EventLog(queue);
    this.watch = new PodWatch(queue);
    this.namespace = namespace == null ? "default" : namespace;
  }

  EventQueue queue() {
    return queue;
  }

  EventLog events() {
    return events;
  }

  PodWatch watch() {
    return watch;
  }

  SimSettings settings() {
    return settings;
  }

  String namespace() {
    return namespace;
  }

  /** Adds a remark on how the simulation differs from the cluster (shown with the result, once). */
  void note(String text) {
    notes.add(text);
  }

  /** The remarks, in the order they were first made. */
  List<String> notes() {
    return List.copyOf(notes);
  }

  /** A number for the next pod (its IP address). */
  int nextPodNumber() {
    return pods++;
  }
}
