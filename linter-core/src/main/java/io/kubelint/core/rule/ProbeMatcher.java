package io.kubelint.core.rule;

import io.kubelint.core.k8s.Probe;

/** A rule that looks at every liveness, readiness and startup probe of every container. */
public interface ProbeMatcher extends Rule {

  /** Called once per probe. Report problems through {@code ctx}. */
  void matchProbe(Probe probe, RuleContext ctx);
}
