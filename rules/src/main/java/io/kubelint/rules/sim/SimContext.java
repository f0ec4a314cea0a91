package io.kubelint.rules.sim;

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

  /** A number for the next pod (its IP address). */
  int nextPodNumber() {
    return pods++;
  }
}
