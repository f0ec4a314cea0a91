package io.kubelint.core.rule;

/**
 * A rule that looks at what reading a YAML document found before there are objects to check: the YAML error that
 * stopped it, keys written twice, items that are not objects, a {@code List} without items
 * ({@link LoadedDocument}). The loader reports nothing itself; every such finding, and its message, belongs to the
 * rule that matches it.
 */
public interface DocumentMatcher extends Rule {

  /**
   * Called once per YAML document, with a document-level context: report with
   * {@link RuleContext#reportAt(int, int, int)}, or about an object of the document through
   * {@link RuleContext#about}.
   */
  void matchDocument(LoadedDocument document, RuleContext ctx);
}
