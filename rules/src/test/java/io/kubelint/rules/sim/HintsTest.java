package io.kubelint.rules.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HintsTest {

  private static Hints flags(Hints.Key key, String... values) {
    return Hints.fromFlags(Map.of(key, List.of(values)), new ArrayList<>());
  }

  private static String rejected(Hints.Key key, String value) {
    return assertThrows(IllegalArgumentException.class, () -> flags(key, value)).getMessage();
  }

  @Test
  void valuesForAllContainersAndForOne() {
    Hints h = flags(Hints.Key.STARTUP_SECONDS, "60, worker=2.5");
    assertEquals(60_000, h.get(Hints.Key.STARTUP_SECONDS, "app").orElseThrow().value());
    assertEquals(2_500, h.get(Hints.Key.STARTUP_SECONDS, "worker").orElseThrow().value());
    assertTrue(h.get(Hints.Key.RUN_SECONDS, "app").isEmpty());
  }

  @Test
  void flagsOverrideAnnotations() {
    Hints annotations = Hints.fromFlags(Map.of(Hints.Key.RUN_SECONDS, List.of("worker=30"),
        Hints.Key.EXIT_CODE, List.of("1")), new ArrayList<>());
    Hints flags = flags(Hints.Key.RUN_SECONDS, "90");
    Hints merged = annotations.overriddenBy(flags);
    assertEquals(90_000, merged.get(Hints.Key.RUN_SECONDS, "worker").orElseThrow().value());
    assertEquals(1, merged.get(Hints.Key.EXIT_CODE, "worker").orElseThrow().value());
    assertEquals("--run-seconds", merged.get(Hints.Key.RUN_SECONDS, "app").orElseThrow().source());
  }

  @Test
  void badValuesAreRejectedWithTheFlagsName() {
    assertTrue(rejected(Hints.Key.EXIT_CODE, "300").startsWith("--exit-code: \"300\" is not an exit code (out of "
        + "range: 0 to 255)"));
    assertEquals("--exit-code: \"two\" is not an exit code from 0 to 255", rejected(Hints.Key.EXIT_CODE, "two"));
    assertEquals("--startup-seconds: \"=5\" names no container before =", rejected(Hints.Key.STARTUP_SECONDS, "=5"));
    assertEquals("--startup-seconds: \"soon\" is not a number of seconds (such as 60 or 2.5) nor a duration (such "
        + "as 90s or 1m30s)", rejected(Hints.Key.STARTUP_SECONDS, "soon"));
  }

  @Test
  void aNumberOutOfRangeIsSaidToBeOutOfRangeNotToBeNoNumber() {
    assertEquals("--run-seconds: \"1e12\" is out of range: at most 3153600000 seconds (100 years)",
        rejected(Hints.Key.RUN_SECONDS, "1e12"));
    assertEquals("--run-seconds: \"-5\" is negative: the time must be 0 or more", rejected(Hints.Key.RUN_SECONDS,
        "-5"));
    assertEquals(1_000_000, flags(Hints.Key.RUN_SECONDS, "1e3").get(Hints.Key.RUN_SECONDS, "a").orElseThrow()
        .value());
  }

  @Test
  void secondsHintsTakeGoDurationsAsForDoes() {
    Hints h = flags(Hints.Key.STARTUP_SECONDS, "60s, worker=1m30s, db=1.5h, cache=250ms");
    assertEquals(60_000, h.get(Hints.Key.STARTUP_SECONDS, "app").orElseThrow().value());
    assertEquals(90_000, h.get(Hints.Key.STARTUP_SECONDS, "worker").orElseThrow().value());
    assertEquals(5_400_000, h.get(Hints.Key.STARTUP_SECONDS, "db").orElseThrow().value());
    assertEquals(250, h.get(Hints.Key.STARTUP_SECONDS, "cache").orElseThrow().value());
    assertTrue(rejected(Hints.Key.EXIT_CODE, "3s").contains("is not an exit code"), "no durations for exit codes");
  }

  @Test
  void aContainerNamedTwiceIsAWarningAndTheLastValueCounts() {
    List<Hints.Problem> warnings = new ArrayList<>();
    Hints h = Hints.fromFlags(Map.of(Hints.Key.RUN_SECONDS, List.of("app=5,app=6", "7", "8")), warnings);
    assertEquals(6_000, h.get(Hints.Key.RUN_SECONDS, "app").orElseThrow().value());
    assertEquals(8_000, h.get(Hints.Key.RUN_SECONDS, "other").orElseThrow().value());
    assertEquals(List.of("--run-seconds gives a value for container app twice (5s and 6s); the last, 6s, is used",
        "--run-seconds gives a value for every container twice (7s and 8s); the last, 8s, is used"),
        warnings.stream().map(Hints.Problem::message).toList());
  }

  @Test
  void valuesThatHaveNoEffectOnAPodAreFound() {
    Hints h = Hints.fromFlags(Map.of(Hints.Key.STARTUP_SECONDS, List.of("other=60"),
        Hints.Key.EXIT_CODE, List.of("3")), new ArrayList<>());
    List<Hints.Problem> unused = h.unused(Set.of("app"));
    assertEquals(List.of(Hints.Problem.Kind.UNKNOWN_CONTAINER, Hints.Problem.Kind.NO_RUN_SECONDS),
        unused.stream().map(Hints.Problem::kind).toList());
    assertEquals("--exit-code has no effect without --run-seconds: the exit code is that of a process that exits "
        + "on its own", unused.get(1).message());
    Hints withRun = h.overriddenBy(flags(Hints.Key.RUN_SECONDS, "app=10"));
    assertEquals(List.of(), withRun.unused(Set.of("app", "other")), "the exit code counts for app");
  }
}
