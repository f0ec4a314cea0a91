package io.kubelint.core.report;

/**
 * Makes text from manifests safe to print on a terminal, and measures it in terminal cells.
 *
 * <p>Manifests are untrusted input: a field name or a source line may hold escape sequences that would recolour or
 * clear the terminal, or bidirectional controls that make the printed line read differently from what the file
 * holds. Such characters are shown as U+FFFD instead.
 */
final class TerminalText {

  /** Tabs in source lines advance to the next multiple of this many cells. */
  static final int TAB_STOP = 4;

  private static final int REPLACEMENT = 0xFFFD;

  /** East Asian Wide and Fullwidth blocks (UAX #11), as inclusive pairs; an approximation by whole blocks. */
  private static final int[] WIDE = {
      0x1100, 0x115F, 0x2E80, 0x303E, 0x3041, 0x33FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA000, 0xA4CF,
      0xA960, 0xA97F, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6F, 0xFF00, 0xFF60,
      0xFFE0, 0xFFE6, 0x1F300, 0x1F64F, 0x1F900, 0x1F9FF, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD};

  private TerminalText() {
  }

  /** Whether printing {@code cp} could change the terminal's state or the visual order of the line. */
  static boolean unsafe(int cp) {
    return Character.isISOControl(cp)
        || cp == 0x061C || cp == 0x200E || cp == 0x200F || cp == 0x2028 || cp == 0x2029
        || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
  }

  /**
   * {@code text} for one line of output: tabs and line breaks become spaces, other unsafe characters U+FFFD.
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == '\t' || cp == '\n' || cp == '\r') {
        out.append(' ');
      } else {
        out.appendCodePoint(unsafe(cp) ? REPLACEMENT : cp);
      }
    });
    return out.toString();
  }

  /** The safe stand-in for one code point of a source line (tabs are handled by the caller). */
  static int safe(int cp) {
    return unsafe(cp) ? REPLACEMENT : cp;
  }

  /** Terminal cells a (safe) code point takes: 0 for combining marks and format characters, 2 for wide ones. */
  static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return 0;
    }
    for (int i = 0; i < WIDE.length; i += 2) {
      if (cp >= WIDE[i] && cp <= WIDE[i + 1]) {
        return 2;
      }
    }
    return 1;
  }
}
