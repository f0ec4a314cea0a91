package io.kubelint.rules.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code kubectl get pods -w} would print: a row for every pod whenever its READY, STATUS or RESTARTS column
 * changes. Rows are taken when a pod is created, when a container ends (so a crash shows even when the restart
 * follows at once) and at the end of every instant, when the kubelet's status of that instant is posted.
 */
public final class PodWatch {

  private final List<TimelineRow> rows = new ArrayList<>();
  private final Map<String, TimelineRow> last = new HashMap<>();
  private final Set<PodSim> live = new LinkedHashSet<>();
  private final EventQueue clock;

  PodWatch(EventQueue clock) {
    this.clock = clock;
    clock.onInstantEnd(() -> live.forEach(this::record));
  }

  /** Starts watching a new pod; its first row shows it Pending. */
  void add(PodSim pod) {
    live.add(pod);
    add(new TimelineRow(clock.now(), pod.name(), "0/" + (pod.apps().size()), "Pending", 0, -1, 0));
  }

  /** Stops watching a pod that is gone. */
  void remove(PodSim pod) {
    record(pod);
    live.remove(pod);
  }

  /** Adds a row for the pod when its visible state changed. */
  void record(PodSim pod) {
    if (live.contains(pod)) {
      add(pod.row());
    }
  }

  private void add(TimelineRow row) {
    if (!row.sameState(last.get(row.pod()))) {
      rows.add(row);
      last.put(row.pod(), row);
    }
  }

  /** The rows so far, in time order. */
  public List<TimelineRow> rows() {
    return List.copyOf(rows);
  }
}
