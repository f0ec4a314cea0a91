package io.kubelint.rules.cron;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CronSchedule#next} and {@link CronSchedule#canFire}: robfig/cron's semantics in real time zones. */
class CronScheduleNextTest {

  private static final ZoneId UTC = ZoneId.of("UTC");

  @Test
  void nextIsStrictlyAfterAndOnTheMinute() {
    CronSchedule s = CronSchedule.parse("0 3 * * *");
    assertAll(
        () -> assertEquals("2025-01-01T03:00Z", next(s, "2025-01-01T00:00", UTC)),
        () -> assertEquals("2025-01-02T03:00Z", next(s, "2025-01-01T03:00", UTC)),
        () -> assertEquals("2025-01-01T03:00Z", next(s, "2025-01-01T02:59:59.999999999", UTC)),
        () -> assertEquals("2025-01-02T03:00Z", next(s, "2025-01-01T03:00:00.000000001", UTC)),
        () -> assertEquals("2025-01-01T00:01Z", next(CronSchedule.parse("* * * * *"), "2025-01-01T00:00:30", UTC)));
  }

  @Test
  void keepsTheZoneOfTheStartingTime() {
    ZonedDateTime from = ZonedDateTime.of(2025, 6, 1, 0, 0, 0, 0, ZoneId.of("Asia/Kolkata"));
    ZonedDateTime next = CronSchedule.parse("30 9 * * *").next(from).orElseThrow();
    assertEquals(ZoneId.of("Asia/Kolkata"), next.getZone());
    assertEquals(LocalDateTime.of(2025, 6, 1, 9, 30), next.toLocalDateTime());
  }

  @Test
  void crossesMonthAndYearEnds() {
    assertAll(
        () -> assertEquals("2025-03-31T00:00Z", next(CronSchedule.parse("0 0 31 * *"), "2025-01-31T00:00", UTC)),
        () -> assertEquals("2025-03-30T12:00Z", next(CronSchedule.parse("0 12 30 * *"), "2025-01-30T12:00", UTC)),
        () -> assertEquals("2026-01-01T23:59Z", next(CronSchedule.parse("59 23 * * *"), "2025-12-31T23:59", UTC)),
        () -> assertEquals("2026-01-01T00:00Z", next(CronSchedule.parse("@monthly"), "2025-12-15T08:00", UTC)),
        () -> assertEquals("2026-01-01T00:00Z", next(CronSchedule.parse("@yearly"), "2025-01-01T00:00", UTC)),
        () -> assertEquals("2025-01-05T00:00Z", next(CronSchedule.parse("@weekly"), "2025-01-01T00:00", UTC)),
        () -> assertEquals("2026-02-01T09:00Z", next(CronSchedule.parse("0 9 1 FEB *"), "2025-02-01T09:00", UTC)));
  }

  @Test
  void february29thComesInLeapYearsOnly() {
    CronSchedule s = CronSchedule.parse("0 0 29 2 *");
    assertAll(
        () -> assertEquals("2028-02-29T00:00Z", next(s, "2025-01-01T00:00", UTC)),
        () -> assertEquals("2032-02-29T00:00Z", next(s, "2028-02-29T00:00", UTC)),
        // 2100 is not a leap year; robfig/cron gives up after five years here, we do not
        () -> assertEquals("2104-02-29T00:00Z", next(s, "2096-03-01T00:00", UTC)));
  }

  @Test
  void restrictedDayOfMonthAndDayOfWeekMatchEither() {
    CronSchedule s = CronSchedule.parse("0 0 13 * 5");
    assertEquals(List.of("2025-06-06T00:00Z", "2025-06-13T00:00Z", "2025-06-20T00:00Z", "2025-06-27T00:00Z",
        "2025-07-04T00:00Z", "2025-07-11T00:00Z", "2025-07-13T00:00Z"), sequence(s, "2025-06-01T00:00", UTC, 7));
  }

  @Test
  void aWildcardDayFieldMakesBothMatch() {
    assertAll(
        // day of month *: only Fridays
        () -> assertEquals(List.of("2025-06-06T00:00Z", "2025-06-13T00:00Z"),
            sequence(CronSchedule.parse("0 0 * * 5"), "2025-06-01T00:00", UTC, 2)),
        // */1 keeps robfig's star bit: still only Fridays
        () -> assertEquals(List.of("2025-06-06T00:00Z", "2025-06-13T00:00Z"),
            sequence(CronSchedule.parse("0 0 */1 * 5"), "2025-06-01T00:00", UTC, 2)),
        // 1-31 has no star bit: "every day OR Friday", so every day
        () -> assertEquals(List.of("2025-06-02T00:00Z", "2025-06-03T00:00Z"),
            sequence(CronSchedule.parse("0 0 1-31 * 5"), "2025-06-01T00:00", UTC, 2)),
        // ? counts as *
        () -> assertEquals(List.of("2025-06-13T00:00Z", "2025-07-13T00:00Z"),
            sequence(CronSchedule.parse("0 0 13 * ?"), "2025-06-01T00:00", UTC, 2)));
  }

  @Test
  void springForwardSkipsTheWallClockTimesThatDoNotExist() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    assertAll(
        // 2025-03-30 02:00 CET jumps to 03:00 CEST: no 02:30 that day
        () -> assertEquals(List.of("2025-03-31T02:30+02:00", "2025-04-01T02:30+02:00"),
            sequence(CronSchedule.parse("30 2 * * *"), "2025-03-29T02:30", berlin, 2)),
        () -> assertEquals(List.of("2025-03-30T03:00+02:00", "2025-03-30T04:00+02:00"),
            sequence(CronSchedule.parse("0 * * * *"), "2025-03-30T01:00", berlin, 2)),
        // Lord Howe Island moves by half an hour: 02:00 to 02:30 on 2025-10-05
        () -> assertEquals(List.of("2025-10-06T02:15+11:00"),
            sequence(CronSchedule.parse("15 2 * * *"), "2025-10-04T03:00", ZoneId.of("Australia/Lord_Howe"), 1)),
        // Havana springs forward at midnight, so that day has no 00:00
        () -> assertEquals(List.of("2025-03-10T00:00-04:00"),
            sequence(CronSchedule.parse("@daily"), "2025-03-08T12:00", ZoneId.of("America/Havana"), 1)));
  }

  @Test
  void fallBackFiresTheRepeatedWallClockTimeTwiceAsTheControllerDoes() {
    assertAll(
        () -> assertEquals(List.of("2025-10-26T02:30+02:00", "2025-10-26T02:30+01:00", "2025-10-27T02:30+01:00"),
            sequence(CronSchedule.parse("30 2 * * *"), "2025-10-25T02:30", ZoneId.of("Europe/Berlin"), 3)),
        () -> assertEquals(List.of("2025-11-02T01:00-04:00", "2025-11-02T01:30-04:00", "2025-11-02T01:00-05:00",
                "2025-11-02T01:30-05:00", "2025-11-03T01:00-05:00"),
            sequence(CronSchedule.parse("*/30 1 * * *"), "2025-11-02T00:59", ZoneId.of("America/New_York"), 5)),
        // starting inside the second 01:xx: the first one is not repeated
        () -> assertEquals("2025-11-02T01:30-05:00", CronSchedule.parse("*/30 1 * * *")
            .next(ZonedDateTime.ofStrict(LocalDateTime.parse("2025-11-02T01:10"),
                ZoneOffset.ofHours(-5), ZoneId.of("America/New_York")))
            .orElseThrow().toOffsetDateTime().toString()));
  }

  @Test
  void wallClockMinutesInAZoneWhoseOffsetHasSeconds() {
    // Liberia kept -00:44:30 until 1972
    ZonedDateTime next = CronSchedule.parse("0 12 * * *")
        .next(ZonedDateTime.of(1960, 6, 1, 0, 0, 0, 0, ZoneId.of("Africa/Monrovia"))).orElseThrow();
    assertEquals(LocalDateTime.of(1960, 6, 1, 12, 0), next.toLocalDateTime());
    assertEquals(-(44 * 60 + 30), next.getOffset().getTotalSeconds());
  }

  @Test
  void everyAddsTheIntervalToTheStartRoundedDownToTheSecond() {
    ZonedDateTime from = ZonedDateTime.of(2025, 3, 30, 1, 59, 0, 700_000_000, ZoneId.of("Europe/Berlin"));
    assertEquals("2025-03-30T03:00:30+02:00",
        CronSchedule.parse("@every 90s").next(from).orElseThrow().toOffsetDateTime().toString());
    assertEquals(Duration.ofSeconds(1),
        Duration.between(from.withNano(0), CronSchedule.parse("@every 1ms").next(from).orElseThrow()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 0 30 2 *", "0 0 31 4,6,9,11 *", "0 0 30,31 FEB *", "0 0 31 2 ?", "0 0 30 2 */1",
      "0 0 , * *", ", 0 * * *", "0 , * * *", "0 0 * , *", "0 0 * * ,", "0 0 ? * ,", "0 0 31 2 ,"})
  void cannotFire(String schedule) {
    CronSchedule s = CronSchedule.parse(schedule);
    assertFalse(s.canFire());
    assertEquals(Optional.empty(), s.next(ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, UTC)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 0 29 2 *", "0 0 31 4,5 *", "0 0 30 2 1", "0 0 , * 1", "0 0 31 2 */2", "* * * * *",
      "@yearly", "@every 5m", "0 0 1-31 * ,"})
  void canFire(String schedule) {
    CronSchedule s = CronSchedule.parse(schedule);
    assertTrue(s.canFire());
    assertTrue(s.next(ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, UTC)).isPresent());
  }

  /**
   * Random schedules from random instants near daylight-saving changes in zones with odd offsets, against a
   * minute-by-minute search that applies the matching rules literally.
   */
  @Test
  void agreesWithAMinuteByMinuteSearch() {
    Random random = new Random(20251026);
    List<ZoneId> zones = List.of(UTC, ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
        ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"), ZoneId.of("America/Havana"),
        ZoneId.of("Pacific/Chatham"), ZoneId.of("America/Santiago"));
    int windowMinutes = 4 * 24 * 60;
    int found = 0;
    for (int i = 0; i < 300; i++) {
      CronSchedule s = CronSchedule.parse(randomSchedule(random));
      ZoneId zone = zones.get(random.nextInt(zones.size()));
      ZonedDateTime from = nearATransition(zone, random);
      ZonedDateTime expected = bruteForce(s, from, windowMinutes);
      Optional<ZonedDateTime> actual = s.next(from);
      String what = s + " in " + zone + " after " + from;
      if (expected != null) {
        found++;
        assertEquals(expected.toInstant(), actual.orElseThrow().toInstant(), what);
        assertEquals(expected.toLocalDateTime(), actual.orElseThrow().toLocalDateTime(), what);
      } else {
        assertTrue(actual.isEmpty() || actual.get().isAfter(from.plusMinutes(windowMinutes - 1)), what);
      }
    }
    assertTrue(found > 120, "too few random cases fire within the window to compare: " + found);
  }

  private static String randomSchedule(Random r) {
    String[] minute = {"*", "*/7", "0", "15,45", "5-20/5", "30", "0-59/13"};
    String[] hour = {"*", "*", "0", "1", "2", "1-3", "*/2", "22-23", "0,12"};
    String[] dom = {"*", "*", "?", "1", "13", "*/3", "25-31", "5/10"};
    String[] month = {"*", "*", "*", "MAR,OCT", "3-4,9-11", "*/2"};
    String[] dow = {"*", "*", "?", "0", "SUN", "1-5", "FRI", "*/1", "6,0"};
    return pick(r, minute) + " " + pick(r, hour) + " " + pick(r, dom) + " " + pick(r, month) + " " + pick(r, dow);
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }

  /** A time within two days of one of the zone's transitions in 2024–2026 (any time in a zone without). */
  private static ZonedDateTime nearATransition(ZoneId zone, Random r) {
    ZonedDateTime base = ZonedDateTime.of(2024 + r.nextInt(3), 1 + r.nextInt(12), 1, 0, 0, 0, 0, zone);
    var transition = zone.getRules().nextTransition(base.toInstant());
    if (transition != null) {
      base = transition.getInstant().atZone(zone).minusHours(48);
    }
    return base.plusSeconds(r.nextInt(4 * 24 * 3600)).plusNanos(r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
  }

  /** The first instant after {@code from}, stepping one minute at a time, whose wall clock matches. */
  private static ZonedDateTime bruteForce(CronSchedule s, ZonedDateTime from, int windowMinutes) {
    ZonedDateTime t = from.withSecond(0).withNano(0).plusMinutes(1);
    for (int i = 0; i < windowMinutes; i++, t = t.plusMinutes(1)) {
      LocalDateTime local = t.toLocalDateTime();
      boolean dom = s.values(CronField.DAY_OF_MONTH).contains(local.getDayOfMonth());
      boolean dow = s.values(CronField.DAY_OF_WEEK).contains(local.getDayOfWeek().getValue() % 7);
      boolean and = s.isWildcard(CronField.DAY_OF_MONTH) || s.isWildcard(CronField.DAY_OF_WEEK);
      if (local.getSecond() == 0
          && s.values(CronField.MINUTE).contains(local.getMinute())
          && s.values(CronField.HOUR).contains(local.getHour())
          && s.values(CronField.MONTH).contains(local.getMonthValue())
          && (and ? dom && dow : dom || dow)) {
        return t;
      }
    }
    return null;
  }

  private static String next(CronSchedule s, String from, ZoneId zone) {
    return s.next(LocalDateTime.parse(from).atZone(zone)).map(z -> z.toOffsetDateTime().toString()).orElse("none");
  }

  private static List<String> sequence(CronSchedule s, String from, ZoneId zone, int n) {
    List<String> out = new ArrayList<>();
    ZonedDateTime t = LocalDateTime.parse(from).atZone(zone);
    for (int i = 0; i < n; i++) {
      t = s.next(t).orElseThrow();
      out.add(t.toOffsetDateTime().toString());
    }
    return out;
  }
}
