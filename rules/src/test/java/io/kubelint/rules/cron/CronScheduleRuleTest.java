package io.kubelint.rules.cron;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Fix;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.RuleDescriptor;
import io.kubelint.core.rule.RuleSettings;
import io.kubelint.core.schema.SchemaCatalog;
import io.kubelint.rules.BuiltinRules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The {@code cron-schedule} rule through the whole linter: where its findings point (the testdata harness checks
 * lines only), their severity, help and fixes, and which objects it looks at.
 */
class CronScheduleRuleTest {

  private static final SchemaCatalog CATALOG = new SchemaCatalog();
  private static final int SCHEDULE_LINE = 6;

  @Test
  void pointsAtTheOffendingFieldInsideAQuotedSchedule() {
    Finding f = only(lint(cronJob("schedule: \"0 24 * * *\"", "")));
    assertAll(
        () -> assertEquals("cron-schedule", f.ruleId()),
        () -> assertEquals(Severity.ERROR, f.severity()),
        () -> assertEquals("invalid schedule \"0 24 * * *\": hour 24 is out of range 0–23", f.message()),
        () -> assertEquals(SCHEDULE_LINE, f.line()),
        () -> assertEquals(16, f.column()),
        () -> assertEquals(2, f.length()),
        () -> assertEquals("/spec/schedule", f.path()),
        () -> assertEquals(List.of("midnight is hour 0"), f.help()));
  }

  @Test
  void pointsInsidePlainAndSingleQuotedSchedules() {
    Finding plain = only(lint(cronJob("schedule: 0 0 * * 7", "")));
    Finding single = only(lint(cronJob("schedule: '30 6 * * 6-7'", "")));
    assertAll(
        () -> assertEquals(21, plain.column()),
        () -> assertEquals(1, plain.length()),
        () -> assertEquals(25, single.column()),
        () -> assertEquals(List.of("write 6,0: Sunday is 0 and robfig/cron, which Kubernetes uses, only accepts "
            + "0–6"), single.help()));
  }

  @Test
  void offersToReplaceASundaySeven() {
    Finding f = only(lint(cronJob("schedule: 0 0 * * 7", "")));
    assertEquals(List.of(new Fix("use 0 for Sunday", SCHEDULE_LINE, 13, 9, "\"0 0 * * 0\"")), f.fixes());
    assertEquals("\"0 0 * * 1,0\"", only(lint(cronJob("schedule: 0 0 * * 1,7", ""))).fixes().get(0).replacement());
    assertEquals(List.of(), only(lint(cronJob("schedule: 0 0 * * 1-7", ""))).fixes());
    assertEquals(List.of(), only(lint(cronJob("schedule: 0 0 * * 7/2", ""))).fixes());
  }

  @Test
  void pointsAtTheTimeZonePrefixAndSaysWhereItGoes() {
    Finding f = only(lint(cronJob("schedule: \"TZ=Europe/Berlin 0 3 * * *\"", "")));
    assertAll(
        () -> assertEquals("invalid schedule \"TZ=Europe/Berlin 0 3 * * *\": use spec.timeZone instead of a TZ= "
            + "prefix", f.message()),
        () -> assertEquals(14, f.column()),
        () -> assertEquals(16, f.length()),
        () -> assertEquals(List.of("move the time zone to spec.timeZone: Europe/Berlin"), f.help()));
  }

  @Test
  void pointsAtTheWholeValueWhenOffsetsCannotBeTrusted() {
    // the tab is written as an escape, so offsets in the value are not columns in the line
    Finding escaped = only(lint(cronJob("schedule: \"0\\t24 * * *\"", "")));
    Finding empty = only(lint(cronJob("schedule: \"\"", "")));
    assertAll(
        () -> assertEquals(13, escaped.column()),
        () -> assertEquals(13, escaped.length()),
        () -> assertEquals("invalid schedule \"0\\t24 * * *\": hour 24 is out of range 0–23", escaped.message()),
        () -> assertEquals(13, empty.column()),
        () -> assertEquals("invalid schedule \"\": the schedule is empty", empty.message()));
  }

  @Test
  void aScheduleThatNeverFiresIsAWarningAtTheDayOfMonth() {
    Finding feb = only(lint(cronJob("schedule: \"0 0 30 2 *\"", "")));
    Finding shortMonths = only(lint(cronJob("schedule: \"0 0 31 4,6,9,11 *\"", "")));
    Finding commas = only(lint(cronJob("schedule: \"0 , * * *\"", "")));
    assertAll(
        () -> assertEquals(Severity.WARNING, feb.severity()),
        () -> assertEquals("schedule \"0 0 30 2 *\" can never fire: day 30 never occurs in February", feb.message()),
        () -> assertEquals(18, feb.column()),
        () -> assertEquals(2, feb.length()),
        () -> assertTrue(feb.help().get(0).startsWith("choose days that exist in the selected months")),
        () -> assertEquals("schedule \"0 0 31 4,6,9,11 *\" can never fire: day 31 never occurs in April, June, "
            + "September or November", shortMonths.message()),
        () -> assertEquals(Severity.WARNING, commas.severity()),
        () -> assertEquals("schedule \"0 , * * *\" can never fire: the hour field selects no value",
            commas.message()),
        () -> assertEquals(16, commas.column()));
  }

  @Test
  void checksTheTimeZoneAsTheApiServerDoes() {
    Finding typo = only(lint(cronJob("schedule: \"0 3 * * *\"", "timeZone: Europe/Berlinn")));
    Finding lowerCase = only(lint(cronJob("schedule: \"0 3 * * *\"", "timeZone: europe/berlin")));
    Finding local = only(lint(cronJob("schedule: \"0 3 * * *\"", "timeZone: Local")));
    Finding empty = only(lint(cronJob("schedule: \"0 3 * * *\"", "timeZone: \"\"")));
    Finding dots = only(lint(cronJob("schedule: \"0 3 * * *\"", "timeZone: Europe/../Berlin")));
    assertAll(
        () -> assertEquals("timeZone Europe/Berlinn is not an IANA time zone", typo.message()),
        () -> assertEquals(SCHEDULE_LINE + 1, typo.line()),
        () -> assertEquals(13, typo.column()),
        () -> assertEquals(List.of("did you mean Europe/Berlin?"), typo.help()),
        () -> assertEquals("Europe/Berlin", typo.fixes().get(0).replacement()),
        () -> assertEquals(List.of("time zone names are case-sensitive: write Europe/Berlin"), lowerCase.help()),
        () -> assertEquals("timeZone must name an IANA time zone, not Local", local.message()),
        () -> assertEquals("timeZone must not be empty", empty.message()),
        () -> assertEquals("timeZone Europe/../Berlin is not an IANA time zone", dots.message()),
        () -> assertEquals(List.of(), lint(cronJob("schedule: \"0 3 * * *\"",
            "timeZone: America/Argentina/Buenos_Aires"))));
  }

  @Test
  void looksAtBatchCronJobsOfEveryVersionOnly() {
    String v1beta1 = cronJob("schedule: \"0 24 * * *\"", "").replace("batch/v1", "batch/v1beta1");
    String custom = cronJob("schedule: \"0 24 * * *\"", "").replace("batch/v1", "example.com/v1");
    assertAll(
        () -> assertEquals("cron-schedule", only(lint(v1beta1, "removed-api")).ruleId()),
        () -> assertEquals(List.of(), lint(custom, "unknown-kind")));
  }

  @Test
  void leavesANonStringScheduleToTheSchema() {
    assertTrue(lint(cronJob("schedule: 5", "")).stream().noneMatch(f -> f.ruleId().equals("cron-schedule")));
  }

  @Test
  void declaresItsMetadata() {
    RuleDescriptor d = new CronScheduleRule().descriptor();
    assertEquals("cron-schedule", d.id());
    assertEquals(Severity.ERROR, d.severity());
    assertEquals("https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax", d.docs());
  }

  /** A clean CronJob with the given schedule line (line 6) and, when not empty, a line after it. */
  private static String cronJob(String scheduleLine, String extraLine) {
    return "apiVersion: batch/v1\n"
        + "kind: CronJob\n"
        + "metadata:\n"
        + "  name: report\n"
        + "spec:\n"
        + "  " + scheduleLine + "\n"
        + (extraLine.isEmpty() ? "" : "  " + extraLine + "\n")
        + "  jobTemplate:\n"
        + "    spec:\n"
        + "      template:\n"
        + "        spec:\n"
        + "          restartPolicy: OnFailure\n"
        + "          containers:\n"
        + "            - name: report\n"
        + "              image: example.com/report:1.0\n";
  }

  private static List<Finding> lint(String yaml, String... disabled) {
    LintOptions options = LintOptions.defaults(CATALOG.defaultVersion()).withThreads(1)
        .withRules(new RuleSettings(Set.of(disabled), Map.of()));
    Input input = new Input.StreamInput("cronjob.yaml",
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    LintResult result = new Linter(options, BuiltinRules.all(), CATALOG).lint(List.of(input));
    assertEquals(List.of(), result.errors());
    return result.findings();
  }

  private static Finding only(List<Finding> findings) {
    assertEquals(1, findings.size(), () -> "expected one finding, got " + findings);
    return findings.get(0);
  }
}
