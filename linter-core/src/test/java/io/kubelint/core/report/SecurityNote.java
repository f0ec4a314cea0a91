package io.kubelint.core.report;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.ObjectMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import tools.jackson.core.JsonPointer;

/**
 * A rule with a security severity, so the report tests see one (the core rules have none). It reports only a
 * ConfigMap named {@code security-note}, which no file under {@code testdata/} has.
 */
@RuleInfo(id = "test-security-note", severity = Severity.INFO,
    summary = "A test rule with a *security* severity",
    rationale = "Only for the report tests: rules with a security-severity get the security tag.",
    docs = "https://kubernetes.io/docs/concepts/security/",
    securitySeverity = "7.5",
    sets = {RuleSet.RECOMMENDED, RuleSet.SECURITY})
final class SecurityNote implements ObjectMatcher {

  @Override
  public void matchObject(KubeObject object, RuleContext ctx) {
    if (object.kind().equals("ConfigMap") && "security-note".equals(object.ref().name())) {
      ctx.report(JsonPointer.compile("/metadata/name")).atValue().message("a security note").emit();
    }
  }
}
