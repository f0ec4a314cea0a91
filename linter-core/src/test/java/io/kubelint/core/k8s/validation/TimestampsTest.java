package io.kubelint.core.k8s.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

  @ParameterizedTest
  @ValueSource(strings = {"2024-05-01T12:00:00Z", "2024-05-01T12:00:00+02:00", "2024-05-01T12:00:00-07:30",
      "2024-02-29T00:00:00Z", "2024-05-01T12:00:00.123456789Z", "2024-05-01T12:00:00,5Z", "2024-05-01T1:00:00Z",
      "0000-01-01T00:00:00Z", "2024-05-01T12:00:00.1234567891Z", "2024-05-01T23:59:59+24:00"})
  void valid(String text) {
    assertEquals(List.of(), Timestamps.check(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2024-05-01", "2024-05-01 12:00:00Z", "2024-05-01t12:00:00Z", "2024-05-01T12:00:00z",
      "2024-05-01T12:00:00", "2024-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2024-05-01T24:00:00Z",
      "2024-05-01T12:60:00Z", "2024-05-01T12:00:60Z", "2024-5-01T12:00:00Z", "24-05-01T12:00:00Z",
      "2024-05-01T12:00:00+0200", "2024-05-01T12:00:00Z ", "2024-05-01T12:00Z", "2024-05-01T12:00:00+25:00"})
  void invalid(String text) {
    assertFalse(Timestamps.check(text).isEmpty(), text);
  }

  @Test
  void messagesAndValues() {
    assertTrue(Timestamps.check("2024-13-01T00:00:00Z").get(0).endsWith("month 13 is out of range"));
    assertTrue(Timestamps.check("2024-05-01t12:00:00Z").get(0).endsWith("separated by an upper case 'T'"));
    assertEquals(Optional.of(Instant.parse("2024-05-01T10:00:00Z")), Timestamps.tryParse("2024-05-01T12:00:00+02:00"));
    assertEquals(Optional.of(Instant.parse("2024-05-01T12:00:00.500Z")), Timestamps.tryParse("2024-05-01T12:00:00.5Z"));
  }
}
