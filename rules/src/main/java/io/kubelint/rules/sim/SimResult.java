package io.kubelint.rules.sim;

import io.kubelint.core.model.ObjectRef;
import java.util.List;

/**
 * The outcome of simulating one workload.
 *
 * @param object the workload
 * @param windowMillis how long was simulated
 * @param startedAt the wall-clock time the simulation starts at, for a CronJob (ISO-8601 in its zone); else
 *     {@code null}
 * @param timeline the {@code kubectl get pods -w} rows
 * @param events the events, in time order
 * @param verdicts the conclusions, failures first
 * @param evidence whether any prediction rests on evidence (static or hints); without, nothing is predicted from
 *     timing and the run only shows the assumed healthy course
 */
public record SimResult(ObjectRef object, long windowMillis, String startedAt, List<TimelineRow> timeline,
                        List<SimEvent> events, List<Verdict> verdicts, boolean evidence) {

  /** Copies the lists. */
  public SimResult {
    timeline = List.copyOf(timeline);
    events = List.copyOf(events);
    verdicts = List.copyOf(verdicts);
  }

  /** Whether a verdict is a failure. */
  public boolean failed() {
    return verdicts.stream().anyMatch(v -> v.kind().failure());
  }

  /** The verdicts of a kind. */
  public List<Verdict> verdicts(Verdict.Kind kind) {
    return verdicts.stream().filter(v -> v.kind() == kind).toList();
  }
}
