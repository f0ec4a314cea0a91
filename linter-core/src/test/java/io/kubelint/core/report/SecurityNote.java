package io.kubelint.core.report;

import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.Rule;
import io.kubelint.core.rule.RuleInfo;

/** A rule with a security severity, so the SARIF tests see one (the core rules have none); it never reports. */
@RuleInfo(id = "test-security-note", severity = Severity.INFO,
    summary = "A test rule with a *security* severity",
    rationale = "Only for the SARIF tests: rules with a security-severity get the security tag.",
    docs = "https://kubernetes.io/docs/concepts/security/",
    securitySeverity = "7.5")
final class SecurityNote implements Rule {
}
