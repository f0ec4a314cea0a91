package io.kubelint.core.rule;

import io.kubelint.core.k8s.PodTemplate;

/** A rule that looks at the pod template of every workload (Pod, Deployment, …, CronJob). */
public interface PodTemplateMatcher extends Rule {

  /** Called once per pod template. Report problems through {@code ctx}. */
  void matchPodTemplate(PodTemplate pod, RuleContext ctx);
}
