package io.kubelint.core.builtin;

import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.Rule;
import io.kubelint.core.rule.RuleInfo;

/** Reported by the loader at the second occurrence of a key in one mapping. */
@RuleInfo(id = "duplicate-key", severity = Severity.ERROR,
    summary = "A mapping key occurs twice",
    rationale = "kubectl's strict decoding rejects duplicated fields; lenient YAML readers silently keep only the "
        + "last value, so half of what was written (often a whole env or volumes list) is lost.",
    docs = "https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation")
public final class DuplicateKey implements Rule {
}
