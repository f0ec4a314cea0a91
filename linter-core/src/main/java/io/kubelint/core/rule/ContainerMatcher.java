package io.kubelint.core.rule;

import io.kubelint.core.k8s.Container;

/** A rule that looks at every container (init, app and ephemeral) of every pod template. */
public interface ContainerMatcher extends Rule {

  /** Called once per container. Report problems through {@code ctx}. */
  void matchContainer(Container container, RuleContext ctx);
}
