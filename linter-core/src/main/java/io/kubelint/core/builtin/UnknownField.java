package io.kubelint.core.builtin;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.FindingBuilder;
import io.kubelint.core.rule.ObjectMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.schema.SchemaError;
import io.kubelint.core.text.DidYouMean;
import io.kubelint.core.text.FieldPaths;
import tools.jackson.core.JsonPointer;

/**
 * A property the kind's schema does not define, at the key's position, with the closest sibling property as a
 * "did you mean" suggestion and fix.
 */
@RuleInfo(id = "unknown-field", severity = Severity.ERROR,
    summary = "A field that the kind's schema does not define",
    rationale = "With strict field validation (kubectl's default since 1.27) the API server rejects unknown "
        + "fields; with lenient validation it silently drops them, so a misspelt initialDelaySeconds or port "
        + "is simply ignored and the object runs with the default.",
    docs = "https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation",
    sets = RuleSet.RECOMMENDED)
public final class UnknownField implements ObjectMatcher {

  @Override
  public void matchObject(KubeObject object, RuleContext ctx) {
    for (SchemaError error : ctx.schemaErrors()) {
      if (!error.keyword().equals("additionalProperties") || error.property() == null
          || PatchDirectives.isDirective(error.property())) {
        continue;
      }
      JsonPointer parent = error.pointer();
      String where = FieldPaths.dotted(object.json(), parent);
      String in = error.definition() == null ? "" : " in " + error.definition();
      FindingBuilder finding = ctx.report(parent.appendProperty(error.property()))
          .message("unknown field \"%s\"%s%s", error.property(), in, where.isEmpty() ? "" : " at " + where);
      var suggestion = DidYouMean.closest(error.property(), error.knownProperties());
      if (suggestion.isPresent()) {
        finding.help("did you mean \"" + suggestion.get() + "\"?")
            .fixKey("rename to \"" + suggestion.get() + "\"", suggestion.get());
      } else if (!error.nestedHomes().isEmpty()) {
        finding.help(error.property() + " is a field of " + String.join(" and of ", error.nestedHomes())
            + ": move it there");
      } else if ("LabelSelector".equals(error.definition())) {
        finding.help("a label selector lists its labels under matchLabels: matchLabels: {" + error.property()
            + ": …}");
      }
      finding.emit();
    }
  }
}
