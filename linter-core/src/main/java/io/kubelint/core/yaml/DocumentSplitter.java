package io.kubelint.core.yaml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Cuts a YAML stream into its documents without parsing it, so each document is parsed on its own: a syntax error
 * in one document does not hide the others, and a long stream is processed one document at a time.
 *
 * <p>A document starts at a {@code ---} marker line and ends after a {@code ...} marker line or before the next
 * {@code ---}. Both markers are only markers at column 0 followed by a space, a tab or the end of the line; the
 * YAML 1.2 specification (§9.1, "c-forbidden") forbids such a line inside any scalar, so cutting there never
 * splits a document. Directive lines ({@code %YAML}, {@code %TAG}) stay with the document that follows them. A
 * leading byte-order mark is dropped; CR LF line ends become LF (positions are unchanged).
 */
public final class DocumentSplitter implements Iterator<SourceChunk> {

  private final BufferedReader reader;
  private final int maxChars;
  private String pendingLine;
  private int nextLine = 1;
  private int index;
  private boolean first = true;
  private SourceChunk next;
  private boolean done;

  /**
   * @param reader the stream; closed by the caller
   * @param maxChars documents larger than this are returned with {@code text == null}
   */
  public DocumentSplitter(Reader reader, int maxChars) {
    this.reader = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    this.maxChars = maxChars;
  }

  /**
   * {@inheritDoc}
   *
   * @throws UncheckedIOException when reading fails (including malformed UTF-8)
   */
  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = readChunk();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      done = next == null;
    }
    return next != null;
  }

  @Override
  public SourceChunk next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceChunk chunk = next;
    next = null;
    return chunk;
  }

  /** The number of lines read so far (the line count of the whole stream once iteration has finished). */
  public int linesRead() {
    return nextLine - 1;
  }

  private String readLine() throws IOException {
    if (pendingLine != null) {
      String line = pendingLine;
      pendingLine = null;
      return line;
    }
    String line = reader.readLine();
    if (line != null && first) {
      first = false;
      if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
    }
    return line;
  }

  private static boolean isMarker(String line, String marker) {
    return line.startsWith(marker)
        && (line.length() == 3 || line.charAt(3) == ' ' || line.charAt(3) == '\t');
  }

  private SourceChunk readChunk() throws IOException {
    StringBuilder text = new StringBuilder();
    int start = nextLine;
    int lines = 0;
    boolean oversized = false;
    boolean sawStartMarker = false;
    boolean content = false;
    String line;
    while ((line = readLine()) != null) {
      if (isMarker(line, "---") && (sawStartMarker || content)) {
        pendingLine = line;
        break;
      }
      nextLine++;
      lines++;
      if (isMarker(line, "---")) {
        sawStartMarker = true;
      } else if (!line.startsWith("%") && !line.isBlank() && !line.stripLeading().startsWith("#")) {
        content = true;
      }
      if (!oversized) {
        if (text.length() + line.length() + 1 > maxChars) {
          oversized = true;
          text.setLength(0);
        } else {
          text.append(line).append('\n');
        }
      }
      if (isMarker(line, "...")) {
        break;
      }
    }
    if (lines == 0) {
      return null;
    }
    return new SourceChunk(index++, start, oversized ? null : text.toString(), lines);
  }
}
