package io.kubelint.core.k8s.validation;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * An int-or-string value that the API reads as a count or a percentage: {@code maxSurge}, {@code maxUnavailable},
 * a PodDisruptionBudget's {@code minAvailable}. Ports of {@code ValidatePositiveIntOrPercent},
 * {@code getPercentValue}, {@code getIntOrPercentValue} and {@code IsNotMoreThan100Percent} in
 * {@code pkg/apis/apps/validation/validation.go}, {@code IsValidPercent} in
 * {@code staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go}, and
 * {@code GetScaledValueFromIntOrPercent} in {@code staging/src/k8s.io/apimachinery/pkg/util/intstr/intstr.go}
 * (kubernetes/kubernetes).
 *
 * @param isInt whether it was written as an integer
 * @param intValue the integer when {@code isInt}
 * @param text the string when not {@code isInt}
 */
public record IntOrPercent(boolean isInt, long intValue, String text) {

  private static final Pattern PERCENT = Pattern.compile("[0-9]+%");

  /** An integer value. */
  public static IntOrPercent ofInt(long value) {
    return new IntOrPercent(true, value, null);
  }

  /** A string value. */
  public static IntOrPercent ofString(String text) {
    return new IntOrPercent(false, 0, text);
  }

  /** The value of a manifest node: an integral number or a string; empty for anything else. */
  public static Optional<IntOrPercent> of(JsonNode node) {
    if (node != null && node.isIntegralNumber() && node.canConvertToLong()) {
      return Optional.of(ofInt(node.longValue()));
    }
    if (node != null && node.isString()) {
      return Optional.of(ofString(node.asString()));
    }
    return Optional.empty();
  }

  /**
   * {@code ValidatePositiveIntOrPercent} (despite its name it accepts zero): a string must be a percentage
   * ({@code IsValidPercent}: digits followed by {@code %}, so {@code "5"}, {@code "5.5%"} and {@code "-5%"} are
   * wrong); an integer must not be negative.
   */
  public List<String> checkIntOrPercent() {
    if (isInt) {
      return intValue < 0 ? List.of("must be greater than or equal to 0") : List.of();
    }
    if (PERCENT.matcher(text).matches()) {
      return List.of();
    }
    String hint = text.matches("[+-]?[0-9]+") ? "; write " + text + " without quotes for a number of pods, or "
        + text + "% for a percentage" : "";
    return List.of("must be an integer or a percentage: digits followed by '%' (such as 1% or 93%)" + hint);
  }

  /** {@code getPercentValue}: the number of a valid percentage ({@code 25} of {@code 25%}); empty otherwise. */
  public OptionalLong percent() {
    if (isInt || !PERCENT.matcher(text).matches()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(atoi(text.substring(0, text.length() - 1)));
  }

  /**
   * {@code getIntOrPercentValue}: the percentage's number, else the integer; a string that is not a percentage
   * counts as Go's {@code IntValue()} reads it (its number, or 0). Used to decide whether a value is zero.
   */
  public long intOrPercentValue() {
    OptionalLong percent = percent();
    if (percent.isPresent()) {
      return percent.getAsLong();
    }
    if (isInt) {
      return intValue;
    }
    return text.matches("[+-]?[0-9]+") ? atoi(text) : 0;
  }

  /** {@code IsNotMoreThan100Percent} broken: a valid percentage above 100. */
  public boolean exceeds100Percent() {
    return percent().orElse(0) > 100;
  }

  /**
   * {@code GetScaledValueFromIntOrPercent}: the integer, or the percentage of {@code total} rounded up (surge) or
   * down (unavailable). Computed exactly; upstream computes in float64, which gives the same result for totals and
   * percentages below 2^53.
   *
   * @throws IllegalArgumentException for a string that is not a percentage, as upstream
   */
  public long scaledValue(long total, boolean roundUp) {
    if (isInt) {
      return intValue;
    }
    if (!text.endsWith("%")) {
      throw new IllegalArgumentException("invalid value for IntOrString: invalid type: string is not a percentage");
    }
    String number = text.substring(0, text.length() - 1);
    if (!number.matches("[+-]?[0-9]+")) {
      throw new IllegalArgumentException("invalid value for IntOrString: invalid value \"" + text + "\"");
    }
    BigInteger product = BigInteger.valueOf(atoi(number)).multiply(BigInteger.valueOf(total));
    BigInteger[] qr = product.divideAndRemainder(BigInteger.valueOf(100));
    BigInteger q = qr[0];
    if (qr[1].signum() != 0) {
      boolean negative = product.signum() < 0;
      if (roundUp && !negative) {
        q = q.add(BigInteger.ONE);
      } else if (!roundUp && negative) {
        q = q.subtract(BigInteger.ONE);
      }
    }
    return q.longValue();
  }

  /** Go's {@code strconv.Atoi} for digits with an optional sign, which clamps to the int64 range. */
  private static long atoi(String digits) {
    BigInteger n = new BigInteger(digits.startsWith("+") ? digits.substring(1) : digits);
    if (n.bitLength() > 63) {
      return n.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return n.longValue();
  }
}
