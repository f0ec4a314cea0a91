package io.kubelint.core.yaml;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line, keeping at most a given number of characters of each line: the rest of a longer line
 * is read and dropped, so memory stays bounded however long a line is. Lines end at LF, CR LF or a lone CR (the
 * line breaks of YAML, §5.4); a leading byte-order mark is dropped.
 */
final class LineReader {

  /**
   * One line.
   *
   * @param text the line without its line break, or its first {@code keep} characters when it is longer
   * @param whole whether {@code text} is the whole line
   * @param firstNonBlank the first character that is not white space, or {@code -1} for a blank line
   * @param undecodableColumn 1-based column (in code points) of the first byte sequence that is not text in the
   *     stream's encoding, or {@code 0}
   * @param undecodableBytes those bytes ({@code 0xFF}), or {@code null}
   */
  record Line(String text, boolean whole, int firstNonBlank, int undecodableColumn, String undecodableBytes) {

    /** A {@code ---} or {@code ...} marker: at column 0, followed by a space, a tab or the end of the line. */
    boolean isMarker(String marker) {
      return text.startsWith(marker)
          && (text.length() == 3 || text.charAt(3) == ' ' || text.charAt(3) == '\t');
    }
  }

  private final Reader reader;
  private final TextDecoder decoder;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  /** Stream index of {@code buffer[0]}. */
  private long base;
  private boolean eof;
  private boolean skipLineFeed;

  /** @param reader the text; a {@link TextDecoder} also reports the bytes it could not decode */
  LineReader(Reader reader) {
    this.reader = reader;
    this.decoder = reader instanceof TextDecoder d ? d : null;
  }

  /**
   * The next line, or {@code null} at the end of the stream.
   *
   * @param keep how many characters of the line to keep at most
   * @throws IOException when reading fails (for a plain {@link Reader}, also when it cannot decode its bytes)
   */
  Line read(int keep) throws IOException {
    StringBuilder text = new StringBuilder(Math.min(keep, 128));
    boolean whole = true;
    boolean any = false;
    int firstNonBlank = -1;
    int column = 0;
    int badColumn = 0;
    String badBytes = null;
    while (true) {
      if (position == limit && !fill()) {
        return any ? new Line(text.toString(), whole, firstNonBlank, badColumn, badBytes) : null;
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      if (base + position == 0 && buffer[position] == '\uFEFF') {
        position++;
        continue;
      }
      any = true;
      int end = position;
      for (; end < limit; end++) {
        char c = buffer[end];
        if (c == '\n' || c == '\r') {
          break;
        }
        if (!Character.isLowSurrogate(c)) {
          column++;
        }
        if (c == '\uFFFD' && decoder != null) {
          // asked for every U+FFFD, so that the decoder's queue drains
          TextDecoder.Undecodable bad = decoder.undecodableAt(base + end);
          if (bad != null && badBytes == null) {
            badColumn = column;
            badBytes = bad.bytes();
          }
        }
        if (firstNonBlank < 0 && !Character.isWhitespace(c)) {
          firstNonBlank = c;
        }
      }
      int take = Math.min(end - position, keep - text.length());
      text.append(buffer, position, take);
      whole &= take == end - position;
      position = end;
      if (end < limit) {
        skipLineFeed = buffer[position++] == '\r';
        return new Line(text.toString(), whole, firstNonBlank, badColumn, badBytes);
      }
    }
  }

  /** The stream's encoding ({@code UTF-8} for a plain reader). */
  String encoding() {
    return decoder == null ? "UTF-8" : decoder.encoding();
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    base += limit;
    position = 0;
    limit = 0;
    int n;
    do {
      n = reader.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit = n;
    return true;
  }
}
