package io.kubelint.core.yaml;

/**
 * Looks at one line of YAML source the way a person reads it, for guesses about what went wrong on a line the
 * parser rejected: what is written outside quoted strings and before a comment. A quote only opens a string where
 * a value can start (at the start of the line, or after {@code :}, {@code -}, {@code ?}, {@code [}, {@code {} or
 * {@code ,}); in the middle of a plain value it is an ordinary character, as YAML 1.2 reads it (§7.3).
 */
final class PlainText {

  private PlainText() {
  }

  /** Index of the first {@code needle} outside quoted strings and comments, or {@code -1}. */
  static int indexOf(String line, String needle) {
    return scan(line, needle, false);
  }

  /**
   * Index of the first key separator: a {@code :} outside quoted strings and comments that is followed by a space,
   * a tab or the end of the line; or {@code -1}.
   */
  static int keySeparator(String line) {
    return scan(line, ":", true);
  }

  private static int scan(String line, String needle, boolean separator) {
    int n = line.length();
    boolean valueStart = true;
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (line.startsWith(needle, i)
          && (!separator || i + 1 == n || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t')) {
        return i;
      }
      boolean afterBlank = i == 0 || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t';
      if (c == '#' && afterBlank) {
        return -1;
      }
      if ((c == '"' || c == '\'') && valueStart) {
        i = endOfQuoted(line, i);
        valueStart = false;
        continue;
      }
      if (c != ' ' && c != '\t') {
        valueStart = c == ':' || c == '-' || c == '?' || c == '[' || c == '{' || c == ',';
      }
      i++;
    }
    return -1;
  }

  /** Index after the quoted string that opens at {@code start} (the line's end when it is not closed there). */
  private static int endOfQuoted(String line, int start) {
    char quote = line.charAt(start);
    int i = start + 1;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (quote == '"' && c == '\\') {
        i += 2;
      } else if (c == quote && quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return line.length();
  }
}
