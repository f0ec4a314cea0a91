package io.kubelint.core.k8s.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortsTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 80, 8080, 65535})
  void validNumbers(long port) {
    assertEquals(List.of(), Ports.checkNumber(port));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, 65536, 70000})
  void invalidNumbers(long port) {
    assertEquals(List.of("must be between 1 and 65535, inclusive"), Ports.checkNumber(port));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "metrics", "a", "h2c", "web-8080", "a-b-c", "abcdefghijklmno"})
  void validNames(String name) {
    assertEquals(List.of(), Ports.checkName(name));
    assertTrue(Ports.isName(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "8080", "HTTP", "metrics-endpoint-http", "abcdefghijklmnop", "a--b", "-a", "a-",
      "my_port", "a.b"})
  void invalidNames(String name) {
    assertFalse(Ports.checkName(name).isEmpty(), name);
  }

  @Test
  void nameMessages() {
    assertEquals(List.of("must be no more than 15 characters (it has 21)"), Ports.checkName("metrics-endpoint-http"));
    assertEquals(List.of("must be no more than 15 characters (it has 16)"), Ports.checkName("abcdefghijklmnop"));
    assertEquals(List.of("must contain at least one letter (a-z)"), Ports.checkName("8080"));
    assertEquals(List.of("must not contain consecutive hyphens"), Ports.checkName("a--b"));
    assertEquals(List.of("must not begin or end with a hyphen"), Ports.checkName("a-"));
    assertEquals(List.of("must contain only lower case alphanumeric characters (a-z, 0-9) and '-'; 'H' "
        + "(character 1) is upper case", "must contain at least one letter (a-z)"), Ports.checkName("HTTP"));
  }

  @Test
  void ranges() {
    assertEquals(List.of(), Ports.checkRange(30000, 30000, 32767));
    assertEquals(List.of("must be between 30000 and 32767, inclusive"), Ports.checkRange(32768, 30000, 32767));
  }
}
