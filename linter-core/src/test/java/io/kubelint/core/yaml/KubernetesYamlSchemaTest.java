package io.kubelint.core.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snakeyaml.engine.v2.nodes.Tag;

class KubernetesYamlSchemaTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "yes, bool", "No, bool", "ON, bool", "off, bool", "y, bool", "n, bool", "true, bool", "False, bool",
      "'', null", "~, null", "null, null", "NULL, null",
      "0, int", "42, int", "-7, int", "+3, int", "0755, int", "0x1F, int", "0o17, int", "0b101, int", "1_000, int",
      "1.5, float", "08, float", "1e3, float", ".5, float", ".inf, float", "-.Inf, float", ".NaN, float",
      "<<, merge",
      "yesno, str", "0x, str", "1.2.3, str", "v1, str", "512Mi, str", "TRUE1, str", "2024-01-01, str", "-, str",
  })
  void resolvesLikeGoYamlV2(String text, String tag) {
    Tag expected = switch (tag) {
      case "bool" -> Tag.BOOL;
      case "null" -> Tag.NULL;
      case "int" -> Tag.INT;
      case "float" -> Tag.FLOAT;
      case "merge" -> Tag.MERGE;
      default -> Tag.STR;
    };
    assertEquals(expected, KubernetesYamlSchema.resolve(text));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"0755, 493", "0x1F, 31", "0o17, 15", "0b101, 5", "1_000, 1000", "-0x10, -16", "0, 0",
      "9223372036854775807, 9223372036854775807", "18446744073709551615, 18446744073709551615"})
  void integersUseGoSyntax(String text, String value) {
    assertEquals(new BigInteger(value), KubernetesYamlSchema.parseInteger(text));
  }

  @ParameterizedTest
  @CsvSource({"08", "0x", "1.5", "18446744073709551616", "--1"})
  void notIntegers(String text) {
    assertNull(KubernetesYamlSchema.parseInteger(text));
  }

  @ParameterizedTest
  @CsvSource({"yes, true", "On, true", "y, true", "no, false", "OFF, false", "N, false"})
  void booleanValues(String text, boolean value) {
    assertEquals(value, KubernetesYamlSchema.booleanValue(text));
  }
}
