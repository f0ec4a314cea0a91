package io.kubelint.core.report;

/**
 * A source line as printed under a finding, with where its caret line starts and how wide it is, both in terminal
 * cells. Tabs are expanded to spaces (stops every {@value TerminalText#TAB_STOP} cells) in the printed line, so the
 * carets, written with spaces, stay under the right characters however the terminal sets its tab stops; wide
 * characters count two cells and combining marks none.
 *
 * @param text the line to print, safe for a terminal
 * @param caretOffset cells before the first caret
 * @param caretWidth number of carets, at least 1
 */
record SourceExcerpt(String text, int caretOffset, int caretWidth) {

  /**
   * Lays out {@code line} for a finding at {@code column} spanning {@code length} code points. A span reaching
   * beyond the end of the line counts one cell per missing character.
   *
   * @param line the source line, without its line break
   * @param column 1-based, in code points
   * @param length in code points
   */
  static SourceExcerpt of(String line, int column, int length) {
    StringBuilder text = new StringBuilder(line.length() + 8);
    int cells = 0;
    int caretStart = -1;
    int caretEnd = -1;
    int end = column + Math.max(1, length);
    int col = 1;
    for (int i = 0; i < line.length(); col++) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (col == column) {
        caretStart = cells;
      }
      if (col == end) {
        caretEnd = cells;
      }
      if (cp == '\t') {
        int spaces = TerminalText.TAB_STOP - cells % TerminalText.TAB_STOP;
        text.append(" ".repeat(spaces));
        cells += spaces;
      } else {
        int safe = TerminalText.safe(cp);
        text.appendCodePoint(safe);
        cells += TerminalText.width(safe);
      }
    }
    // col is now one past the last character: columns from here on are virtual cells of width 1
    if (caretStart < 0) {
      caretStart = cells + (column - col);
    }
    if (caretEnd < 0) {
      caretEnd = cells + Math.max(0, end - col);
    }
    return new SourceExcerpt(text.toString(), caretStart, Math.max(1, caretEnd - caretStart));
  }
}
