package io.kubelint.core.rule;

import io.kubelint.core.model.Severity;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The metadata of a rule as data, read from its {@link RuleInfo} annotation.
 *
 * @param id stable id
 * @param severity default severity
 * @param summary one line
 * @param rationale why it matters
 * @param docs link to the Kubernetes documentation of what the rule models
 * @param securitySeverity GitHub code scanning's {@code security-severity}: a score from 0.0 to 10.0 as text
 *     (CVSS-like; GitHub ranks the alerts critical, high, medium or low by it), empty when the rule is not about
 *     security
 * @param sets the rule sets it declares ({@link RuleSet#ALL} is implicit and not listed)
 * @param scope the kinds, containers and probes it applies to
 */
public record RuleDescriptor(String id, Severity severity, String summary, String rationale, String docs,
                             String securitySeverity, Set<RuleSet> sets, RuleScope scope) {

  /** Where the rule pages are, relative to the repository root. */
  public static final String PAGES = "docs/rules/";

  /**
   * Reads the annotation of a rule class.
   *
   * @throws IllegalArgumentException when the class has no {@link RuleInfo}, or it declares a kind that is not
   *     written {@code group/Kind} or {@code Kind}
   */
  public static RuleDescriptor of(Class<?> ruleClass) {
    RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalArgumentException(ruleClass.getName() + " has no @RuleInfo");
    }
    return new RuleDescriptor(info.id(), info.severity(), info.summary(), info.rationale(), info.docs(),
        info.securitySeverity(), Set.of(info.sets()), RuleScope.of(info));
  }

  /** A descriptor in no rule set (opt-in), applying everywhere. */
  public RuleDescriptor(String id, Severity severity, String summary, String rationale, String docs,
                        String securitySeverity) {
    this(id, severity, summary, rationale, docs, securitySeverity, Set.of(), RuleScope.EVERYTHING);
  }

  /**
   * Validates the id and the security severity (blanks around it are dropped; {@code null} means none).
   *
   * @throws IllegalArgumentException for an id that is not lower-case words joined by hyphens or that is the id of a
   *     rule set, a security severity that is not a decimal number from 0.0 to 10.0, or {@link RuleSet#ALL} among
   *     the sets
   */
  public RuleDescriptor {
    Objects.requireNonNull(id);
    if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("rule id must be lower-case words joined by hyphens: " + id);
    }
    if (RuleSet.byId(id).isPresent()) {
      throw new IllegalArgumentException("rule id " + id + " is the id of a rule set");
    }
    securitySeverity = securitySeverity == null ? "" : securitySeverity.strip();
    if (!securitySeverity.isEmpty() && !(securitySeverity.matches("\\d{1,2}(\\.\\d+)?")
        && Double.parseDouble(securitySeverity) <= 10.0)) {
      throw new IllegalArgumentException("security severity of rule " + id
          + " must be a score from 0.0 to 10.0, not '" + securitySeverity + "'");
    }
    if (sets.contains(RuleSet.ALL)) {
      throw new IllegalArgumentException("rule " + id + " declares the set all, which every rule is in");
    }
    sets = sets.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(sets));
    Objects.requireNonNull(scope, "scope");
  }

  /** Whether the rule declares a {@link #securitySeverity()}, which makes its SARIF results security alerts. */
  public boolean isSecurityRule() {
    return !securitySeverity.isEmpty();
  }

  /** Whether the rule is on unless turned off: it is in a set that is on by default. */
  public boolean onByDefault() {
    return sets.stream().anyMatch(RuleSet::onByDefault);
  }

  /** Whether the rule is in {@code set} ({@link RuleSet#contains}). */
  public boolean in(RuleSet set) {
    return set.contains(sets);
  }

  /** Every set the rule is in, in the order of {@link RuleSet}: the declared ones, those that include them, all. */
  public List<RuleSet> memberships() {
    return EnumSet.allOf(RuleSet.class).stream().filter(this::in).toList();
  }

  /** The rule's documentation page, relative to the repository root: {@code docs/rules/ID.md}. */
  public String page() {
    return PAGES + id + ".md";
  }
}
