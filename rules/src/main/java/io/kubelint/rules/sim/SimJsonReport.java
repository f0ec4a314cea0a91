package io.kubelint.rules.sim;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A simulation as data: {@code {"object": {apiVersion, kind, namespace, name}, "windowSeconds", "startedAt",
 * "failed", "evidence", "notes": [text], "timeline": [{atSeconds, pod, ready, status, restarts, ageSeconds}],
 * "events": [{atSeconds, lastSeconds, count, type, reason, object, from, message}], "verdicts": [{kind, failure,
 * subject, message, details, atSeconds, count, cause: {evidence: "static"|"hint", text, fix, path, location}}]}};
 * times are seconds since the objects were applied (-1 when there is none); an event that repeats is listed once,
 * with its first time ({@code atSeconds}), last time and count, as the event recorder aggregates it.
 */
public final class SimJsonReport {

  private SimJsonReport() {
  }

  /** The JSON of one workload's simulation; {@code where} gives each cause's location. */
  public static ObjectNode of(SimResult r, Location where) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    ObjectNode object = root.putObject("object");
    object.put("apiVersion", r.object().apiVersion());
    object.put("kind", r.object().kind());
    object.put("namespace", r.object().namespace());
    object.put("name", r.object().name());
    root.put("windowSeconds", r.windowMillis() / 1000.0);
    root.put("startedAt", r.startedAt());
    root.put("failed", r.failed());
    root.put("evidence", r.evidence());
    ArrayNode notes = root.putArray("notes");
    r.notes().forEach(notes::add);
    ArrayNode timeline = root.putArray("timeline");
    for (TimelineRow row : r.timeline()) {
      timeline.addObject().put("atSeconds", row.atMillis() / 1000.0).put("pod", row.pod()).put("ready", row.ready())
          .put("status", row.status()).put("restarts", row.restarts()).put("ageSeconds", row.ageMillis() / 1000.0);
    }
    ArrayNode events = root.putArray("events");
    for (SimEvent e : r.events()) {
      events.addObject().put("atSeconds", e.atMillis() / 1000.0).put("lastSeconds", e.lastMillis() / 1000.0)
          .put("count", e.count()).put("type", e.type()).put("reason", e.reason()).put("object", e.object())
          .put("from", e.from()).put("message", e.message());
    }
    ArrayNode verdicts = root.putArray("verdicts");
    for (Verdict v : r.verdicts()) {
      ObjectNode n = verdicts.addObject().put("kind", v.kind().label().replace(' ', '-'))
          .put("failure", v.kind().failure()).put("subject", v.subject()).put("message", v.message())
          .put("details", v.details()).put("atSeconds", v.atMillis() < 0 ? -1 : v.atMillis() / 1000.0)
          .put("count", v.count());
      Cause c = v.cause();
      if (c != null) {
        n.putObject("cause").put("evidence", c.strength() == Evidence.Strength.STATIC ? "static" : "hint")
            .put("text", c.text()).put("fix", c.fix()).put("path", c.at() == null ? null : c.at().toString())
            .put("location", where.ofCause(c));
      }
    }
    return root;
  }
}
