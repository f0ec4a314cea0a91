package io.kubelint.core.k8s.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelsTest {

  @ParameterizedTest
  @ValueSource(strings = {"app", "MyName", "my.name", "123-abc", "a_b", "app.kubernetes.io/name", "example.com/MyName",
      "k8s.io/a", "A"})
  void validKeys(String key) {
    assertEquals(List.of(), Labels.checkKey(key));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/a", "a/", "a/b/c", "-a", "a-", "a b", "Example.com/a", "ex_ample.com/a", "a+b",
      "_a"})
  void invalidKeys(String key) {
    assertFalse(Labels.checkKey(key).isEmpty(), key);
  }

  @Test
  void keyMessagesSayWhichPart() {
    assertEquals(List.of("name part must be non-empty"), Labels.checkKey(""));
    assertEquals(List.of("prefix part must be non-empty"), Labels.checkKey("/a"));
    assertTrue(Labels.checkKey("Example.com/a").get(0).startsWith("prefix part must consist of lower case"));
    assertTrue(Labels.checkKey("a/b/c").get(0).endsWith("it has 2 '/'"));
    assertTrue(Labels.checkKey("a+b").get(0).endsWith("'+' (character 2) is not allowed"), Labels.checkKey("a+b").get(0));
  }

  @Test
  void keyNamePartLengthEdge() {
    assertEquals(List.of(), Labels.checkKey("a".repeat(63)));
    assertEquals(List.of("name part must be no more than 63 characters (it has 64)"), Labels.checkKey("a".repeat(64)));
    assertEquals(List.of(), Labels.checkKey("example.com/" + "a".repeat(63)));
  }

  @Test
  void keyPrefixLengthEdge() {
    String prefix253 = ("a".repeat(63) + ".").repeat(3) + "a".repeat(61);
    assertEquals(List.of(), Labels.checkKey(prefix253 + "/a"));
    assertEquals(List.of("prefix part must be no more than 253 characters (it has 254)"),
        Labels.checkKey(prefix253 + "a/a"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "MyValue", "my_value", "12345", "a.b-c_d", "v1.2.3"})
  void validValues(String value) {
    assertEquals(List.of(), Labels.checkValue(value));
    assertTrue(Labels.isValue(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"_", "-a", "a-", "a+b", "a b", "a/b", "true ", "é"})
  void invalidValues(String value) {
    assertFalse(Labels.checkValue(value).isEmpty(), value);
    assertFalse(Labels.isValue(value));
  }

  @Test
  void valueEdges() {
    assertEquals(List.of(), Labels.checkValue("a".repeat(63)));
    assertEquals(List.of("must be no more than 63 characters (it has 64)"), Labels.checkValue("a".repeat(64)));
    assertTrue(Labels.checkValue("_").get(0).endsWith("it starts with '_'"), Labels.checkValue("_").get(0));
    assertTrue(Labels.checkValue("a+b").get(0).endsWith("'+' (character 2) is not allowed"));
    assertEquals("must be no more than 63 characters (it has 64 bytes in UTF-8)",
        Labels.checkValue("é".repeat(32)).get(0));
  }

  @Test
  void annotationKeysIgnoreCase() {
    assertEquals(List.of(), Labels.checkAnnotationKey("Example.COM/Some-Key"));
    assertFalse(Labels.checkKey("Example.COM/Some-Key").isEmpty());
    assertFalse(Labels.checkAnnotationKey("a b").isEmpty());
  }

  @Test
  void annotationsSizeCountsBytes() {
    assertEquals(2 + 3 + 1 + 2, Labels.annotationsSize(Map.of("ab", "cde", "f", "é")));
    assertNull(Labels.annotationsTooLarge(Labels.ANNOTATIONS_MAX_BYTES));
    assertEquals("must have at most 262144 bytes (256 KiB) of keys and values in total (they have 262145)",
        Labels.annotationsTooLarge(Labels.ANNOTATIONS_MAX_BYTES + 1));
  }

  @Test
  void prefixedKeys() {
    assertEquals(List.of(), Labels.checkPrefixedKey("example.com/key"));
    assertEquals(List.of("must include a prefix (such as example.com/key)"), Labels.checkPrefixedKey("key"));
  }
}
