package io.kubelint.core.rule;

import io.kubelint.core.model.Severity;
import java.util.Objects;

/**
 * The metadata of a rule as data, read from its {@link RuleInfo} annotation.
 *
 * @param id stable id
 * @param severity default severity
 * @param summary one line
 * @param rationale why it matters
 * @param docs documentation link
 * @param securitySeverity GitHub code scanning's {@code security-severity}: a score from 0.0 to 10.0 as text
 *     (CVSS-like; GitHub ranks the alerts critical, high, medium or low by it), empty when the rule is not about
 *     security
 */
public record RuleDescriptor(String id, Severity severity, String summary, String rationale, String docs,
                             String securitySeverity) {

  /**
   * Reads the annotation of a rule class.
   *
   * @throws IllegalArgumentException when the class has no {@link RuleInfo}
   */
  public static RuleDescriptor of(Class<?> ruleClass) {
    RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalArgumentException(ruleClass.getName() + " has no @RuleInfo");
    }
    return new RuleDescriptor(info.id(), info.severity(), info.summary(), info.rationale(), info.docs(),
        info.securitySeverity());
  }

  /**
   * Validates the id and the security severity (blanks around it are dropped; {@code null} means none).
   *
   * @throws IllegalArgumentException for an id that is not lower-case words joined by hyphens, or a security
   *     severity that is not a decimal number from 0.0 to 10.0
   */
  public RuleDescriptor {
    Objects.requireNonNull(id);
    if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("rule id must be lower-case words joined by hyphens: " + id);
    }
    securitySeverity = securitySeverity == null ? "" : securitySeverity.strip();
    if (!securitySeverity.isEmpty() && !(securitySeverity.matches("\\d{1,2}(\\.\\d+)?")
        && Double.parseDouble(securitySeverity) <= 10.0)) {
      throw new IllegalArgumentException("security severity of rule " + id
          + " must be a score from 0.0 to 10.0, not '" + securitySeverity + "'");
    }
  }

  /** Whether the rule declares a {@link #securitySeverity()}, which makes its SARIF results security alerts. */
  public boolean isSecurityRule() {
    return !securitySeverity.isEmpty();
  }
}
