package io.kubelint.core.yaml;

/**
 * Limits that keep a hostile or broken input from hanging kubelint or exhausting its memory. Exceeding one turns
 * the document into a {@code yaml-limit} finding; the other documents are still linted.
 *
 * @param maxDocumentChars largest document, in characters (the API server refuses requests over 3 MiB; the default
 *     is 8 Mi characters)
 * @param maxDepth deepest nesting of mappings and sequences (CRD schemas reach about 80 levels; default 500)
 * @param maxNodes most keys and values a document may have, each alias counting as all the nodes it repeats: the
 *     defence against "billion laughs" documents, and against documents whose node tree would not fit in memory
 *     (default 1,000,000). The number of aliases itself is not limited: an alias costs nothing until it is
 *     expanded.
 */
public record YamlLimits(int maxDocumentChars, int maxDepth, int maxNodes) {

  /** The limits used unless configured otherwise. */
  public static final YamlLimits DEFAULT = new YamlLimits(8 * 1024 * 1024, 500, 1_000_000);

  /** Checks every limit is positive. */
  public YamlLimits {
    if (maxDocumentChars <= 0 || maxDepth <= 0 || maxNodes <= 0) {
      throw new IllegalArgumentException("YAML limits must be positive");
    }
  }
}
