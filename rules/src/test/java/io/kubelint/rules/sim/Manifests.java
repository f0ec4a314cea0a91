package io.kubelint.rules.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.lint.ManifestObject;
import io.kubelint.core.schema.SchemaCatalog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reads test manifests through the real linter pipeline and runs them through the simulator. */
final class Manifests {

  private static final SchemaCatalog CATALOG = new SchemaCatalog();

  private Manifests() {
  }

  /** The pod template of the only object of a YAML text. */
  static PodTemplate template(String yaml) {
    List<ManifestObject> objects = Collections.synchronizedList(new ArrayList<>());
    new Linter(LintOptions.defaults(CATALOG.defaultVersion()).withThreads(1), List.of(), CATALOG)
        .read(List.of(new Input.StreamInput("test.yaml",
            new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))), objects::add);
    assertEquals(1, objects.size(), "one object expected");
    return PodTemplate.of(objects.get(0).object());
  }

  /** Simulates a manifest for a number of minutes with the default settings. */
  static SimResult simulate(String yaml, int minutes) {
    return simulate(yaml, SimSettings.DEFAULT.withWindow(minutes * 60_000L));
  }

  static SimResult simulate(String yaml, SimSettings settings) {
    return WorkloadSimulator.simulate(template(yaml), settings);
  }

  /**
   * The times (in whole seconds) of every occurrence of the events with a reason, in time order, optionally only
   * about one object (the first {@link SimEvent#MAX_TIMES} occurrences of each aggregated event).
   */
  static List<Long> seconds(SimResult r, String reason, String objectPrefix) {
    return r.events().stream()
        .filter(e -> e.reason().equals(reason) && (objectPrefix == null || e.object().startsWith(objectPrefix)))
        .flatMap(e -> e.times().stream()).sorted().map(t -> t / 1000).toList();
  }

  static List<Long> seconds(SimResult r, String reason) {
    return seconds(r, reason, null);
  }

  /** The only verdict of a kind. */
  static Verdict only(SimResult r, Verdict.Kind kind) {
    List<Verdict> v = r.verdicts(kind);
    assertEquals(1, v.size(), () -> kind + " expected once in " + r.verdicts());
    return v.get(0);
  }

  /** A Pod with one container named app, its spec lines indented by four spaces. */
  static String pod(String name, String specLines) {
    return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\nspec:\n" + specLines.stripTrailing() + "\n";
  }
}
