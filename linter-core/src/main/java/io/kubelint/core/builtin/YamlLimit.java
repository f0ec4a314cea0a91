package io.kubelint.core.builtin;

import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.DocumentMatcher;
import io.kubelint.core.rule.LoadedDocument;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.yaml.YamlProblem;

/**
 * A document larger, deeper or with more keys and values (aliases expanded) than the limits of
 * {@link io.kubelint.core.yaml.YamlLimits}, at the place the limit was reached; the document is not linted further.
 */
@RuleInfo(id = "yaml-limit", severity = Severity.ERROR,
    summary = "The document exceeds a size, nesting or node-count limit and was not linted",
    rationale = "A manifest that expands to millions of values (a \"billion laughs\" document) or nests hundreds "
        + "of levels deep is an attack or a generator gone wrong; the API server limits request sizes too "
        + "(3 MiB by default).",
    docs = "https://kubernetes.io/docs/concepts/overview/working-with-objects/#describing-a-kubernetes-object",
    sets = RuleSet.RECOMMENDED)
public final class YamlLimit implements DocumentMatcher {

  @Override
  public void matchDocument(LoadedDocument document, RuleContext ctx) {
    YamlProblem problem = document.problem();
    if (problem != null && problem.kind() == YamlProblem.Kind.LIMIT) {
      ctx.reportAt(problem.line(), problem.column(), 1).message(problem.getMessage()).emit();
    }
  }
}
