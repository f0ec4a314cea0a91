package io.kubelint.core.run;

/**
 * Where a field of an object is written, resolved while its document was in memory, so that a finding can point at
 * it after the document is gone: everything a finding needs about its place, nothing of the document's tree.
 *
 * @param file the file as named in reports
 * @param line 1-based line
 * @param column 1-based column, in code points
 * @param length code points the field spans on that line
 * @param path JSON pointer of the field inside its object
 * @param identity the path with named list items named ({@link io.kubelint.core.text.FieldPaths#identity})
 * @param sourceLine the text of the line, for the caret under it; {@code null} when unknown
 * @param replaceable whether the span is exactly a one-line scalar value, which a fix may replace
 */
public record Position(String file, int line, int column, int length, String path, String identity,
                       String sourceLine, boolean replaceable) {

  /** {@code file:line}, for messages that say where something is. */
  public String display() {
    return file + ":" + line;
  }
}
