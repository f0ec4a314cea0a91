package io.kubelint.core.builtin;

import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.DocumentMatcher;
import io.kubelint.core.rule.LoadedDocument;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;

/**
 * A key written twice in one mapping, at its second occurrence, which is the one YAML readers keep; reported about
 * the object (document or {@code List} item) it is in. Merge keys ({@code <<}) do not count.
 */
@RuleInfo(id = "duplicate-key", severity = Severity.ERROR,
    summary = "A mapping key occurs twice",
    rationale = "kubectl's strict decoding rejects duplicated fields; lenient YAML readers silently keep only the "
        + "last value, so half of what was written (often a whole env or volumes list) is lost.",
    docs = "https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation",
    sets = RuleSet.RECOMMENDED)
public final class DuplicateKey implements DocumentMatcher {

  @Override
  public void matchDocument(LoadedDocument document, RuleContext ctx) {
    for (LoadedDocument.Duplicate d : document.duplicates()) {
      RuleContext about = d.object() == null ? ctx : ctx.about(d.object());
      about.reportAt(d.path(), d.line(), d.column(), d.length())
          .message("duplicate key \"%s\" (first on line %d); only this last value is kept", d.key(), d.firstLine())
          .help("merge the two entries into one")
          .emit();
    }
  }
}
