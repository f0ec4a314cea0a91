package io.kubelint.rules.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * The virtual clock of a simulation and the actions waiting on it: a discrete-event queue. Time is a count of
 * milliseconds since the simulated objects were applied; nothing waits for real time, so an hour of cluster time
 * takes as long as its few thousand events take to run. Actions due at the same time run in the order they were
 * scheduled, so a run is deterministic. After the last action of an instant, the instant-end hooks run: that is
 * when the kubelet's status of that instant is "posted" (a state that begins and ends within one instant, such as
 * a container that exits the moment it starts, is never seen Ready).
 *
 * <p>Not thread-safe: one simulation runs on one thread.
 */
public final class EventQueue {

  /** A scheduled action that can be called off. */
  public static final class Timer {
    private final long at;
    private final long order;
    private final Runnable action;
    private boolean cancelled;

    private Timer(long at, long order, Runnable action) {
      this.at = at;
      this.order = order;
      this.action = action;
    }

    /** Calls the action off; it will not run. Harmless when it already ran. */
    public void cancel() {
      cancelled = true;
    }
  }

  private final PriorityQueue<Timer> queue = new PriorityQueue<>((a, b) ->
      a.at != b.at ? Long.compare(a.at, b.at) : Long.compare(a.order, b.order));
  private final List<Runnable> instantEnd = new ArrayList<>();
  private final long maxActions;
  private long now;
  private long order;
  private long actions;
  private boolean exhausted;

  /**
   * @param maxActions how many actions a run may take at most; a run that needs more stops early and
   *     {@link #exhausted()} says so (a guard against very long windows with very short probe periods)
   */
  public EventQueue(long maxActions) {
    this.maxActions = maxActions;
  }

  /** The current virtual time, in milliseconds since the start. */
  public long now() {
    return now;
  }

  /**
   * Schedules an action at an absolute time.
   *
   * @param at milliseconds since the start; a time in the past means now
   * @return the timer, to cancel it
   */
  public Timer at(long at, Runnable action) {
    Timer timer = new Timer(Math.max(at, now), order++, action);
    queue.add(timer);
    return timer;
  }

  /** Schedules an action {@code delay} milliseconds from now (0: later in this instant). */
  public Timer after(long delay, Runnable action) {
    return at(now + Math.max(0, delay), action);
  }

  /** Adds a hook that runs after the last action of every instant in which something happened. */
  public void onInstantEnd(Runnable hook) {
    instantEnd.add(hook);
  }

  /**
   * Runs every action due up to and including {@code end}, then leaves the clock at {@code end}.
   *
   * @param end milliseconds since the start
   */
  public void runUntil(long end) {
    runUntil(end, end, () -> false);
  }

  /**
   * Runs the actions due up to and including {@code end}, but stops once {@code settleFrom} is reached and
   * {@code settled} holds: at {@code settleFrom} when it held before, else after the first instant at whose end it
   * holds (the clock is then left at that instant). Otherwise the clock is left at {@code end}.
   *
   * @param end milliseconds since the start
   * @param settleFrom milliseconds since the start, at most {@code end}
   * @param settled whether what is simulated has come to rest
   */
  public void runUntil(long end, long settleFrom, BooleanSupplier settled) {
    while (!queue.isEmpty() && queue.peek().at <= end) {
      long instant = queue.peek().at;
      if (instant > settleFrom && now <= settleFrom && settled.getAsBoolean()) {
        now = settleFrom;
        return;
      }
      now = instant;
      boolean ran = false;
      while (!queue.isEmpty() && queue.peek().at == instant) {
        Timer next = queue.poll();
        if (next.cancelled) {
          continue;
        }
        if (++actions > maxActions) {
          exhausted = true;
          queue.clear();
          return;
        }
        ran = true;
        next.action.run();
      }
      for (int i = 0; ran && i < instantEnd.size(); i++) {
        instantEnd.get(i).run();
      }
      if (ran && instant >= settleFrom && settled.getAsBoolean()) {
        return;
      }
    }
    now = Math.max(now, settled.getAsBoolean() ? Math.max(now, Math.min(end, settleFrom)) : end);
  }

  /** How many actions have run so far. */
  public long actions() {
    return Math.min(actions, maxActions);
  }

  /** Whether the run stopped early because it needed more than the allowed number of actions. */
  public boolean exhausted() {
    return exhausted;
  }
}
