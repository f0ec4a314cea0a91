package io.kubelint.core.rule;

import io.kubelint.core.k8s.KubeObject;

/** A rule that looks at every Kubernetes object (each document, each item of a List). */
public interface ObjectMatcher extends Rule {

  /** Called once per object. Report problems through {@code ctx}. */
  void matchObject(KubeObject object, RuleContext ctx);
}
