package io.kubelint.core.k8s.validation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * RFC 3339 timestamps as the API server decodes them ({@code metav1.Time.UnmarshalJSON} calls Go's
 * {@code time.Parse(time.RFC3339, s)}; {@code staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/time.go} in
 * kubernetes/kubernetes): {@code 2006-01-02T15:04:05Z} or with an offset {@code +07:00}. As Go's general parser
 * (used when the strict fast path fails) accepts them: a four-character year, two-digit month, day, minute and
 * second, a one- or two-digit hour, a fraction after {@code .} or {@code ,}, an upper-case {@code T} and
 * {@code Z}, an offset hour up to 24 and minute up to 60, and no leap second. The value {@code null} is a
 * zero time, and is not checked here.
 */
public final class Timestamps {

  private static final String MESSAGE = "must be an RFC 3339 date and time such as 2024-05-01T12:00:00Z or "
      + "2024-05-01T14:00:00+02:00";

  private Timestamps() {
  }

  /** What is wrong with the text as an RFC 3339 timestamp; empty when it is one. */
  public static List<String> check(String text) {
    try {
      parse(text);
      return List.of();
    } catch (IllegalArgumentException e) {
      return List.of(MESSAGE + "; " + e.getMessage());
    }
  }

  /** The instant the text stands for, or empty when it is not an RFC 3339 timestamp. */
  public static Optional<Instant> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Parses the text.
   *
   * @throws IllegalArgumentException with what is wrong, in a few words, when it is not an RFC 3339 timestamp
   */
  static Instant parse(String s) {
    Cursor c = new Cursor(s);
    int year = c.year();
    c.literal('-', "'-' after the year");
    int month = c.number(true, "month");
    c.literal('-', "'-' after the month");
    int day = c.number(true, "day");
    if (!c.at('T')) {
      throw new IllegalArgumentException(c.more() && (c.peek() == 't' || c.peek() == ' ')
          ? "the date and the time must be separated by an upper case 'T'" : "it has no time after the date");
    }
    c.skip();
    int hour = c.number(false, "hour");
    c.literal(':', "':' after the hour");
    int minute = c.number(true, "minute");
    c.literal(':', "':' after the minutes");
    int second = c.number(true, "second");
    int nanos = c.fraction();
    int offset = c.zone();
    if (c.more()) {
      throw new IllegalArgumentException("it has extra text at the end: \"" + s.substring(c.at) + "\"");
    }
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month + " is out of range");
    }
    if (day < 1 || day > java.time.Month.of(month).length(Year.isLeap(year))) {
      throw new IllegalArgumentException("day " + day + " is out of range for month " + month);
    }
    if (hour > 23) {
      throw new IllegalArgumentException("hour " + hour + " is out of range");
    }
    if (minute > 59) {
      throw new IllegalArgumentException("minute " + minute + " is out of range");
    }
    if (second > 59) {
      throw new IllegalArgumentException("second " + second + " is out of range");
    }
    long epoch = LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC) - offset;
    return Instant.ofEpochSecond(epoch, nanos);
  }

  /** A position in the text being parsed. */
  private static final class Cursor {
    private final String s;
    private int at;

    Cursor(String s) {
      this.s = s;
    }

    boolean more() {
      return at < s.length();
    }

    char peek() {
      return s.charAt(at);
    }

    boolean at(char c) {
      return more() && peek() == c;
    }

    void skip() {
      at++;
    }

    boolean digit(int i) {
      return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** Go's {@code stdLongYear}: four characters read with {@code atoi} (an optional sign, then digits). */
    int year() {
      if (s.length() - at < 4) {
        throw new IllegalArgumentException("it does not start with a four-digit year");
      }
      String p = s.substring(at, at + 4);
      String digits = p.charAt(0) == '+' || p.charAt(0) == '-' ? p.substring(1) : p;
      if (!digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
        throw new IllegalArgumentException("it does not start with a four-digit year");
      }
      at += 4;
      int n = Integer.parseInt(digits);
      return p.charAt(0) == '-' ? -n : n;
    }

    /** Go's {@code getnum}: two digits, or one or two when not {@code fixed}. */
    int number(boolean fixed, String what) {
      if (!digit(at)) {
        throw new IllegalArgumentException("the " + what + " is missing or not a number");
      }
      if (!digit(at + 1)) {
        if (fixed) {
          throw new IllegalArgumentException("the " + what + " must have two digits");
        }
        return s.charAt(at++) - '0';
      }
      int n = (s.charAt(at) - '0') * 10 + s.charAt(at + 1) - '0';
      at += 2;
      return n;
    }

    void literal(char c, String expected) {
      if (!at(c)) {
        throw new IllegalArgumentException("expected " + expected);
      }
      at++;
    }

    /** A fraction of a second after {@code .} or {@code ,}: nanoseconds (digits beyond nine are ignored). */
    int fraction() {
      if (!more() || peek() != '.' && peek() != ',' || !digit(at + 1)) {
        return 0;
      }
      at++;
      int nanos = 0;
      int digits = 0;
      while (digit(at)) {
        if (digits < 9) {
          nanos = nanos * 10 + s.charAt(at) - '0';
          digits++;
        }
        at++;
      }
      while (digits++ < 9) {
        nanos *= 10;
      }
      return nanos;
    }

    /** Go's {@code stdISO8601ColonTZ}: {@code Z} or {@code ±hh:mm}; the offset in seconds east of UTC. */
    int zone() {
      if (at('Z')) {
        at++;
        return 0;
      }
      if (!more()) {
        throw new IllegalArgumentException("it has no time zone (end it with Z or an offset such as +02:00)");
      }
      if (peek() == 'z') {
        throw new IllegalArgumentException("the time zone must be an upper case 'Z'");
      }
      if (s.length() - at < 6 || s.charAt(at + 3) != ':' || peek() != '+' && peek() != '-'
          || !digit(at + 1) || !digit(at + 2) || !digit(at + 4) || !digit(at + 5)) {
        throw new IllegalArgumentException("the time zone must be Z or an offset such as +02:00");
      }
      int hours = Integer.parseInt(s.substring(at + 1, at + 3));
      int minutes = Integer.parseInt(s.substring(at + 4, at + 6));
      if (hours > 24 || minutes > 60) {
        throw new IllegalArgumentException("the time zone offset is out of range");
      }
      int sign = peek() == '-' ? -1 : 1;
      at += 6;
      return sign * (hours * 3600 + minutes * 60);
    }
  }
}
