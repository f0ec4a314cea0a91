package io.kubelint.core.rule;

import io.kubelint.core.model.Severity;
import java.util.Map;
import java.util.Set;

/**
 * Per-run choices about rules.
 *
 * @param disabled ids of rules that must not run or report
 * @param severities severity overrides by rule id
 */
public record RuleSettings(Set<String> disabled, Map<String, Severity> severities) {

  /** Every rule on, at its default severity. */
  public static final RuleSettings DEFAULT = new RuleSettings(Set.of(), Map.of());

  /** Copies the collections. */
  public RuleSettings {
    disabled = Set.copyOf(disabled);
    severities = Map.copyOf(severities);
  }

  /** Whether a rule is on. */
  public boolean enabled(String ruleId) {
    return !disabled.contains(ruleId);
  }
}
