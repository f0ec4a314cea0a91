package io.kubelint.rules.sim;

import io.kubelint.core.k8s.Container;
import io.kubelint.core.k8s.Probe;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the simulator believes about one container: what its process does and how each of its probes answers,
 * from the evidence in order of strength (static evidence in the manifest, then hints, then the assumption that the
 * process starts at once and runs until stopped; for an init container, which exists to run to completion, that it
 * completes at once with exit code 0).
 *
 * @param process the main process
 * @param probes the behaviour of each probe the container has
 */
public record ContainerBehaviour(ProcessBehaviour process, Map<Probe.Type, ProbeBehaviour> probes) {

  /**
   * Gathers the evidence for a container.
   *
   * @param container the container
   * @param hints the hints of its pod (annotations, overridden by flags)
   */
  public static ContainerBehaviour of(Container container, Hints hints) {
    Optional<CommandEvidence> command = CommandEvidence.of(container);
    String name = container.name();
    Evidence startupEvidence = hints.get(Hints.Key.STARTUP_SECONDS, name).map(h -> new Evidence(
        Evidence.Strength.HINT, Evidence.Fact.STARTUP, "the process answers probes only after "
            + Durations.exact(h.value()) + " (" + h.source() + ")", h.value(), h.at())).orElse(null);
    Long exitMillis = null;
    int exitCode = 0;
    Evidence exitEvidence = null;
    Optional<Evidence> staticExit = command.flatMap(CommandEvidence::exit);
    Optional<Hints.Value> runHint = hints.get(Hints.Key.RUN_SECONDS, name);
    if (staticExit.isPresent()) {
      ScriptRun run = command.get().run().orElseThrow();
      exitMillis = run.exitMillis();
      exitCode = run.exitCode();
      exitEvidence = staticExit.get();
    } else if (runHint.isPresent() && !command.flatMap(CommandEvidence::run).isPresent()) {
      exitMillis = runHint.get().value();
      Optional<Hints.Value> codeHint = hints.get(Hints.Key.EXIT_CODE, name);
      exitCode = codeHint.map(v -> (int) v.value()).orElse(0);
      exitEvidence = new Evidence(Evidence.Strength.HINT, Evidence.Fact.EXIT, "its process exits with code "
          + exitCode + " after " + Durations.exact(exitMillis) + " (" + runHint.get().source()
          + codeHint.map(v -> ", " + v.source()).orElse("") + ")", exitMillis, runHint.get().at());
    }
    boolean followed = command.flatMap(CommandEvidence::run).isPresent();
    if (exitMillis == null && !followed && container.type() == Container.Type.INIT && !container.isSidecar()) {
      exitMillis = 0L;
    }
    boolean ignoresSigterm = command.map(CommandEvidence::ignoresSigterm).orElse(false);
    ProcessBehaviour process = new ProcessBehaviour(startupEvidence, exitMillis, exitCode, exitEvidence,
        ignoresSigterm);
    Map<Probe.Type, ProbeBehaviour> probes = new EnumMap<>(Probe.Type.class);
    for (Probe probe : container.probes()) {
      probes.put(probe.type(), ProbeEvidence.of(probe, command, process));
    }
    return new ContainerBehaviour(process, probes);
  }

  /** Whether anything about this container rests on evidence (otherwise a simulation predicts nothing). */
  public boolean hasEvidence() {
    return process.hasEvidence() || probes.values().stream().anyMatch(ProbeBehaviour::hasEvidence);
  }
}
