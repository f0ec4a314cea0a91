package io.kubelint.core.k8s.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.k8s.validation.InvalidQuantityException.Reason;
import io.kubelint.core.k8s.validation.Quantity.Format;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "0|0", "1|1", "100m|0.1", "500m|0.5", "1.5|1.5", ".5|0.5", "5.|5", "0.5|0.5", "+5|5", "-5|-5", "-.5|-0.5",
      "1Ki|1024", "1Mi|1048576", "1Gi|1073741824", "1.5Gi|1610612736", "0.5Ki|512", "1k|1000", "1M|1000000",
      "1G|1000000000", "1T|1000000000000", "1P|1000000000000000", "1E|1000000000000000000", "1n|0.000000001",
      "1u|0.000001", "1e3|1000", "1E3|1000", "1e+3|1000", "1e-3|0.001", "1.5e3|1500", "1e03|1000", "000|0", "-0|0",
      "007|7", "00.5|0.5", "128974848|128974848", "129e6|129000000", "123Mi|128974848", "0.1n|0.000000001",
      "0.0000000001|0.000000001", "-0.0000000001|-0.000000001", ".|0", "+|0", "-|0", "Mi|0", "m|0", "e3|0",
      "Ti|0", "1.|1", "9223372036854775807|9223372036854775807", "12345678901234567890|12345678901234567890"})
  void validQuantities(String text, String expected) {
    Quantity q = Quantity.parse(text);
    assertEquals(0, new BigDecimal(expected).compareTo(q.value()), () -> text + " = " + q.value());
  }

  @Test
  void binaryValuesAreCappedDecimalOnesAreNot() {
    assertEquals(0, BigDecimal.valueOf(Long.MAX_VALUE).compareTo(Quantity.parse("9999999999Ei").value()));
    assertEquals(0, new BigDecimal("9999999999E18").compareTo(Quantity.parse("9999999999E").value()));
    assertEquals(0, BigDecimal.valueOf(Long.MIN_VALUE + 1).compareTo(Quantity.parse("-9999999999Ei").value()));
  }

  @Test
  void hugeExponentsStayCheap() {
    Quantity big = Quantity.parse("1e999999999");
    assertEquals(1, big.compareTo(Quantity.parse("1Ei")));
    Quantity slow = Quantity.parse("1234567890123456789e999999999");
    assertEquals(1, slow.compareTo(big));
    assertThrows(ArithmeticException.class, () -> big.scaledValue(0));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {"''|FORMAT", "1.2.3|FORMAT", "500 m|FORMAT", "1e3.5|FORMAT", "1x|FORMAT",
      "'1 '|FORMAT", "' 1'|FORMAT", "1,5|FORMAT", "1e3e|FORMAT", "0x10|FORMAT", "1Mii|SUFFIX", "5kM|SUFFIX",
      "500mi|SUFFIX", "1MB|FORMAT", "1GI|FORMAT", "1K|SUFFIX", "1KB|FORMAT", "1e|SUFFIX", "1e+|SUFFIX", "1ki|SUFFIX",
      "1Ki3|SUFFIX", "1ke3|SUFFIX", "1e99999999999999999999|SUFFIX", ".e-10|NUMBER", "Ei|NUMBER", "Pi|NUMBER",
      "-.e-10|NUMBER"})
  void invalidQuantities(String text, Reason reason) {
    InvalidQuantityException e = assertThrows(InvalidQuantityException.class, () -> Quantity.parse(text));
    assertEquals(reason, e.reason(), e.getMessage());
  }

  @Test
  void messagesSayWhatIsWrong() {
    assertEquals("must be a number with an optional suffix, such as 250m, 1.5, 512Mi or 1e3; '.' (character 4) "
        + "cannot follow the number", message("1.2.3"));
    assertEquals("must be a number with an optional suffix, such as 250m, 1.5, 512Mi or 1e3; '.' (character 4) "
        + "cannot follow \"1e3\"", message("1e3.5"));
    assertEquals("must be a number with an optional suffix, such as 250m, 1.5, 512Mi or 1e3; a space (character 4) "
        + "cannot follow the number", message("500 m"));
    assertEquals("must be a number with an optional suffix, such as 250m, 1.5, 512Mi or 1e3; it is empty",
        message(""));
    assertTrue(message("500mi").startsWith("has an unknown suffix \"mi\": the suffixes are Ki, Mi"));
    assertEquals("has no digits in its number", message(".e-10"));
    assertEquals(3, assertThrows(InvalidQuantityException.class, () -> Quantity.parse("500mi")).position());
  }

  @Test
  void jsonDecodingTrimsWhiteSpace() {
    assertEquals(0, BigDecimal.ONE.compareTo(Quantity.parseJson(" 1 ").value()));
    assertEquals(0, new BigDecimal(1073741824).compareTo(Quantity.parseJson("\t1Gi\n").value()));
    assertThrows(InvalidQuantityException.class, () -> Quantity.parseJson("1 Gi"));
    assertThrows(InvalidQuantityException.class, () -> Quantity.parseJson(" "));
  }

  @Test
  void formats() {
    assertEquals(Format.BINARY_SI, Quantity.parse("1Gi").format());
    assertEquals(Format.BINARY_SI, Quantity.parse("0.5Ki").format());
    assertEquals(Format.DECIMAL_SI, Quantity.parse("0.0001Ki").format());
    assertEquals(Format.DECIMAL_SI, Quantity.parse("500m").format());
    assertEquals(Format.DECIMAL_EXPONENT, Quantity.parse("1e3").format());
  }

  @Test
  void comparisons() {
    assertTrue(Quantity.parse("1Gi").compareTo(Quantity.parse("1G")) > 0);
    assertEquals(0, Quantity.parse("1000m").compareTo(Quantity.parse("1")));
    assertEquals(0, Quantity.parse("1k").compareTo(Quantity.parse("1e3")));
    assertTrue(Quantity.parse("512Mi").compareTo(Quantity.parse("0.5Gi")) == 0);
    assertTrue(Quantity.parse("-1").signum() < 0);
  }

  @Test
  void scaledValuesRoundAwayFromZero() {
    assertEquals(BigInteger.valueOf(500), Quantity.parse("0.5").scaledValue(-3));
    assertEquals(BigInteger.valueOf(1), Quantity.parse("0.1m").scaledValue(-3));
    assertEquals(BigInteger.valueOf(2), Quantity.parse("1.5").scaledValue(0));
    assertEquals(BigInteger.valueOf(1073741824), Quantity.parse("1Gi").scaledValue(0));
    assertEquals(BigInteger.valueOf(-2), Quantity.parse("-1.5").scaledValue(0));
  }

  @Test
  void wholeNumbers() {
    assertTrue(Quantity.parse("2").isWhole());
    assertTrue(Quantity.parse("2000m").isWhole());
    assertTrue(Quantity.parse("1e3").isWhole());
    assertFalse(Quantity.parse("1.5").isWhole());
    assertFalse(Quantity.parse("1.0001").isWhole());
    assertFalse(Quantity.parse("500m").isWhole());
  }

  private static String message(String text) {
    return assertThrows(InvalidQuantityException.class, () -> Quantity.parse(text)).getMessage();
  }
}
