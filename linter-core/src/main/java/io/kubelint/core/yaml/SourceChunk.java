package io.kubelint.core.yaml;

/**
 * The text of one YAML document of a file, as cut by {@link DocumentSplitter}.
 *
 * @param index 0-based position of the document in its file
 * @param startLine 1-based line of the file on which the chunk starts
 * @param text the document's lines joined with {@code \n}, or {@code null} when the document exceeded
 *     {@link YamlLimits#maxDocumentChars()} and was not kept
 * @param lineCount number of lines the chunk spans
 */
public record SourceChunk(int index, int startLine, String text, int lineCount) {

  /** Whether the document was too large to keep. */
  public boolean oversized() {
    return text == null;
  }
}
