package io.kubelint.rules.sim;

import static io.kubelint.rules.sim.Manifests.only;
import static io.kubelint.rules.sim.Manifests.seconds;
import static io.kubelint.rules.sim.Manifests.simulate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Job controller against timelines computed by hand. */
class JobControllerTest {

  private static String job(String spec, String restartPolicy, String command) {
    return """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
        %s
          template:
            spec:
              restartPolicy: %s
              containers:
                - name: migrate
                  image: busybox:1.36
                  command: ["sh", "-c", "%s"]
        """.formatted(spec.indent(2).stripTrailing(), restartPolicy, command);
  }

  @Test
  void neverReplacesFailedPodsAfterThePodFailureBackOffUntilBackoffLimitIsExhausted() {
    SimResult r = simulate(job("backoffLimit: 2", "Never", "sleep 10; exit 1"), 15);
    // pod 1 runs 0–10; pod 2 is created 10 s after the failure (20–30), pod 3 20 s after (50–60): 3 failures > 2
    assertEquals(List.of(0L, 20L, 50L), seconds(r, "SuccessfulCreate", "job/"));
    Verdict v = only(r, Verdict.Kind.JOB_FAILED);
    assertEquals(60_000, v.atMillis());
    assertEquals(3, v.count());
    assertEquals("the Job fails 1m after it starts, with reason BackoffLimitExceeded", v.message());
    assertEquals(List.of(60L), seconds(r, "BackoffLimitExceeded"));
    assertEquals("/spec/template/spec/containers/0/command/2", v.cause().at().toString());
  }

  @Test
  void onFailureCountsTheContainersRestarts() {
    SimResult r = simulate(job("backoffLimit: 2", "OnFailure", "sleep 10; exit 1"), 15);
    // crash at 10, restart at once (1); crash at 20, restart at 30 (2): restarts reach backoffLimit at 30 s
    Verdict v = only(r, Verdict.Kind.JOB_FAILED);
    assertEquals(30_000, v.atMillis());
    assertEquals(List.of(0L), seconds(r, "SuccessfulCreate", "job/"));
    assertEquals(List.of(30L), seconds(r, "SuccessfulDelete"), "the pod is terminated");
  }

  @Test
  void activeDeadlineSecondsTakesPrecedenceOverBackoffLimit() {
    SimResult r = simulate(job("backoffLimit: 6\nactiveDeadlineSeconds: 25", "Never", "sleep 10; exit 1"), 15);
    Verdict v = only(r, Verdict.Kind.JOB_FAILED);
    assertEquals(25_000, v.atMillis());
    assertEquals("the Job fails 25s after it starts, with reason DeadlineExceeded", v.message());
    assertEquals(List.of(0L, 20L), seconds(r, "SuccessfulCreate", "job/"), "no pod after the deadline");
  }

  @Test
  void completionsAndParallelism() {
    SimResult r = simulate(job("completions: 5\nparallelism: 2", "Never", "sleep 30"), 15);
    // two at a time, 30 s each: 0, 0, 30, 30, 60 → the fifth succeeds at 90 s
    assertEquals(List.of(0L, 0L, 30L, 30L, 60L), seconds(r, "SuccessfulCreate", "job/"));
    assertEquals(90_000, only(r, Verdict.Kind.JOB_COMPLETE).atMillis());
    assertTrue(r.verdicts().stream().noneMatch(x -> x.kind().failure()));
  }

  @Test
  void aWideParallelJobRunsAllItsPodsAtOnceThoughFewerAreSimulated() {
    SimResult r = simulate(job("completions: 50\nparallelism: 50\nactiveDeadlineSeconds: 120", "Never", "sleep 60"),
        15);
    // 50 pods at once, each done at 60 s: complete at 60 s, well before the deadline (not five waves of ten)
    assertEquals(60_000, only(r, Verdict.Kind.JOB_COMPLETE).atMillis());
    assertTrue(r.verdicts(Verdict.Kind.JOB_FAILED).isEmpty());
    assertEquals(SimSettings.DEFAULT.maxPods(), seconds(r, "SuccessfulCreate", "job/").size());
    assertEquals(List.of("each simulated pod of job/migrate stands for up to 5 identical pods (parallelism 50; at "
        + "most 10 pods are simulated at once)"), r.notes());
    SimResult more = simulate(job("completions: 60\nparallelism: 50", "Never", "sleep 60"), 15);
    // 50 at once, then the remaining 10: two runs
    assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 60L, 60L), seconds(more, "SuccessfulCreate", "job/"));
    assertEquals(120_000, only(more, Verdict.Kind.JOB_COMPLETE).atMillis());
  }

  @Test
  void eachSimulatedPodsFailuresAndRestartsCountForThePodsItStandsFor() {
    Verdict never = only(simulate(job("parallelism: 20\ncompletions: 20", "Never", "sleep 10; exit 1"), 15),
        Verdict.Kind.JOB_FAILED);
    assertEquals(10_000, never.atMillis(), "20 pods fail at 10 s, more than backoffLimit 6 allows");
    assertEquals(20, never.count());
    Verdict onFailure = only(simulate(job("parallelism: 20\ncompletions: 20", "OnFailure", "sleep 10; exit 1"), 15),
        Verdict.Kind.JOB_FAILED);
    assertEquals(10_000, onFailure.atMillis(), "20 restarts at 10 s reach backoffLimit 6");
  }

  @Test
  void aFailJobRuleOfThePodFailurePolicyFailsTheJobAtTheFirstMatchingFailure() {
    SimResult r = simulate(job("""
        backoffLimit: 6
        podFailurePolicy:
          rules:
            - action: FailJob
              onExitCodes: {containerName: migrate, operator: In, values: [42]}""", "Never", "sleep 5; exit 42"), 15);
    Verdict v = only(r, Verdict.Kind.JOB_FAILED);
    assertEquals(5_000, v.atMillis());
    assertTrue(v.message().endsWith("with reason PodFailurePolicy"), v.message());
    SimResult ignored = simulate(job("""
        backoffLimit: 1
        podFailurePolicy:
          rules:
            - action: Ignore
              onExitCodes: {operator: In, values: [42]}""", "Never", "sleep 5; exit 42"), 1);
    assertTrue(ignored.verdicts(Verdict.Kind.JOB_FAILED).isEmpty(), "ignored failures are not counted");
    assertEquals(List.of(0L, 5L, 10L), seconds(ignored, "SuccessfulCreate", "job/").subList(0, 3));
  }
}
