package io.kubelint.core.k8s.validation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The details the messages of this package add to the upstream meaning: which character is wrong and where, how
 * long a value is. Positions are 1-based character (code point) positions, as a person counts them.
 */
final class Explain {

  private Explain() {
  }

  /** Go's {@code len(s)}: the length in UTF-8 bytes. */
  static int utf8Length(String value) {
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** Whether the value, in UTF-8, is longer than {@code max} bytes (Go's {@code len(value) > max}). */
  static boolean longerThan(String value, int max) {
    return value.length() > max || utf8Length(value) > max;
  }

  /** {@code must be no more than 63 characters (it has 64)}, in bytes when the value is not plain ASCII. */
  static String tooLong(int max, String value) {
    int bytes = value.getBytes(StandardCharsets.UTF_8).length;
    int chars = value.codePointCount(0, value.length());
    return "must be no more than " + max + " characters (it has " + bytes + (bytes == chars ? ")" : " bytes in UTF-8)");
  }

  /** A character as a person reads it in a message: {@code '^'}, {@code a space}, {@code U+0007}. */
  static String character(int cp) {
    if (cp == ' ') {
      return "a space";
    }
    if (cp == '\t') {
      return "a tab";
    }
    if (cp == '\n' || cp == '\r') {
      return "a line break";
    }
    if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT) {
      return String.format(Locale.ROOT, "U+%04X", cp);
    }
    return "'" + new String(Character.toChars(cp)) + "'";
  }

  /**
   * What is first wrong with a value whose characters must all satisfy {@code allowed} and whose first and last
   * characters must satisfy {@code first} and {@code last}; {@code null} when none of these is wrong.
   *
   * @param lowerCaseOnly whether upper-case letters are wrong only for their case (then the message says so)
   */
  static String shape(String value, IntPredicate allowed, IntPredicate first, IntPredicate last,
                      boolean lowerCaseOnly) {
    if (value.isEmpty()) {
      return "it is empty";
    }
    int position = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      position++;
      if (!allowed.test(cp)) {
        boolean caseOnly = lowerCaseOnly && cp >= 'A' && cp <= 'Z' && allowed.test(Character.toLowerCase(cp));
        return character(cp) + " (character " + position + ") is " + (caseOnly ? "upper case" : "not allowed");
      }
      i += Character.charCount(cp);
    }
    int head = value.codePointAt(0);
    if (!first.test(head)) {
      return "it starts with " + (head >= '0' && head <= '9' ? "the digit " : "") + character(head);
    }
    int tail = value.codePointBefore(value.length());
    if (!last.test(tail)) {
      return "it ends with " + character(tail);
    }
    return null;
  }

  /** {@code base; detail}, or {@code base} when there is no detail. */
  static String with(String base, String detail) {
    return detail == null ? base : base + "; " + detail;
  }

  static boolean lowerAlnum(int c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  static boolean alnum(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  static boolean lowerAlpha(int c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean any(int c) {
    return true;
  }
}
