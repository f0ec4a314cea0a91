package io.kubelint.core.rule;

import io.kubelint.core.k8s.Container;
import io.kubelint.core.k8s.Probe;
import io.kubelint.core.model.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a rule, declared once on its class (in the manner of Error Prone's {@code @BugPattern}). The
 * {@code kubelint rules} listing, the README rule table, the rule's page under {@code docs/rules/} and the SARIF rule
 * descriptors are generated from it.
 *
 * <p>The shape a rule looks at is the matcher interface its class implements ({@link ObjectMatcher},
 * {@link PodTemplateMatcher}, {@link ContainerMatcher}, {@link ProbeMatcher}, {@link DocumentMatcher},
 * {@link RunMatcher}); {@link #kinds()}, {@link #containers()} and {@link #probes()} narrow it, and the engine calls
 * the rule only where they fit, so a rule never checks the kind or the probe type by hand ({@link RuleScope}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

  /** Stable id, lower-case words joined by hyphens: {@code selector-mismatch}. */
  String id();

  /** Severity used unless the user configures another. */
  Severity severity();

  /** One line: what the rule reports. */
  String summary();

  /** Why it matters: what the API server, kubelet or controller does with such a manifest. */
  String rationale();

  /** Link to the Kubernetes documentation of the behaviour the rule models. */
  String docs();

  /**
   * GitHub code scanning {@code security-severity} (a CVSS-like score, "0.0" to "10.0") for rules whose findings
   * are security problems; empty for all others.
   */
  String securitySeverity() default "";

  /**
   * The rule sets the rule belongs to (at least one); it is on by default when one of them is
   * ({@link RuleSet#onByDefault()}), opt-in otherwise. {@link RuleSet#ALL} is implicit and never declared.
   */
  RuleSet[] sets();

  /**
   * The kinds of object the rule applies to, as {@code group/Kind} ({@code apps/Deployment},
   * {@code policy/PodDisruptionBudget}) or {@code Kind} for the core group ({@code Service}); any version of the
   * group matches, and {@code extensions} stands in for the groups its kinds moved to ({@code apps},
   * {@code networking.k8s.io}, {@code policy}). Empty: every kind. It scopes every matcher of the rule: a
   * {@link PodTemplateMatcher} with {@code batch/Job} and {@code batch/CronJob} sees only their pod templates. For a
   * {@link RunMatcher} it names the kinds whose objects the rule reports on.
   */
  String[] kinds() default {};

  /** The containers a {@link ContainerMatcher} or {@link ProbeMatcher} sees: init, app, ephemeral; empty: all. */
  Container.Type[] containers() default {};

  /** The probes a {@link ProbeMatcher} sees: liveness, readiness, startup; empty: all three. */
  Probe.Type[] probes() default {};
}
