package io.kubelint.rules.cron;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link CronSchedule#parse} accepts and rejects. The expectations follow robfig/cron v3.0.1's
 * {@code ParseStandard} plus the Kubernetes rule against {@code TZ} (see {@link CronSchedule}).
 */
class CronScheduleParseTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "* * * * *",
      "0 3 * * *",
      "*/15 * * * *",
      "0 0 1,15 * *",
      "0 9-17 * * MON-FRI",
      "0 0 * * sun",
      "0 0 1 jan *",
      "0 0 1 Jan-Mar,oct *",
      "0 0 ? * ?",
      "5/15 * * * *",
      "0 0 1-31/2 * *",
      "00 03 * * *",
      "+5 * * * *",              // strconv.Atoi takes a plus sign
      "*/+5 * * * *",
      "*/61 * * * *",            // a step larger than the range is only the start
      "*-5 * * * *",             // robfig/cron ignores what follows "*-"
      "0 0 1,,15 * *",           // empty list items are skipped
      "0 0 , * *",               // accepted, but selects no day (see canFire)
      " 0 0 * * * ",             // surrounding white space is dropped for five fields
      "0\t0  *\n* *",            // any Go white space separates fields
      "0\u00a00 * * *",          // including a no-break space (unicode.IsSpace)
      "0 0 1 * FR\u0130",        // Go lower-cases U+0130 to a plain i, so this is "fri"
      "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly",
      "@every 1h30m", "@every 90s", "@every 1.5h", "@every 0", "@every -1h", "@every 300ms"})
  void accepts(String schedule) {
    CronSchedule parsed = CronSchedule.parse(schedule);
    assertEquals(schedule, parsed.text());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      0 24 * * *                 | 1  | 24               | hour 24 is out of range 0–23
      60 * * * *                 | 0  | 60               | minute 60 is out of range 0–59
      0 0 0 * *                  | 2  | 0                | day-of-month 0 is out of range 1–31
      0 0 32 * *                 | 2  | 32               | day-of-month 32 is out of range 1–31
      0 0 * 0 *                  | 3  | 0                | month 0 is out of range 1–12 or JAN–DEC
      0 0 * 13 *                 | 3  | 13               | month 13 is out of range 1–12 or JAN–DEC
      0 0 * * 7                  | 4  | 7                | day-of-week 7 is out of range 0–6 or SUN–SAT
      0 0 * * 1-7                | 4  | 7                | day-of-week 7 is out of range 0–6 or SUN–SAT
      70/5 * * * *               | 0  | 70               | minute 70 is out of range 0–59
      99999999999 * * * *        | 0  | 99999999999      | minute 99999999999 is out of range 0–59
      */0 * * * *                | 0  | 0                | step 0 in */0 is not allowed
      */-5 * * * *               | 0  | -5               | step -5 in */-5 is not allowed
      */x * * * *                | 0  | x                | step x in */x is not a number
      1/ * * * *                 | 0  | /                | the slash in 1/ has no step after it
      /5 * * * *                 | 0  | /5               | /5 has no value before the slash
      */2/3 * * * *              | 0  | */2/3            | too many slashes in */2/3
      1-2-3 * * * *              | 0  | 1-2-3            | too many hyphens in 1-2-3
      5-1 * * * *                | 0  | 5-1              | range 5-1 runs backwards
      0 0 * * FRI-MON            | 4  | FRI-MON          | range FRI-MON runs backwards
      5- * * * *                 | 0  | 5-               | range 5- is missing a number
      -5 * * * *                 | 0  | -5               | range -5 is missing a number
      0 0 1 FEBR *               | 3  | FEBR             | unknown month name FEBR
      0 0 * * FRIDAY             | 4  | FRIDAY           | unknown weekday name FRIDAY
      0 0 L * *                  | 2  | L                | day-of-month value L is not a number
      0 0 * * 5L                 | 4  | 5L               | day-of-week value 5L is not a number or a name
      0 0 * * 5#3                | 4  | 5#3              | day-of-week value 5#3 is not a number or a name
      0 0 ** * *                 | 2  | **               | day-of-month value ** is not a number
      0 0 \uFF19 * *             | 2  | \uFF19           | day-of-month value \uFF19 is not a number
      0 0 MON * * | 2 | MON | MON is a weekday name, but the day-of-month field takes numbers only
      jan * * * *                | 0  | jan              | jan is a month name, but the minute field takes numbers only
      0 0 * * * * | -1 | * | expected 5 fields (minute hour day-of-month month day-of-week), found 6
      0 0 0 * * * 2030 | -1 | * 2030 | expected 5 fields (minute hour day-of-month month day-of-week), found 7
      0 0 * * | -1 | 0 0 * * | expected 5 fields (minute hour day-of-month month day-of-week), found 4
      " " | -1 | " " | expected 5 fields (minute hour day-of-month month day-of-week), found 0
      " @daily" | -1 | @daily | expected 5 fields (minute hour day-of-month month day-of-week), found 1
      TZ=Europe/Berlin 0 3 * * * | -1 | TZ=Europe/Berlin | use spec.timeZone instead of a TZ= prefix
      CRON_TZ=UTC 0 3 * * *      | -1 | CRON_TZ=UTC      | use spec.timeZone instead of a CRON_TZ= prefix
      0 0 * * TZ                 | -1 | TZ               | Kubernetes rejects a schedule that contains TZ
      @Daily                     | -1 | @Daily           | unknown macro @Daily
      @reboot                    | -1 | @reboot          | unknown macro @reboot
      "@daily "                  | -1 | " "              | nothing may follow @daily in a schedule
      @every                     | -1 | @every           | @every needs a duration after one space
      "@every "                  | -1 | "@every "        | @every needs a duration after one space
      @every 5                   | -1 | 5                | invalid duration 5 after @every: the number 5 has no unit
      @every 1d                  | -1 | 1d               | invalid duration 1d after @every: unknown unit 'd'
      @every 5 m                 | -1 | 5 m              | invalid duration 5 m after @every: unknown unit ' m'
      "@every  5m"               | -1 | " 5m"            | invalid duration  5m after @every: expected a number at ' 5m'
      """)
  void rejects(String schedule, int field, String part, String message) {
    CronParseException e = assertThrows(CronParseException.class, () -> CronSchedule.parse(schedule));
    assertAll(
        () -> assertEquals(message, e.getMessage()),
        () -> assertEquals(field, e.fieldIndex(), "field"),
        () -> assertEquals(part, e.part(), "part"),
        () -> assertEquals(schedule, e.schedule()),
        () -> assertEquals(field < 0 ? Optional.empty() : Optional.of(CronField.at(field)), e.field()));
  }

  @Test
  void rejectsAnEmptySchedule() {
    CronParseException e = assertThrows(CronParseException.class, () -> CronSchedule.parse(""));
    assertEquals("the schedule is empty", e.getMessage());
    assertEquals(0, e.offset());
    assertEquals(0, e.length());
  }

  @Test
  void errorOffsetsCountCharactersOfTheWholeSchedule() {
    assertAll(
        () -> assertSpan("0  0 32 * *", 5, 2),
        () -> assertSpan("0 0 * * 1-7", 10, 1),
        () -> assertSpan("\t0 24 * * *", 3, 2),
        () -> assertSpan("TZ=Europe/Berlin 0 3 * * *", 0, 16),
        () -> assertSpan("  CRON_TZ=UTC 0 3 * * *", 2, 11),
        () -> assertSpan("0 0 * * * *", 10, 1),
        () -> assertSpan("0 0 1,5,40 * *", 8, 2),
        () -> assertSpan("*/0 * * * *", 2, 1),
        () -> assertSpan("@every 1h 2m", 7, 5));
  }

  @Test
  void hintsSayHowToFixIt() {
    assertAll(
        () -> assertEquals("use 0 for Sunday: robfig/cron, which Kubernetes uses, only accepts 0–6",
            hint("0 0 * * 7")),
        () -> assertEquals("write 1-6,0: Sunday is 0 and robfig/cron, which Kubernetes uses, only accepts 0–6",
            hint("0 0 * * 1-7")),
        () -> assertEquals("use * for every day: Sunday is 0 and robfig/cron, which Kubernetes uses, only "
            + "accepts 0–6", hint("0 0 * * SUN-7")),
        () -> assertEquals("write mon-sat,sun: Sunday is 0 and robfig/cron, which Kubernetes uses, only accepts 0–6",
            hint("0 0 * * mon-7")),
        () -> assertEquals("a range does not wrap around: write fri-sat,sun-mon", hint("0 0 * * fri-mon")),
        () -> assertEquals("midnight is hour 0", hint("0 24 * * *")),
        () -> assertEquals("move the time zone to spec.timeZone: Europe/Berlin", hint("TZ=Europe/Berlin 0 3 * * *")),
        () -> assertEquals("month names have three letters: write FEB", hint("0 0 1 FEBR *")),
        () -> assertEquals("did you mean MON?", hint("0 0 * * MOM")),
        () -> assertEquals("a range does not wrap around: write FRI-SAT,SUN-MON", hint("0 0 * * FRI-MON")),
        () -> assertEquals("a range does not wrap around: write 22-23,0-2", hint("0 22-2 * * *")),
        () -> assertEquals("macros are case-sensitive: write @daily", hint("@Daily")),
        () -> assertEquals("did you mean @hourly?", hint("@hourli")),
        () -> assertEquals("remove the space before @daily", hint(" @daily")),
        () -> assertEquals("a CronJob schedule has exactly five fields: no seconds, no year and no command",
            hint("0 0 3 * * *")),
        () -> assertTrue(hint("0 0 L * *").contains("Quartz")),
        () -> assertTrue(hint("@every 1 h").startsWith("write exactly one space after @every")));
  }

  @Test
  void fieldsSelectTheValuesRobfigCronSelects() {
    CronSchedule s = CronSchedule.parse("5/15 9-17/4 1-31/10 JAN-MAR,oct MON/2");
    assertAll(
        () -> assertEquals(Set.of(5, 20, 35, 50), s.values(CronField.MINUTE)),
        () -> assertEquals(Set.of(9, 13, 17), s.values(CronField.HOUR)),
        () -> assertEquals(Set.of(1, 11, 21, 31), s.values(CronField.DAY_OF_MONTH)),
        () -> assertEquals(Set.of(1, 2, 3, 10), s.values(CronField.MONTH)),
        () -> assertEquals(Set.of(1, 3, 5), s.values(CronField.DAY_OF_WEEK)),
        () -> assertEquals(Set.of(), CronSchedule.parse("0 0 , * *").values(CronField.DAY_OF_MONTH)),
        () -> assertEquals(range(0, 59), CronSchedule.parse("*-5 * * * *").values(CronField.MINUTE)),
        () -> assertEquals(Set.of(0), CronSchedule.parse("*/61 * * * *").values(CronField.MINUTE)));
  }

  @Test
  void wildcardsAreStarOrQuestionMarkWithoutAStepAboveOne() {
    assertAll(
        () -> assertTrue(CronSchedule.parse("* * * * *").isWildcard(CronField.DAY_OF_MONTH)),
        () -> assertTrue(CronSchedule.parse("* * ? * *").isWildcard(CronField.DAY_OF_MONTH)),
        () -> assertTrue(CronSchedule.parse("* * */1 * *").isWildcard(CronField.DAY_OF_MONTH)),
        () -> assertTrue(CronSchedule.parse("* * 5,* * *").isWildcard(CronField.DAY_OF_MONTH)),
        () -> assertFalse(CronSchedule.parse("* * */2 * *").isWildcard(CronField.DAY_OF_MONTH)),
        () -> assertFalse(CronSchedule.parse("* * 1-31 * *").isWildcard(CronField.DAY_OF_MONTH)),
        () -> assertTrue(CronSchedule.parse("@weekly").isWildcard(CronField.DAY_OF_MONTH)),
        () -> assertFalse(CronSchedule.parse("@weekly").isWildcard(CronField.DAY_OF_WEEK)));
  }

  @Test
  void macrosStandForTheirFiveFields() {
    for (String[] pair : List.of(
        new String[] {"@yearly", "0 0 1 1 *"}, new String[] {"@annually", "0 0 1 1 *"},
        new String[] {"@monthly", "0 0 1 * *"}, new String[] {"@weekly", "0 0 * * 0"},
        new String[] {"@daily", "0 0 * * *"}, new String[] {"@midnight", "0 0 * * *"},
        new String[] {"@hourly", "0 * * * *"})) {
      CronSchedule macro = CronSchedule.parse(pair[0]);
      CronSchedule fields = CronSchedule.parse(pair[1]);
      for (CronField f : CronField.values()) {
        assertEquals(fields.values(f), macro.values(f), pair[0] + " " + f);
        assertEquals(fields.isWildcard(f), macro.isWildcard(f), pair[0] + " " + f);
      }
      assertEquals(Optional.of(pair[0]), macro.macro());
      assertEquals(Optional.empty(), macro.span(CronField.HOUR));
    }
  }

  @Test
  void everyIsAFixedIntervalOfWholeSecondsAtLeastOne() {
    assertAll(
        () -> assertEquals(Optional.of(Duration.ofMinutes(90)), CronSchedule.parse("@every 1h30m").interval()),
        () -> assertEquals(Optional.of(Duration.ofSeconds(1)), CronSchedule.parse("@every 1.9s").interval()),
        () -> assertEquals(Optional.of(Duration.ofSeconds(1)), CronSchedule.parse("@every 300ms").interval()),
        () -> assertEquals(Optional.of(Duration.ofSeconds(1)), CronSchedule.parse("@every -1h").interval()),
        () -> assertEquals(Optional.of(Duration.ofSeconds(2)), CronSchedule.parse("@every 2.5s").interval()),
        () -> assertEquals(Optional.empty(), CronSchedule.parse("@hourly").interval()),
        () -> assertThrows(IllegalStateException.class,
            () -> CronSchedule.parse("@every 1m").values(CronField.MINUTE)));
  }

  @Test
  void spansLocateEachField() {
    CronSchedule s = CronSchedule.parse(" 0  3 1,15 * MON ");
    assertAll(
        () -> assertEquals(Optional.of(new CronSchedule.Span(1, 1)), s.span(CronField.MINUTE)),
        () -> assertEquals(Optional.of(new CronSchedule.Span(4, 1)), s.span(CronField.HOUR)),
        () -> assertEquals(Optional.of(new CronSchedule.Span(6, 4)), s.span(CronField.DAY_OF_MONTH)),
        () -> assertEquals(Optional.of(new CronSchedule.Span(13, 3)), s.span(CronField.DAY_OF_WEEK)));
  }

  @Test
  void equalityIsByText() {
    assertEquals(CronSchedule.parse("0 3 * * *"), CronSchedule.parse("0 3 * * *"));
    assertEquals(CronSchedule.parse("0 3 * * *").hashCode(), CronSchedule.parse("0 3 * * *").hashCode());
    assertFalse(CronSchedule.parse("0 3 * * *").equals(CronSchedule.parse("0 03 * * *")));
    assertEquals("@daily", CronSchedule.parse("@daily").toString());
  }

  private static void assertSpan(String schedule, int offset, int length) {
    CronParseException e = assertThrows(CronParseException.class, () -> CronSchedule.parse(schedule));
    assertEquals(offset + "+" + length, e.offset() + "+" + e.length(), schedule);
  }

  private static String hint(String schedule) {
    CronParseException e = assertThrows(CronParseException.class, () -> CronSchedule.parse(schedule));
    return e.hint().orElse("");
  }

  private static Set<Integer> range(int from, int to) {
    Set<Integer> out = new TreeSet<>();
    for (int i = from; i <= to; i++) {
      out.add(i);
    }
    return out;
  }
}
