package io.kubelint.rules.sim;

import io.kubelint.core.model.ObjectRef;
import java.util.List;

/**
 * The outcome of simulating one workload.
 *
 * @param object the workload
 * @param windowMillis how long was simulated: the window, or less when the workload settled first or the step
 *     limit was reached
 * @param startedAt the wall-clock time the simulation starts at, for a CronJob (ISO-8601 in its zone); else
 *     {@code null}
 * @param timeline the {@code kubectl get pods -w} rows
 * @param events the events, in time order
 * @param verdicts the conclusions, failures first
 * @param evidence whether any prediction rests on evidence (static or hints); without, nothing is predicted from
 *     timing and the run only shows the assumed healthy course
 * @param steps how many simulation steps (actions of the event queue) the run took
 * @param notes remarks on how the simulation differs from the cluster (each simulated pod standing for several),
 *     or empty
 */
public record SimResult(ObjectRef object, long windowMillis, String startedAt, List<TimelineRow> timeline,
                        List<SimEvent> events, List<Verdict> verdicts, boolean evidence, long steps,
                        List<String> notes) {

  /** Copies the lists. */
  public SimResult {
    timeline = List.copyOf(timeline);
    events = List.copyOf(events);
    verdicts = List.copyOf(verdicts);
    notes = List.copyOf(notes);
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
