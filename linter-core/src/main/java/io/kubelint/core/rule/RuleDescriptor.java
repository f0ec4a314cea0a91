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
 * @param securitySeverity CVSS-like score as text, empty when not a security rule
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

  /** Validates the id. */
  public RuleDescriptor {
    Objects.requireNonNull(id);
    if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("rule id must be lower-case words joined by hyphens: " + id);
    }
  }
}
