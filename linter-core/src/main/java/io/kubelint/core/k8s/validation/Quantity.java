package io.kubelint.core.k8s.validation;

import io.kubelint.core.k8s.validation.InvalidQuantityException.Reason;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource quantity ({@code 500m}, {@code 1.5Gi}, {@code 1e3}) parsed exactly as {@code resource.ParseQuantity}
 * in {@code staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go} and {@code suffix.go}
 * (kubernetes/kubernetes) parses it, with its value as an exact decimal for comparisons.
 *
 * <p>The grammar: an optional sign, digits with an optional {@code .} and fraction ({@code 5}, {@code 5.},
 * {@code .5}, {@code 0.5}; even {@code .}, {@code +} and {@code -} alone read as zero), then an optional suffix:
 * binary {@code Ki Mi Gi Ti Pi Ei} (powers of 1024), decimal {@code n u m "" k M G T P E} (powers of 1000,
 * {@code m} a thousandth), or a decimal exponent {@code e}/{@code E} with an optional sign and digits
 * ({@code 1e3}, {@code 1E-3}). Case matters: {@code 500mi}, {@code 1GI} and {@code 1KB} are errors, {@code 1E} is
 * 10^18 and {@code 1e} an error. The three errors are those of {@link InvalidQuantityException.Reason}.
 *
 * <p>The value, as upstream: a value with more than nine decimal places is rounded up (away from zero) to the next
 * nano ({@code 0.1n} is {@code 1n}); a binary-suffixed value is capped at 2^63-1 in magnitude; a decimal value is
 * not capped. The exponent of {@code e} wraps like Go's {@code int32}. {@link #parseJson} adds what the API
 * server's JSON decoding does first: surrounding white space is removed.
 */
public final class Quantity implements Comparable<Quantity> {

  /** How a quantity was written, which upstream keeps for serialising it again. */
  public enum Format {
    /** {@code 12e6}. */
    DECIMAL_EXPONENT,
    /** {@code 12Mi}. */
    BINARY_SI,
    /** {@code 12M}, {@code 12}, {@code 12m}. */
    DECIMAL_SI
  }

  private static final int NANO = -9;
  private static final int MAX_INT64_FACTORS = 18;
  private static final BigDecimal MAX_ALLOWED = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final String SUFFIX_LETTERS = "eEinumkKMGTP";

  private final String text;
  private final BigDecimal value;
  private final Format format;

  private Quantity(String text, BigDecimal value, Format format) {
    this.text = text;
    this.value = value;
    this.format = format;
  }

  /**
   * Parses a quantity as {@code resource.ParseQuantity} does, without trimming anything.
   *
   * @throws InvalidQuantityException when upstream returns an error; its message says why in plain words
   */
  public static Quantity parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new InvalidQuantityException(Reason.FORMAT, -1, Messages.FORMAT + "; it is empty");
    }
    if (text.equals("0")) {
      return new Quantity(text, BigDecimal.ZERO, Format.DECIMAL_SI);
    }
    Scan s = Scan.of(text);
    Suffix suffix = Suffix.interpret(s.suffix);
    if (suffix == null) {
      throw new InvalidQuantityException(Reason.SUFFIX, s.suffixStart, Messages.unknownSuffix(s.suffix));
    }
    BigDecimal fast = fastPath(s, suffix);
    BigDecimal value = fast != null ? fast : slowPath(text, s, suffix);
    Format format = suffix.format;
    if (format == Format.BINARY_SI && value.signum() > 0 && value.compareTo(BigDecimal.ONE) < 0) {
      format = Format.DECIMAL_SI;
    }
    return new Quantity(text, value, format);
  }

  /**
   * Parses a quantity as the API server decodes it from JSON ({@code Quantity.UnmarshalJSON}): white space around
   * it (Go's {@code strings.TrimSpace}) is removed first, so {@code " 1Gi"} is valid while {@code "1 Gi"} is not.
   *
   * @throws InvalidQuantityException as {@link #parse}
   */
  public static Quantity parseJson(String text) {
    return parse(trimSpace(text));
  }

  /** {@link #parse}, or empty when the text is not a quantity. */
  public static Optional<Quantity> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidQuantityException e) {
      return Optional.empty();
    }
  }

  /** The text it was parsed from. */
  public String text() {
    return text;
  }

  /**
   * The exact value in the base unit (cores for cpu, bytes for memory): {@code 500m} is 0.5, {@code 1Ki} 1024,
   * {@code 1e3} 1000. A value written with a large exponent has a large negative scale; use {@link #compareTo}
   * rather than expanding it.
   */
  public BigDecimal value() {
    return value;
  }

  /** The format of its suffix; a binary value between 0 and 1 is {@link Format#DECIMAL_SI}, as upstream. */
  public Format format() {
    return format;
  }

  /** -1, 0 or 1 as the value is negative, zero or positive. */
  public int signum() {
    return value.signum();
  }

  /**
   * Compares the values ({@code 1Gi} is more than {@code 1G}; {@code 1000m} compares equal to {@code 1}). Not
   * consistent with {@link #equals}, which compares the written text.
   */
  @Override
  public int compareTo(Quantity other) {
    return value.compareTo(other.value);
  }

  /**
   * {@code ScaledValue}: the value in units of 10^{@code exponent}, rounded up (away from zero), such as
   * {@code scaledValue(-3)} for millicores ({@code MilliValue}) or {@code scaledValue(0)} for bytes ({@code Value}).
   * Unlike upstream it does not overflow.
   *
   * @throws ArithmeticException when the result would have more than 1000 digits
   */
  public BigInteger scaledValue(int exponent) {
    BigDecimal scaled = value.scaleByPowerOfTen(-exponent);
    if (scaled.precision() - scaled.scale() > 1000) {
      throw new ArithmeticException("the quantity " + text + " is too large to expand");
    }
    return scaled.setScale(0, RoundingMode.UP).toBigIntegerExact();
  }

  /**
   * Whether the value is a whole number as {@code ValidateResourceQuantityValue} decides for integer resources
   * ({@code MilliValue() % 1000 == 0}): {@code 1.0001} is not, as its milli value rounds up to 1001.
   */
  public boolean isWhole() {
    if (value.scale() <= 0) {
      return true;
    }
    return value.scaleByPowerOfTen(3).setScale(0, RoundingMode.UP).remainder(BigDecimal.valueOf(1000)).signum() == 0;
  }

  /** Whether the other quantity was written the same way (compare values with {@link #compareTo}). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q && q.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The text it was parsed from. */
  @Override
  public String toString() {
    return text;
  }

  /** The int64 fast path of {@code ParseQuantity}, or {@code null} when upstream takes the inf.Dec path. */
  private static BigDecimal fastPath(Scan s, Suffix suffix) {
    int precision;
    int scale = 0;
    long mantissa = 1;
    if (suffix.format == Format.BINARY_SI) {
      if (suffix.exponent >= 0 && s.denom.isEmpty()) {
        mantissa = 1L << suffix.exponent;
        precision = 15 - s.num.length() - (int) ((float) suffix.exponent * 3 / 10) - 1;
      } else {
        precision = -1;
      }
    } else {
      scale = suffix.exponent;
      precision = MAX_INT64_FACTORS - (s.num.length() + s.denom.length());
    }
    if (precision < 0) {
      return null;
    }
    scale -= s.denom.length();
    if (scale < NANO) {
      return null;
    }
    long digits = Long.parseLong(s.num + s.denom);
    long result;
    try {
      result = Math.multiplyExact(digits, mantissa);
    } catch (ArithmeticException overflow) {
      return null;
    }
    return BigDecimal.valueOf(s.positive ? result : -result).scaleByPowerOfTen(scale);
  }

  /** The inf.Dec path of {@code ParseQuantity}: exact, rounded up to nanos, binary values capped at 2^63-1. */
  private static BigDecimal slowPath(String text, Scan s, Suffix suffix) {
    String digits = s.num + s.denom;
    if (!s.valueHasDigits) {
      throw new InvalidQuantityException(Reason.NUMBER, 0, Messages.NUMBER);
    }
    BigDecimal amount = new BigDecimal(new BigInteger(digits), s.denom.length());
    if (suffix.base == 10) {
      // inf.Dec.SetScale(scale - exponent), in int32 arithmetic as upstream
      amount = new BigDecimal(amount.unscaledValue(), amount.scale() - suffix.exponent);
    } else {
      amount = amount.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(suffix.exponent)));
    }
    if (amount.scale() > -NANO) {
      amount = amount.setScale(-NANO, RoundingMode.UP);
    }
    if (suffix.format == Format.BINARY_SI && amount.compareTo(MAX_ALLOWED) > 0) {
      amount = MAX_ALLOWED;
    }
    return s.positive ? amount : amount.negate();
  }

  /** Go's {@code strings.TrimSpace}: removes Unicode white space ({@code unicode.IsSpace}) at both ends. */
  static String trimSpace(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && goSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && goSpace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  /** Go's {@code unicode.IsSpace}. */
  static boolean goSpace(int c) {
    return switch (c) {
      case '\t', '\n', 0x0b, '\f', '\r', ' ', 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000 -> true;
      default -> c >= 0x2000 && c <= 0x200a;
    };
  }

  /** The parts {@code parseQuantityString} cuts a quantity into. */
  private static final class Scan {
    boolean positive = true;
    String num = "0";
    String denom = "";
    String suffix = "";
    int suffixStart;
    /** Whether upstream's {@code value} (sign, digits, point) holds a digit, which inf.Dec needs. */
    boolean valueHasDigits;

    static Scan of(String str) {
      Scan s = new Scan();
      int pos = 0;
      int end = str.length();
      if (str.charAt(0) == '-') {
        s.positive = false;
        pos++;
      } else if (str.charAt(0) == '+') {
        pos++;
      }
      while (pos < end && str.charAt(pos) == '0') {
        pos++;
      }
      if (pos >= end) {
        // nothing but zeros (or nothing at all) after the sign: zero
        s.valueHasDigits = true;
        s.suffixStart = end;
        return s;
      }
      int i = pos;
      while (i < end && digit(str.charAt(i))) {
        i++;
      }
      s.num = str.substring(pos, i);
      s.valueHasDigits = i > 0 && hasDigit(str, 0, i);
      if (i >= end) {
        s.suffixStart = end;
        return s;
      }
      if (s.num.isEmpty()) {
        s.num = "0";
      }
      pos = i;
      if (str.charAt(pos) == '.') {
        pos++;
        i = pos;
        while (i < end && digit(str.charAt(i))) {
          i++;
        }
        s.denom = str.substring(pos, i);
        s.valueHasDigits = hasDigit(str, 0, i);
        if (i >= end) {
          s.suffixStart = end;
          return s;
        }
        pos = i;
      }
      s.suffixStart = pos;
      i = pos;
      while (i < end && SUFFIX_LETTERS.indexOf(str.charAt(i)) >= 0) {
        i++;
      }
      if (i < end && (str.charAt(i) == '-' || str.charAt(i) == '+')) {
        i++;
      }
      while (i < end && digit(str.charAt(i))) {
        i++;
      }
      if (i < end) {
        throw new InvalidQuantityException(Reason.FORMAT, i, Messages.FORMAT + "; " + Explain.character(
            str.codePointAt(i)) + " (character " + (str.codePointCount(0, i) + 1) + ") cannot follow "
            + (i == s.suffixStart ? "the number" : "\"" + str.substring(0, i) + "\""));
      }
      s.suffix = str.substring(s.suffixStart);
      return s;
    }

    private static boolean digit(char c) {
      return c >= '0' && c <= '9';
    }

    private static boolean hasDigit(String s, int from, int to) {
      for (int i = from; i < to; i++) {
        if (digit(s.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }

  /** What {@code quantitySuffixer.interpret} makes of a suffix. */
  private record Suffix(int base, int exponent, Format format) {

    static Suffix interpret(String s) {
      return switch (s) {
        case "" -> new Suffix(10, 0, Format.DECIMAL_SI);
        case "n" -> new Suffix(10, -9, Format.DECIMAL_SI);
        case "u" -> new Suffix(10, -6, Format.DECIMAL_SI);
        case "m" -> new Suffix(10, -3, Format.DECIMAL_SI);
        case "k" -> new Suffix(10, 3, Format.DECIMAL_SI);
        case "M" -> new Suffix(10, 6, Format.DECIMAL_SI);
        case "G" -> new Suffix(10, 9, Format.DECIMAL_SI);
        case "T" -> new Suffix(10, 12, Format.DECIMAL_SI);
        case "P" -> new Suffix(10, 15, Format.DECIMAL_SI);
        case "E" -> new Suffix(10, 18, Format.DECIMAL_SI);
        case "Ki" -> new Suffix(2, 10, Format.BINARY_SI);
        case "Mi" -> new Suffix(2, 20, Format.BINARY_SI);
        case "Gi" -> new Suffix(2, 30, Format.BINARY_SI);
        case "Ti" -> new Suffix(2, 40, Format.BINARY_SI);
        case "Pi" -> new Suffix(2, 50, Format.BINARY_SI);
        case "Ei" -> new Suffix(2, 60, Format.BINARY_SI);
        default -> exponent(s);
      };
    }

    /** {@code e}/{@code E} and what Go's {@code strconv.ParseInt(s, 10, 64)} accepts, cast to int32. */
    private static Suffix exponent(String s) {
      if (s.length() < 2 || s.charAt(0) != 'e' && s.charAt(0) != 'E') {
        return null;
      }
      String digits = s.substring(1);
      int start = digits.charAt(0) == '+' || digits.charAt(0) == '-' ? 1 : 0;
      if (start == digits.length()) {
        return null;
      }
      for (int i = start; i < digits.length(); i++) {
        if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
          return null;
        }
      }
      try {
        return new Suffix(10, (int) Long.parseLong(digits), Format.DECIMAL_EXPONENT);
      } catch (NumberFormatException outOfInt64) {
        return null;
      }
    }
  }

  /** The messages, in plain words, of the upstream errors. */
  static final class Messages {
    static final String FORMAT = "must be a number with an optional suffix, such as 250m, 1.5, 512Mi or 1e3";
    static final String NUMBER = "has no digits in its number";

    private Messages() {
    }

    static String unknownSuffix(String suffix) {
      return "has an unknown suffix \"" + suffix + "\": the suffixes are Ki, Mi, Gi, Ti, Pi, Ei (powers of 1024), "
          + "n, u, m, k, M, G, T, P, E (powers of 1000; m is a thousandth) and exponents such as e3";
    }
  }
}
