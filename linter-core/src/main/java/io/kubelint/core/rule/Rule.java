package io.kubelint.core.rule;

/**
 * A lint rule. A rule class carries {@link RuleInfo} and implements one or more matchers
 * ({@link ObjectMatcher}, {@link PodTemplateMatcher}, {@link ContainerMatcher}, {@link ProbeMatcher},
 * {@link DocumentMatcher}, {@link RunMatcher}); the engine walks each object once and calls every rule on the shapes
 * it asked for, where the scope its {@link RuleInfo} declares fits. Rules are stateless: one instance serves every
 * document, on several threads at once.
 */
public interface Rule {

  /** The rule's metadata, from its {@link RuleInfo}. */
  default RuleDescriptor descriptor() {
    return RuleDescriptor.of(getClass());
  }
}
