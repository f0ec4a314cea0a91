package io.kubelint.rules.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackOffTest {

  @Test
  void kubeletRestartDelaysDoubleFromTenSecondsUpToFiveMinutes() {
    List<Long> seconds = new ArrayList<>();
    long d = 0;
    for (int i = 0; i < 7; i++) {
      d = BackOff.KUBELET.next(d);
      seconds.add(d / 1000);
    }
    assertEquals(List.of(10L, 20L, 40L, 80L, 160L, 300L, 300L), seconds);
  }

  @Test
  void jobPodFailureDelaysAreCappedAtSixMinutes() {
    List<Long> seconds = new ArrayList<>();
    for (int n = 0; n <= 8; n++) {
      seconds.add(BackOff.JOB_POD_FAILURE.delay(n) / 1000);
    }
    assertEquals(List.of(0L, 10L, 20L, 40L, 80L, 160L, 320L, 360L, 360L), seconds);
  }

  @Test
  void aMaximumBelowTheInitialDelayBecomesTheDelay() {
    BackOff tuned = new BackOff(10_000, 2_000);
    assertEquals(2_000, tuned.next(0));
    assertEquals(2_000, tuned.next(2_000));
    assertThrows(IllegalArgumentException.class, () -> new BackOff(0, 10));
  }
}
