package io.kubelint.rules.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void exactDurations() {
    assertEquals("0s", Durations.exact(0));
    assertEquals("45s", Durations.exact(45_000));
    assertEquals("1m10s", Durations.exact(70_000));
    assertEquals("15m", Durations.exact(900_000));
    assertEquals("1h2m3s", Durations.exact(3_723_000));
    assertEquals("2.5s", Durations.exact(2_500));
  }

  @Test
  void agesAreRoundedAsKubectlDoes() {
    assertEquals("0s", Durations.human(400));
    assertEquals("119s", Durations.human(119_000));
    assertEquals("2m", Durations.human(120_000));
    assertEquals("3m20s", Durations.human(200_000));
    assertEquals("11m", Durations.human(680_000));
    assertEquals("3h", Durations.human(3 * 3_600_000));
    assertEquals("7h59m", Durations.human(8 * 3_600_000 - 60_000));
    assertEquals("47h", Durations.human(47 * 3_600_000));
    assertEquals("2d1h", Durations.human(49 * 3_600_000));
    assertEquals("9d", Durations.human(9 * 24 * 3_600_000L));
  }
}
