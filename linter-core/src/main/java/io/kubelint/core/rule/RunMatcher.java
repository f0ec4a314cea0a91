package io.kubelint.core.rule;

import io.kubelint.core.run.FactType;
import io.kubelint.core.run.RunIndex;
import java.util.List;

/**
 * A rule about objects together: a Service whose selector matches no pod template of the run, an Ingress whose
 * backend Service is missing. During the single walk over each object the engine records the {@link #facts()} the
 * rule asks for into the run's {@link RunIndex}; once every document of every input has been read and linted, it
 * calls {@link #matchRun} with the index. The rule thus sees all files and folders of the run at once, while no
 * document outlives its own linting. Findings point at {@link io.kubelint.core.run.Position}s the facts carry.
 */
public interface RunMatcher extends Rule {

  /** The fact types the rule reads (each recorded once per object, however many rules ask for it). */
  List<FactType<?>> facts();

  /** Called once per run, after the last document. Report through {@code ctx}. */
  void matchRun(RunIndex index, RunContext ctx);
}
