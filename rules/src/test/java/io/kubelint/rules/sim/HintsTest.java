package io.kubelint.rules.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HintsTest {

  @Test
  void valuesForAllContainersAndForOne() {
    Hints h = Hints.fromFlags(Map.of(Hints.Key.STARTUP_SECONDS, List.of("60, worker=2.5")));
    assertEquals(60_000, h.get(Hints.Key.STARTUP_SECONDS, "app").orElseThrow().value());
    assertEquals(2_500, h.get(Hints.Key.STARTUP_SECONDS, "worker").orElseThrow().value());
    assertTrue(h.get(Hints.Key.RUN_SECONDS, "app").isEmpty());
  }

  @Test
  void flagsOverrideAnnotations() {
    Hints annotations = Hints.fromFlags(Map.of(Hints.Key.RUN_SECONDS, List.of("worker=30"),
        Hints.Key.EXIT_CODE, List.of("1")));
    Hints flags = Hints.fromFlags(Map.of(Hints.Key.RUN_SECONDS, List.of("90")));
    Hints merged = annotations.overriddenBy(flags);
    assertEquals(90_000, merged.get(Hints.Key.RUN_SECONDS, "worker").orElseThrow().value());
    assertEquals(1, merged.get(Hints.Key.EXIT_CODE, "worker").orElseThrow().value());
    assertEquals("--run-seconds", merged.get(Hints.Key.RUN_SECONDS, "app").orElseThrow().source());
  }

  @Test
  void badValuesAreRejectedWithTheFlagsName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Hints.fromFlags(Map.of(Hints.Key.EXIT_CODE, List.of("300"))));
    assertTrue(e.getMessage().startsWith("--exit-code: \"300\" is not an exit code"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Hints.fromFlags(Map.of(Hints.Key.STARTUP_SECONDS, List.of("=5"))));
    assertThrows(IllegalArgumentException.class,
        () -> Hints.fromFlags(Map.of(Hints.Key.STARTUP_SECONDS, List.of("1m"))));
  }
}
