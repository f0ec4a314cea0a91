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
 * 60 s before the first scheduled time, so scheduled times fall at 60, 120, 180, … s; the controller checks every
 * 10 s and notices each scheduled time at the first check after it, 10 s later.
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
    assertEquals(List.of(70L, 130L, 190L, 250L, 310L), seconds(r, "SuccessfulCreate", "cronjob/"));
    Verdict v = only(r, Verdict.Kind.RUNS_OVERLAP);
    assertEquals(4, v.count());
    assertEquals(130_000, v.atMillis());
    assertEquals(Evidence.Strength.HINT, v.cause().strength());
  }

  @Test
  void forbidSkipsTheRunsThatComeWhileOneRuns() {
    SimResult r = sixMinutes("Forbid", "");
    // 60 → job at 70, done at 160; 120 waits and starts at 160 (done 250); 180 and 240 are due at 250: only the
    // most recent, 240, starts (180 is skipped); 300 starts at 340 when 240's job is done
    assertEquals(List.of(70L, 160L, 250L, 340L), seconds(r, "SuccessfulCreate", "cronjob/"));
    assertEquals(List.of("report-28928160", "report-28928161", "report-28928163", "report-28928164"),
        r.events().stream().filter(e -> e.reason().equals("SuccessfulCreate") && e.object().startsWith("cronjob/"))
            .map(e -> e.message().substring("Created job ".length())).toList());
    assertEquals(1, only(r, Verdict.Kind.RUNS_SKIPPED).count());
    assertTrue(seconds(r, "JobAlreadyActive").contains(130L));
  }

  @Test
  void replaceKillsTheRunningJobAtEachScheduledTime() {
    SimResult r = sixMinutes("Replace", "");
    assertEquals(List.of(70L, 130L, 190L, 250L, 310L), seconds(r, "SuccessfulCreate", "cronjob/"));
    assertEquals(List.of(130L, 190L, 250L, 310L), seconds(r, "SuccessfulDelete", "cronjob/"));
    assertEquals(4, only(r, Verdict.Kind.RUNS_REPLACED).count());
    assertTrue(r.timeline().stream().noneMatch(t -> t.status().equals("Completed")), "no run finishes");
  }

  @Test
  void aStartingDeadlineUnderTenSecondsMissesEveryRun() {
    SimResult r = sixMinutes("Allow", "startingDeadlineSeconds: 5");
    assertTrue(seconds(r, "SuccessfulCreate", "cronjob/").isEmpty());
    assertEquals(5, only(r, Verdict.Kind.RUNS_TOO_LATE).count());
    SimResult ten = sixMinutes("Allow", "startingDeadlineSeconds: 10");
    assertEquals(5, seconds(ten, "SuccessfulCreate", "cronjob/").size());
  }

  @Test
  void moreThanAHundredMissedSchedulesStopTheController() {
    SimResult r = simulate(cron("Forbid", "").replace("\"* * * * *\"", "\"@every 5s\"")
        .replace("\"90\"", "\"900\""), 15);
    assertTrue(only(r, Verdict.Kind.TOO_MANY_MISSED).count() > 0);
    assertTrue(seconds(r, "TooManyMissedTimes").get(0) > 500, "after 101 missed times of 5 s");
  }

  @Test
  void theScheduleIsReadInTheCronJobsTimeZone() {
    SimResult r = simulate(cron("Allow", "timeZone: Asia/Tokyo").replace("\"* * * * *\"", "\"30 9 * * *\""), 3);
    assertEquals("2025-01-01T09:29+09:00", r.startedAt());
    assertEquals(List.of(70L), seconds(r, "SuccessfulCreate", "cronjob/"));
  }
}
