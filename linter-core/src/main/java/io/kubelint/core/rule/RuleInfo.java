package io.kubelint.core.rule;

import io.kubelint.core.model.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a rule, declared once on its class (in the manner of Error Prone's {@code @BugPattern}). The
 * {@code kubelint rules} listing, the README rule table and the SARIF rule descriptors are generated from it.
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
}
