package io.kubelint.core.rule;

import io.kubelint.core.model.Severity;

/**
 * Reported when a rule fails on an object or document instead of crashing the run; the other rules and documents
 * are still checked. A finding of this rule is a kubelint bug, so no testdata can make it fire; turning it off
 * hides such failures (the failing rule's findings on that object are still missing).
 */
@RuleInfo(id = "internal-error", severity = Severity.ERROR,
    summary = "A rule failed on this object (a kubelint bug; please report it)",
    rationale = "One rule's failure must not hide the results of the others, so the failure is reported where it "
        + "happened and the run goes on.",
    docs = "https://kubernetes.io/docs/reference/kubectl/",
    sets = RuleSet.RECOMMENDED)
public final class InternalError implements Rule {
}
