package io.kubelint.core.builtin;

import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.Rule;
import io.kubelint.core.rule.RuleInfo;

/** Reported by the loader for a document that is not valid YAML; the other documents are still linted. */
@RuleInfo(id = "yaml-syntax", severity = Severity.ERROR,
    summary = "The document is not valid YAML",
    rationale = "kubectl stops at the first document it cannot parse, so nothing after it is applied. Common "
        + "causes: tabs used for indentation, keys that do not line up, a full-width colon typed instead of ':', an "
        + "unclosed quote or bracket, bytes that are not UTF-8 text.",
    docs = "https://kubernetes.io/docs/concepts/overview/working-with-objects/#describing-a-kubernetes-object")
public final class YamlSyntax implements Rule {
}
