package io.kubelint.core.yaml;

/**
 * The text of one YAML document of a file, as cut by {@link DocumentSplitter}.
 *
 * @param index 0-based position of the document in its file
 * @param startLine 1-based line of the file on which the chunk starts
 * @param text the document's lines joined with {@code \n}, or {@code null} when the document exceeded
 *     {@link YamlLimits#maxDocumentChars()} and was not kept
 * @param lineCount number of lines the chunk spans
 * @param undecodable the first bytes of the document that are not text in the file's encoding, or {@code null};
 *     {@code text} then holds U+FFFD in their place
 */
public record SourceChunk(int index, int startLine, String text, int lineCount, Undecodable undecodable) {

  /**
   * Bytes that are not text in the encoding of their file (invalid UTF-8, an unpaired UTF-16 surrogate).
   *
   * @param line 1-based line of the file
   * @param column 1-based column, in code points, counting the bad sequence as one
   * @param bytes the bytes, e.g. {@code 0xFF} or {@code 0xC3 0x28}
   * @param encoding the file's encoding, e.g. {@code UTF-8}
   */
  public record Undecodable(int line, int column, String bytes, String encoding) {
  }

  /** A chunk whose bytes were all text. */
  public SourceChunk(int index, int startLine, String text, int lineCount) {
    this(index, startLine, text, lineCount, null);
  }

  /** Whether the document was too large to keep. */
  public boolean oversized() {
    return text == null;
  }
}
