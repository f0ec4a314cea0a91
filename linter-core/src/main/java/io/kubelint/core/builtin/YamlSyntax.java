package io.kubelint.core.builtin;

import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.DocumentMatcher;
import io.kubelint.core.rule.LoadedDocument;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.yaml.YamlProblem;

/**
 * A document that is not valid YAML, at the place the parser stopped, with the parser's reason in plain words
 * ({@link io.kubelint.core.yaml.YamlErrors}); the other documents are still linted.
 */
@RuleInfo(id = "yaml-syntax", severity = Severity.ERROR,
    summary = "The document is not valid YAML",
    rationale = "kubectl stops at the first document it cannot parse, so nothing after it is applied. Common "
        + "causes: tabs used for indentation, keys that do not line up, a full-width colon typed instead of ':', an "
        + "unclosed quote or bracket, bytes that are not UTF-8 text.",
    docs = "https://kubernetes.io/docs/concepts/overview/working-with-objects/#describing-a-kubernetes-object",
    sets = RuleSet.RECOMMENDED)
public final class YamlSyntax implements DocumentMatcher {

  @Override
  public void matchDocument(LoadedDocument document, RuleContext ctx) {
    YamlProblem problem = document.problem();
    if (problem != null && problem.kind() == YamlProblem.Kind.SYNTAX) {
      ctx.reportAt(problem.line(), problem.column(), 1).message(problem.getMessage()).emit();
    }
  }
}
