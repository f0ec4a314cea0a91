package io.kubelint.rules.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link GoDuration} against the values Go's {@code time.ParseDuration} documents and returns. */
class GoDurationTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      0                      | 0
      +0                     | 0
      -0                     | 0
      0s                     | 0
      5s                     | 5000000000
      +5s                    | 5000000000
      -5s                    | -5000000000
      1h30m                  | 5400000000000
      1.5h                   | 5400000000000
      .5s                    | 500000000
      1.s                    | 1000000000
      300ms                  | 300000000
      2h45m10.5s             | 9910500000000
      1us                    | 1000
      1\u00b5s               | 1000
      1\u03bcs               | 1000
      7ns                    | 7
      1h1h                   | 7200000000000
      9223372036854775807ns  | 9223372036854775807
      -9223372036854775808ns | -9223372036854775808
      2562047h               | 9223369200000000000
      0.000000001s           | 1
      """)
  void readsWhatGoReads(String text, long nanos) {
    assertEquals(nanos, GoDuration.parseNanos(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "+", "-", "5", "00", "1d", "h", ".s", ".", "1h 2m", " 1h", "1h ", "1e3s", "1,5s",
      "9223372036854775808ns", "2562048h", "-9223372036854775809ns", "1\uff15s"})
  void rejectsWhatGoRejects(String text) {
    assertThrows(IllegalArgumentException.class, () -> GoDuration.parseNanos(text));
  }
}
