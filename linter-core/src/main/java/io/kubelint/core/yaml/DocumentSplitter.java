package io.kubelint.core.yaml;

import java.io.IOException;
import java.io.InputStream;
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
 * leading byte-order mark is dropped; CR LF and lone CR line ends become LF (positions are unchanged).
 *
 * <p>Memory is bounded: a document larger than the limit is read on to its end and dropped, and no more than the
 * limit is held of any line, however long.
 */
public final class DocumentSplitter implements Iterator<SourceChunk> {

  private final LineReader reader;
  private final int maxChars;
  private LineReader.Line pendingLine;
  private int nextLine = 1;
  private int index;
  private SourceChunk next;
  private boolean done;

  /**
   * Splits text that is already decoded.
   *
   * @param reader the stream; closed by the caller
   * @param maxChars documents larger than this are returned with {@code text == null}
   */
  public DocumentSplitter(Reader reader, int maxChars) {
    this.reader = new LineReader(reader);
    this.maxChars = maxChars;
  }

  /**
   * Splits bytes, decoding them as YAML 1.2 does (§5.2): UTF-8, or UTF-16 or UTF-32 when a byte-order mark or the
   * null bytes of the first character say so. Bytes that are not text in that encoding never stop the reading:
   * the chunk that holds them carries the first of them as {@link SourceChunk#undecodable()}.
   *
   * @param in the stream; closed by the caller
   * @param maxChars documents larger than this (in characters) are returned with {@code text == null}
   */
  public DocumentSplitter(InputStream in, int maxChars) {
    this(new TextDecoder(in), maxChars);
  }

  /**
   * {@inheritDoc}
   *
   * @throws UncheckedIOException when reading fails (for a {@link Reader}, also when it cannot decode its bytes)
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

  private LineReader.Line readLine() throws IOException {
    if (pendingLine != null) {
      LineReader.Line line = pendingLine;
      pendingLine = null;
      return line;
    }
    return reader.read(maxChars);
  }

  private SourceChunk readChunk() throws IOException {
    StringBuilder text = new StringBuilder();
    int start = nextLine;
    int lines = 0;
    boolean oversized = false;
    boolean sawStartMarker = false;
    boolean content = false;
    SourceChunk.Undecodable undecodable = null;
    LineReader.Line line;
    while ((line = readLine()) != null) {
      if (line.isMarker("---") && (sawStartMarker || content)) {
        pendingLine = line;
        break;
      }
      nextLine++;
      lines++;
      if (line.isMarker("---")) {
        sawStartMarker = true;
      } else if (line.firstNonBlank() >= 0 && line.firstNonBlank() != '#' && !line.text().startsWith("%")) {
        content = true;
      }
      if (!oversized) {
        if (!line.whole() || text.length() + line.text().length() + 1 > maxChars) {
          oversized = true;
          text = new StringBuilder();
        } else {
          text.append(line.text()).append('\n');
        }
      }
      if (undecodable == null && line.undecodableBytes() != null) {
        undecodable = new SourceChunk.Undecodable(nextLine - 1, line.undecodableColumn(), line.undecodableBytes(),
            reader.encoding());
      }
      if (line.isMarker("...")) {
        break;
      }
    }
    if (lines == 0) {
      return null;
    }
    return new SourceChunk(index++, start, oversized ? null : text.toString(), lines, undecodable);
  }
}
