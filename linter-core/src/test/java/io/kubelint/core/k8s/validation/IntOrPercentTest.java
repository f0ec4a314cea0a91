package io.kubelint.core.k8s.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class IntOrPercentTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @ParameterizedTest
  @ValueSource(strings = {"0%", "25%", "100%", "150%", "007%"})
  void validPercentages(String text) {
    assertEquals(List.of(), IntOrPercent.ofString(text).checkIntOrPercent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "25", "-5%", "5.5%", "%", "25 %", "", "+5%"})
  void invalidPercentages(String text) {
    assertFalse(IntOrPercent.ofString(text).checkIntOrPercent().isEmpty(), text);
  }

  @Test
  void integers() {
    assertEquals(List.of(), IntOrPercent.ofInt(0).checkIntOrPercent());
    assertEquals(List.of("must be greater than or equal to 0"), IntOrPercent.ofInt(-1).checkIntOrPercent());
  }

  @Test
  void quotedNumbersGetAHint() {
    assertTrue(IntOrPercent.ofString("25").checkIntOrPercent().get(0)
        .endsWith("write 25 without quotes for a number of pods, or 25% for a percentage"));
  }

  @Test
  void values() {
    assertEquals(OptionalLong.of(25), IntOrPercent.ofString("25%").percent());
    assertEquals(OptionalLong.empty(), IntOrPercent.ofString("25").percent());
    assertEquals(25, IntOrPercent.ofString("25%").intOrPercentValue());
    assertEquals(3, IntOrPercent.ofInt(3).intOrPercentValue());
    assertEquals(0, IntOrPercent.ofString("abc").intOrPercentValue());
    assertEquals(5, IntOrPercent.ofString("5").intOrPercentValue());
    assertTrue(IntOrPercent.ofString("150%").exceeds100Percent());
    assertFalse(IntOrPercent.ofString("100%").exceeds100Percent());
    assertFalse(IntOrPercent.ofInt(150).exceeds100Percent());
    assertTrue(IntOrPercent.ofString("99999999999999999999%").exceeds100Percent());
  }

  @Test
  void scaledValues() {
    assertEquals(3, IntOrPercent.ofString("25%").scaledValue(10, true));
    assertEquals(2, IntOrPercent.ofString("25%").scaledValue(10, false));
    assertEquals(4, IntOrPercent.ofInt(4).scaledValue(10, true));
    assertEquals(0, IntOrPercent.ofString("0%").scaledValue(10, true));
    assertEquals(10, IntOrPercent.ofString("100%").scaledValue(10, false));
    assertThrows(IllegalArgumentException.class, () -> IntOrPercent.ofString("25").scaledValue(10, true));
    assertThrows(IllegalArgumentException.class, () -> IntOrPercent.ofString("a%").scaledValue(10, true));
  }

  @Test
  void fromJson() {
    assertEquals(Optional.of(IntOrPercent.ofInt(3)), IntOrPercent.of(JSON.readTree("3")));
    assertEquals(Optional.of(IntOrPercent.ofString("25%")), IntOrPercent.of(JSON.readTree("\"25%\"")));
    assertEquals(Optional.empty(), IntOrPercent.of(JSON.readTree("1.5")));
    assertEquals(Optional.empty(), IntOrPercent.of(JSON.readTree("true")));
  }
}
