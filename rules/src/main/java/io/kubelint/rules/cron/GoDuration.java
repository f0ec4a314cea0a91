package io.kubelint.rules.cron;

import java.math.BigInteger;
import java.util.Map;

/**
 * Reads a duration the way Go's {@code time.ParseDuration} does, for {@code @every <duration>} schedules: an
 * optional sign, then one or more decimal numbers (with an optional fraction) each followed by a unit, such as
 * {@code 90s}, {@code 1h30m}, {@code 1.5h} or {@code -2m}; the units are {@code ns}, {@code us} (also written with a
 * micro sign or a Greek mu), {@code ms}, {@code s}, {@code m} and {@code h}, and a lone {@code 0} needs none. The
 * result must fit a signed 64-bit count of nanoseconds. Behaviour modelled:
 * https://pkg.go.dev/time#ParseDuration (Go's {@code time/format.go}); this is an independent implementation.
 */
public final class GoDuration {

  private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(63);
  private static final Map<String, Long> UNITS = Map.of(
      "ns", 1L,
      "us", 1_000L,
      "\u00b5s", 1_000L,
      "\u03bcs", 1_000L,
      "ms", 1_000_000L,
      "s", 1_000_000_000L,
      "m", 60_000_000_000L,
      "h", 3_600_000_000_000L);

  private GoDuration() {
  }

  /**
   * The duration in nanoseconds.
   *
   * @param text the duration as written, without surrounding space
   * @throws IllegalArgumentException when Go would reject it; the message says why, in a few words
   */
  public static long parseNanos(String text) {
    int i = 0;
    boolean negative = false;
    if (!text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
      negative = text.charAt(0) == '-';
      i = 1;
    }
    if (text.substring(i).equals("0")) {
      return 0;
    }
    if (i == text.length()) {
      throw new IllegalArgumentException("it has no number");
    }
    BigInteger total = BigInteger.ZERO;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '.' && !isDigit(c)) {
        throw new IllegalArgumentException("expected a number at '" + text.substring(i) + "'");
      }
      int intStart = i;
      BigInteger whole = BigInteger.ZERO;
      while (i < text.length() && isDigit(text.charAt(i))) {
        whole = whole.multiply(BigInteger.TEN).add(BigInteger.valueOf(text.charAt(i) - '0'));
        if (whole.compareTo(LIMIT) > 0) {
          throw new IllegalArgumentException("it is too long (more than about 2,562,047 hours)");
        }
        i++;
      }
      boolean hasWhole = i > intStart;
      long fraction = 0;
      double scale = 1;
      boolean hasFraction = false;
      if (i < text.length() && text.charAt(i) == '.') {
        i++;
        int fractionStart = i;
        boolean saturated = false;
        while (i < text.length() && isDigit(text.charAt(i))) {
          // like Go, digits beyond what 63 bits hold add no precision
          if (!saturated) {
            if (fraction > (Long.MAX_VALUE - (text.charAt(i) - '0')) / 10) {
              saturated = true;
            } else {
              fraction = fraction * 10 + (text.charAt(i) - '0');
              scale *= 10;
            }
          }
          i++;
        }
        hasFraction = i > fractionStart;
      }
      if (!hasWhole && !hasFraction) {
        throw new IllegalArgumentException("a '.' needs digits before or after it");
      }
      int unitStart = i;
      while (i < text.length() && text.charAt(i) != '.' && !isDigit(text.charAt(i))) {
        i++;
      }
      if (i == unitStart) {
        throw new IllegalArgumentException("the number " + text.substring(intStart, i) + " has no unit");
      }
      String unitText = text.substring(unitStart, i);
      Long unit = UNITS.get(unitText);
      if (unit == null) {
        throw new IllegalArgumentException("unknown unit '" + unitText + "'");
      }
      BigInteger value = whole.multiply(BigInteger.valueOf(unit));
      if (fraction > 0) {
        value = value.add(BigInteger.valueOf((long) (fraction * (unit / scale))));
      }
      total = total.add(value);
      if (value.compareTo(LIMIT) > 0 || total.compareTo(LIMIT) > 0) {
        throw new IllegalArgumentException("it is too long (more than about 2,562,047 hours)");
      }
    }
    if (negative) {
      return total.negate().longValueExact();
    }
    if (total.compareTo(LIMIT) >= 0) {
      throw new IllegalArgumentException("it is too long (more than about 2,562,047 hours)");
    }
    return total.longValueExact();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
