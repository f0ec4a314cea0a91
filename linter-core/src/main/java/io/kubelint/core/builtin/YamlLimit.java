package io.kubelint.core.builtin;

import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.Rule;
import io.kubelint.core.rule.RuleInfo;

/**
 * Reported by the loader for a document larger, deeper or with more keys and values (aliases expanded) than the
 * limits of {@link io.kubelint.core.yaml.YamlLimits}.
 */
@RuleInfo(id = "yaml-limit", severity = Severity.ERROR,
    summary = "The document exceeds a size, nesting or node-count limit and was not linted",
    rationale = "A manifest that expands to millions of values (a \"billion laughs\" document) or nests hundreds "
        + "of levels deep is an attack or a generator gone wrong; the API server limits request sizes too "
        + "(3 MiB by default).",
    docs = "https://kubernetes.io/docs/concepts/overview/working-with-objects/#describing-a-kubernetes-object")
public final class YamlLimit implements Rule {
}
