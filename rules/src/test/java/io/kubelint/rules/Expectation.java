package io.kubelint.rules;

import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Fix;
import io.kubelint.core.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One finding a testdata file expects, read from a {@code # expect:} marker (the syntax is in {@link TestdataTest}):
 * the rule, and optionally the column, the severity, the message (a part of it, or all of it) and the fix.
 *
 * @param file the file of the marker
 * @param line the line of the marker, which is the line the finding must point at
 * @param ruleId the rule
 * @param column the column the finding must start at, or 0 for any
 * @param severity the severity it must have, or {@code null} for any
 * @param message text its message must contain (or be, with {@code exactMessage}), or {@code null} for any
 * @param exactMessage whether {@code message} is the whole message
 * @param fix the replacement text one of its fixes must have, or {@code null} for any (also none)
 * @param noFix whether it must have no fix
 */
record Expectation(Path file, int line, String ruleId, int column, Severity severity, String message,
                   boolean exactMessage, String fix, boolean noFix) {

  /**
   * Reads the expectations of one marker: the text after {@code expect:}.
   *
   * @throws IllegalArgumentException when the text does not follow the syntax
   */
  static List<Expectation> parse(Path file, int line, String text) {
    return new Reader(file, line, text).all();
  }

  /** Whether {@code f} is such a finding (its file and line are compared by the caller). */
  boolean matches(Finding f) {
    return f.ruleId().equals(ruleId)
        && (column == 0 || f.column() == column)
        && (severity == null || f.severity() == severity)
        && (message == null || (exactMessage ? f.message().equals(message) : f.message().contains(message)))
        && (!noFix || f.fixes().isEmpty())
        && (fix == null || f.fixes().stream().map(Fix::replacement).anyMatch(fix::equals));
  }

  /** How many things it checks besides the rule: the more specific expectations are matched first. */
  int specificity() {
    return (column > 0 ? 1 : 0) + (severity != null ? 1 : 0) + (message != null ? 2 : 0) + (exactMessage ? 1 : 0)
        + (fix != null || noFix ? 1 : 0);
  }

  /** Whether it checks the message. */
  boolean checksMessage() {
    return message != null;
  }

  /** Whether it checks the fix (that there is a given one, or none). */
  boolean checksFix() {
    return fix != null || noFix;
  }

  /** The marker text this expectation was read from, normalised. */
  @Override
  public String toString() {
    return ruleId + (column > 0 ? "@" + column : "")
        + (severity != null ? " (" + severity.label() + ")" : "")
        + (message != null ? (exactMessage ? " =" : " ") + quote(message) : "")
        + (noFix ? " -> none" : fix != null ? " -> " + quote(fix) : "");
  }

  /** {@code "text"} with {@code "}, {@code \} and line breaks escaped. */
  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  /** A reader of one marker's text. */
  private static final class Reader {
    private final Path file;
    private final int line;
    private final String text;
    private int at;

    Reader(Path file, int line, String text) {
      this.file = file;
      this.line = line;
      this.text = text;
    }

    List<Expectation> all() {
      List<Expectation> out = new ArrayList<>();
      skipBlanks();
      while (at < text.length()) {
        out.add(one());
        skipBlanks();
        if (at < text.length()) {
          expect(',');
          skipBlanks();
        }
      }
      if (out.isEmpty()) {
        throw error("a rule id");
      }
      return out;
    }

    private Expectation one() {
      int start = at;
      while (at < text.length() && (Character.isLowerCase(text.charAt(at)) || Character.isDigit(text.charAt(at))
          || text.charAt(at) == '-')) {
        at++;
      }
      String id = text.substring(start, at);
      if (id.isEmpty()) {
        throw error("a rule id");
      }
      int column = 0;
      if (peek('@')) {
        at++;
        int digits = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
          at++;
        }
        if (digits == at) {
          throw error("a column after @");
        }
        column = Integer.parseInt(text.substring(digits, at));
      }
      skipBlanks();
      Severity severity = null;
      if (peek('(')) {
        int close = text.indexOf(')', at);
        if (close < 0) {
          throw error("error, warning or info in parentheses");
        }
        try {
          severity = Severity.parse(text.substring(at + 1, close).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw error("error, warning or info in parentheses");
        }
        at = close + 1;
        skipBlanks();
      }
      String message = null;
      boolean exact = false;
      if (peek('=') || peek('"')) {
        exact = peek('=');
        at += exact ? 1 : 0;
        message = string();
        skipBlanks();
      }
      String fix = null;
      boolean noFix = false;
      if (text.startsWith("->", at)) {
        at += 2;
        skipBlanks();
        if (text.startsWith("none", at)) {
          at += 4;
          noFix = true;
        } else {
          fix = string();
        }
      }
      return new Expectation(file, line, id, column, severity, message, exact, fix, noFix);
    }

    /** A double-quoted string with {@code \"}, {@code \\} and {@code \n} escapes. */
    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (at < text.length() && text.charAt(at) != '"') {
        char c = text.charAt(at++);
        if (c == '\\' && at < text.length()) {
          char escaped = text.charAt(at++);
          out.append(escaped == 'n' ? '\n' : escaped);
        } else {
          out.append(c);
        }
      }
      expect('"');
      return out.toString();
    }

    private boolean peek(char c) {
      return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw error("'" + c + "'");
      }
      at++;
    }

    private void skipBlanks() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private IllegalArgumentException error(String wanted) {
      return new IllegalArgumentException(file + ":" + line + ": cannot read the expectation '" + text.strip()
          + "': expected " + wanted + " at column " + (at + 1) + " of it");
    }
  }
}
