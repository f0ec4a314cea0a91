package io.kubelint.rules.sim;

import static io.kubelint.rules.sim.Manifests.only;
import static io.kubelint.rules.sim.Manifests.seconds;
import static io.kubelint.rules.sim.Manifests.simulate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A CronJob every minute whose runs take 90 s, under each concurrencyPolicy, computed by hand. The simulation starts
 * 60 s before the first scheduled time, so scheduled times fall at 60, 120, 180, … s, and six minutes hold six of
 * them (the last at the very end); the controller syncs at each scheduled time and when a Job ends, and starts runs
 * on time.
 */
class CronJobControllerTest {

  private static String cron(String policy, String extra) {
    return """
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: report
        spec:
          schedule: "* * * * *"
          concurrencyPolicy: %s
        %s
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations: {kubelint.io/run-seconds: "90"}
                spec:
                  restartPolicy: OnFailure
                  containers:
                    - name: report
                      image: example.com/report:2.0
        """.formatted(policy, extra.indent(2).stripTrailing());
  }

  private static SimResult sixMinutes(String policy, String extra) {
    return simulate(cron(policy, extra), 6);
  }

  @Test
  void allowStartsEveryRunAndTheyOverlap() {
    SimResult r = sixMinutes("Allow", "");
    assertEquals(List.of(60L, 120L, 180L, 240L, 300L, 360L), seconds(r, "SuccessfulCreate", "cronjob/"));
    Verdict v = only(r, Verdict.Kind.RUNS_OVERLAP);
    assertEquals(5, v.count());
    assertEquals(120_000, v.atMillis());
    assertEquals("5 of 6 runs start while an earlier run is still running", v.message());
    assertEquals(Evidence.Strength.HINT, v.cause().strength());
  }

  @Test
  void forbidSkipsTheRunsThatComeWhileOneRuns() {
    SimResult r = sixMinutes("Forbid", "");
    // 60 → job done at 150; 120 waits and starts when that job ends, at 150 (done 240); 180 waits and is given up
    // at 240, when 240 itself is due and starts (done 330); 300 waits and starts at 330; 360 waits
    assertEquals(List.of(60L, 150L, 240L, 330L), seconds(r, "SuccessfulCreate", "cronjob/"));
    assertEquals(List.of("report-28928160", "report-28928161", "report-28928163", "report-28928164"),
        r.events().stream().filter(e -> e.reason().equals("SuccessfulCreate") && e.object().startsWith("cronjob/"))
            .map(e -> e.message().substring("Created job ".length())).toList());
    Verdict skipped = only(r, Verdict.Kind.RUNS_SKIPPED);
    assertEquals(1, skipped.count());
    assertEquals("1 scheduled run never starts because an earlier run is still running", skipped.message());
    assertEquals(List.of(120L, 180L, 300L, 360L), seconds(r, "JobAlreadyActive"));
    assertEquals(1, r.events().stream().filter(e -> e.reason().equals("JobAlreadyActive")).count(),
        "one event, counted, as kubectl shows it");
  }

  @Test
  void replaceKillsTheRunningJobAtEachScheduledTime() {
    SimResult r = sixMinutes("Replace", "");
    assertEquals(List.of(60L, 120L, 180L, 240L, 300L, 360L), seconds(r, "SuccessfulCreate", "cronjob/"));
    assertEquals(List.of(120L, 180L, 240L, 300L, 360L), seconds(r, "SuccessfulDelete", "cronjob/"));
    assertEquals(5, only(r, Verdict.Kind.RUNS_REPLACED).count());
    assertTrue(r.timeline().stream().noneMatch(t -> t.status().equals("Completed")), "no run finishes");
  }

  @Test
  void aStartingDeadlineUnderTenSecondsMissesEveryRun() {
    // runs start on time, but the deadline is checked against the 10 s the controller may be late
    SimResult r = sixMinutes("Allow", "startingDeadlineSeconds: 5");
    assertTrue(seconds(r, "SuccessfulCreate", "cronjob/").isEmpty());
    assertEquals(6, only(r, Verdict.Kind.RUNS_TOO_LATE).count());
    assertEquals(List.of(60L, 120L, 180L, 240L, 300L, 360L), seconds(r, "MissSchedule"));
    assertTrue(r.events().stream().anyMatch(e -> e.message().equals("Missed scheduled time to start a job: Wed, 01 "
        + "Jan 2025 00:01:00 +0000")));
    SimResult ten = sixMinutes("Allow", "startingDeadlineSeconds: 10");
    assertEquals(List.of(60L, 120L, 180L, 240L, 300L, 360L), seconds(ten, "SuccessfulCreate", "cronjob/"));
  }

  @Test
  void moreThanAHundredMissedSchedulesAreAWarningAndTheMostRecentStillStarts() {
    SimResult r = simulate(cron("Forbid", "").replace("\"90\"", "\"7200\""), 121);
    // the first run goes from 60 s to 7260 s; from 101 unmet times on (60 + 60 + 100 × 60 = 6120 s) every sync
    // warns; when the run ends at 7260 s, the most recent time (7260 s itself) starts
    Verdict v = only(r, Verdict.Kind.TOO_MANY_MISSED);
    assertEquals(6_120_000, v.atMillis());
    assertEquals(20, v.count(), "syncs at 6120, 6180, … 7260 s");
    assertTrue(v.message().contains("records TooManyMissedTimes warnings and starts only the most recent time"),
        v.message());
    assertTrue(v.cause().fix().contains("set startingDeadlineSeconds"), v.cause().fix());
    assertEquals(List.of(60L, 7260L), seconds(r, "SuccessfulCreate", "cronjob/"));
    assertEquals(1, r.events().stream().filter(e -> e.reason().equals("TooManyMissedTimes")).count());
    assertEquals(119, only(r, Verdict.Kind.RUNS_SKIPPED).count(), "every time from 120 s to 7200 s");
  }

  @Test
  void theScheduleIsReadInTheCronJobsTimeZone() {
    SimResult r = simulate(cron("Allow", "timeZone: Asia/Tokyo").replace("\"* * * * *\"", "\"30 9 * * *\""), 3);
    assertEquals("2025-01-01T09:29+09:00", r.startedAt());
    assertEquals(List.of(60L), seconds(r, "SuccessfulCreate", "cronjob/"));
  }

  @Test
  void aTimeZoneTheApiServerRejectsIsNotSimulated() {
    for (String zone : List.of("\"+01:00\"", "UTC+01:00", "utc", "Local", "Mars/Olympus")) {
      SimResult r = simulate(cron("Allow", "timeZone: " + zone), 3);
      assertEquals("the API server rejects its timeZone " + (zone.startsWith("\"") ? zone : "\"" + zone + "\""),
          only(r, Verdict.Kind.NOT_SIMULATED).details(), zone);
      assertTrue(r.events().isEmpty());
    }
  }

  @Test
  void runsLongerThanADailyOrWeeklyIntervalAreFoundWithoutSimulatingThatFar() {
    String daily = cron("Forbid", "").replace("\"* * * * *\"", "\"0 2 * * *\"").replace("\"90\"", "\"90000\"");
    Verdict skipped = only(simulate(daily, 24 * 60), Verdict.Kind.RUNS_SKIPPED);
    assertEquals("scheduled runs will be skipped because an earlier run is still running", skipped.message());
    assertEquals("the schedule's shortest interval is 24h; not reached in the simulated 24h", skipped.details());
    assertEquals("each run takes 25h: its process exits with code 0 after 25h (kubelint.io/run-seconds)",
        skipped.cause().text());
    String weekly = cron("Allow", "").replace("\"* * * * *\"", "\"0 0 * * 0\"").replace("\"90\"", "\"691200\"");
    Verdict overlap = only(simulate(weekly, 60), Verdict.Kind.RUNS_OVERLAP);
    assertEquals("the schedule's shortest interval is 168h; not reached in the simulated 1h", overlap.details());
    String fits = cron("Forbid", "").replace("\"* * * * *\"", "\"0 2 * * *\"").replace("\"90\"", "\"86000\"");
    assertTrue(simulate(fits, 60).verdicts().stream().noneMatch(v -> v.kind().failure()), "23h53m20s fits a day");
  }
}
