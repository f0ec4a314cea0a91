package io.kubelint.cli;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SimulateCommandTest {

  private static final String CRASH = TESTDATA.resolve("simulate/crash.yaml").toString();
  private static final String SLOW = TESTDATA.resolve("simulate/slow-start.yaml").toString();
  private static final String HOURLY = TESTDATA.resolve("simulate/hourly-report.yaml").toString();
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void printsTheTimelineTheEventsAndTheVerdict() {
    CliRun run = CliRun.of("simulate", CRASH);
    assertEquals(1, run.exit(), run.err());
    String expected = """
        Pod/crash (%s:2): 15m simulated (the window lint uses)

        TIME     NAME    READY   STATUS             RESTARTS        AGE
        0s       crash   0/1     Pending            0               0s
        0s       crash   1/1     Running            0               0s
        10s      crash   0/1     Error              0               10s
        10s      crash   1/1     Running            1 (0s ago)      10s
        20s      crash   0/1     Error              1 (10s ago)     20s
        20s      crash   0/1     CrashLoopBackOff   1 (0s ago)      20s
        30s      crash   1/1     Running            2 (10s ago)     30s
        40s      crash   0/1     Error              2 (20s ago)     40s
        40s      crash   0/1     CrashLoopBackOff   2 (0s ago)      40s
        1m       crash   1/1     Running            3 (20s ago)     60s
        1m10s    crash   0/1     Error              3 (30s ago)     70s
        1m10s    crash   0/1     CrashLoopBackOff   3 (0s ago)      70s
        1m50s    crash   1/1     Running            4 (40s ago)     110s
        2m       crash   0/1     Error              4 (50s ago)     2m
        2m       crash   0/1     CrashLoopBackOff   4 (0s ago)      2m
        3m20s    crash   1/1     Running            5 (80s ago)     3m20s
        3m30s    crash   0/1     Error              5 (90s ago)     3m30s
        3m30s    crash   0/1     CrashLoopBackOff   5 (0s ago)      3m30s
        6m10s    crash   1/1     Running            6 (2m40s ago)   6m10s
        6m20s    crash   0/1     Error              6 (2m50s ago)   6m20s
        6m20s    crash   0/1     CrashLoopBackOff   6 (0s ago)      6m20s
        11m20s   crash   1/1     Running            7 (5m ago)      11m
        11m30s   crash   0/1     Error              7 (5m10s ago)   11m
        11m30s   crash   0/1     CrashLoopBackOff   7 (0s ago)      11m

        Events:
          Type      Reason      Age                   From                Object      Message
          ----      ------      ----                  ----                ------      -------
          Normal    Scheduled   15m                   default-scheduler   pod/crash   Successfully assigned default/crash to node-1
          Normal    Pulled      3m40s (x8 over 15m)   kubelet             pod/crash   Container image "busybox:1.36" already present on machine
          Normal    Created     3m40s (x8 over 15m)   kubelet             pod/crash   Created container: app
          Normal    Started     3m40s (x8 over 15m)   kubelet             pod/crash   Started container app
          Warning   BackOff     3m30s (x7 over 14m)   kubelet             pod/crash   Back-off restarting failed container app in pod crash_default

        Verdict: restart loop: container app restarts in a loop (first crash at 10s, CrashLoopBackOff from 20s, 7 restarts after 15m)
          cause: its script "sleep 10; exit 1" exits with code 1 after 10s [static evidence, %s:10:29]
          fix:   make the command succeed, or keep it running: the kubelet restarts the container after every exit with a non-zero code (restartPolicy Always)
        """.formatted(CRASH, CRASH);
    assertEquals(expected, run.out());
  }

  @Test
  void healthyWorkloadsExitZeroAndSayNothingIsKnown() {
    CliRun run = CliRun.of("simulate", "--for", "2m", SLOW);
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Verdict: healthy: nothing went wrong in the simulated time (no evidence about the "
        + "programs: they are assumed to start at once and run until stopped)"), run.out());
  }

  @Test
  void hintFlagsSayWhatTheManifestCannot() {
    CliRun all = CliRun.of("simulate", "--startup-seconds", "60", SLOW);
    CliRun one = CliRun.of("simulate", "--startup-seconds", "app=60", SLOW);
    assertEquals(1, all.exit(), all.err());
    assertEquals(all.out(), one.out());
    assertTrue(all.out().contains("cause: its liveness probe fails once (failureThreshold 1; first probe 10s after the "
        + "start, then every 10s): the process answers probes only after 1m (--startup-seconds) [hint, "), all.out());
  }

  @Test
  void hintFlagsThatHaveNoEffectAreWarnings() {
    CliRun other = CliRun.of("simulate", "--startup-seconds", "other=60", SLOW);
    assertEquals(0, other.exit());
    assertEquals("kubelint: warning: --startup-seconds names container other, which no simulated pod has; that part "
        + "of the hint is ignored\n", other.err());
    assertEquals("", CliRun.of("simulate", "--startup-seconds", "app=60", CRASH, SLOW).err(), "app is in both");
    CliRun code = CliRun.of("simulate", "--exit-code", "3", SLOW);
    assertEquals("kubelint: warning: --exit-code has no effect without --run-seconds: the exit code is that of a "
        + "process that exits on its own (Deployment/slow)\n", code.err());
    CliRun twice = CliRun.of("simulate", "--startup-seconds", "app=5,app=60", SLOW);
    assertEquals(1, twice.exit(), "60 s counts");
    assertEquals("kubelint: warning: --startup-seconds gives a value for container app twice (5s and 1m); the last, "
        + "1m, is used\n", twice.err());
    CliRun duration = CliRun.of("simulate", "--startup-seconds", "1m", SLOW);
    assertEquals(CliRun.of("simulate", "--startup-seconds", "60", SLOW).out().replace("(--startup-seconds)", ""),
        duration.out().replace("(--startup-seconds)", ""), "1m is 60 s");
    CliRun huge = CliRun.of("simulate", "--run-seconds", "1e12", SLOW);
    assertEquals(2, huge.exit());
    assertEquals("kubelint: error: --run-seconds: \"1e12\" is out of range: at most 3153600000 seconds (100 years)\n",
        huge.err().lines().findFirst().orElse("") + "\n");
  }

  @Test
  void hintAnnotationsOutsideThePodTemplateAreWarnings(@TempDir Path dir) throws IOException {
    Path misplaced = Files.writeString(dir.resolve("misplaced.yaml"), Files.readString(Path.of(SLOW))
        .replace("  name: slow\n", "  name: slow\n  annotations:\n    kubelint.io/startup-seconds: \"60\"\n"));
    CliRun run = CliRun.of("simulate", misplaced.toString());
    assertEquals(0, run.exit(), "the hint is not used");
    assertEquals("kubelint: warning: " + misplaced + ":8:5: kubelint.io/startup-seconds on the Deployment's own "
        + "metadata is ignored: the simulator reads hints only from the pod template; put it on "
        + "spec.template.metadata.annotations\n", run.err());
  }

  @Test
  void withoutForTheWindowIsTheOneLintUses() {
    CliRun lintWindow = CliRun.of("simulate", HOURLY);
    assertEquals(1, lintWindow.exit(), lintWindow.out());
    assertTrue(lintWindow.out().startsWith("CronJob/hourly-report (" + HOURLY + ":3): 4h2m simulated (the window "
        + "lint uses: the first three scheduled runs and the longest run, and until the first Job ends, at most "
        + "24h), from 2024-12-31T23:59Z"), lintWindow.out());
    assertTrue(lintWindow.out().contains("Verdict: runs skipped: 2 scheduled runs never start because an earlier "
        + "run is still running (concurrencyPolicy Forbid, 3 started)"), lintWindow.out());
    CliRun lint = CliRun.of("lint", "--format", "json", HOURLY);
    assertTrue(lint.out().contains("2 scheduled runs never start because an earlier run is still running"),
        lint.out());
    CliRun shortWindow = CliRun.of("simulate", "--for", "15m", HOURLY);
    assertTrue(shortWindow.out().startsWith("CronJob/hourly-report (" + HOURLY + ":3): 15m simulated, from "),
        "--for is obeyed: " + shortWindow.out());
    assertEquals(1, shortWindow.exit(), "the run length is compared with the interval: " + shortWindow.out());
    assertTrue(shortWindow.out().contains("Verdict: runs skipped: scheduled runs will be skipped because an earlier "
        + "run is still running (the schedule's shortest interval is 1h; not reached in the simulated 15m)"),
        shortWindow.out());
  }

  @Test
  void theBackOffCanBeTuned() throws IOException {
    CliRun run = CliRun.of("simulate", "--format", "json", "--for", "2m", "--backoff-max", "20s", CRASH);
    List<Double> started = new ArrayList<>();
    for (JsonNode row : json.readTree(run.out()).path("workloads").get(0).path("timeline")) {
      if (row.path("status").asString().equals("Running")) {
        started.add(row.path("atSeconds").asDouble());
      }
    }
    // runs of 10 s; restarts at once, then after 10, 20, 20, 20 s
    assertEquals(List.of(0.0, 10.0, 30.0, 60.0, 90.0, 120.0), started);
    JsonNode startedEvent = null;
    for (JsonNode e : json.readTree(run.out()).path("workloads").get(0).path("events")) {
      if (e.path("reason").asString().equals("Started")) {
        startedEvent = e;
      }
    }
    assertEquals(6, startedEvent.path("count").asInt(), "one Started event, counted");
    assertEquals(0.0, startedEvent.path("atSeconds").asDouble());
    assertEquals(120.0, startedEvent.path("lastSeconds").asDouble());
  }

  @Test
  void jsonGivesTheSameAsData() {
    CliRun run = CliRun.of("simulate", "--format", "json", CRASH, SLOW);
    assertEquals(1, run.exit(), run.err());
    JsonNode root = json.readTree(run.out());
    assertTrue(root.path("failed").asBoolean());
    JsonNode crash = root.path("workloads").get(0);
    assertEquals("crash", crash.path("object").path("name").asString());
    assertEquals(2, crash.path("line").asInt());
    JsonNode verdict = crash.path("verdicts").get(0);
    assertEquals("restart-loop", verdict.path("kind").asString());
    assertEquals(10.0, verdict.path("atSeconds").asDouble());
    assertEquals(7, verdict.path("count").asInt());
    assertEquals("static", verdict.path("cause").path("evidence").asString());
    assertEquals("/spec/containers/0/command/2", verdict.path("cause").path("path").asString());
    assertEquals(CRASH + ":10:29", verdict.path("cause").path("location").asString());
    assertEquals(24, crash.path("timeline").size());
    List<String> kinds = new ArrayList<>();
    root.path("workloads").get(1).path("verdicts").forEach(v -> kinds.add(v.path("kind").asString()));
    assertEquals(List.of("rollout-complete", "healthy"), kinds);
  }

  @Test
  void objectChoosesTheWorkloads() {
    CliRun run = CliRun.of("simulate", "--object", "deployment/slow", CRASH, SLOW);
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("Deployment/slow ("), run.out());
    assertTrue(!run.out().contains("Pod/crash"), run.out());
    CliRun missing = CliRun.of("simulate", "--object", "Deployment/nope", SLOW);
    assertEquals(2, missing.exit());
    assertEquals("kubelint: error: no workload Deployment/nope in the inputs\n", missing.err());
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(2, CliRun.of("simulate", "--for", "0s", CRASH).exit());
    assertEquals(2, CliRun.of("simulate", "--for", "8d", CRASH).exit());
    assertEquals(2, CliRun.of("simulate", "--backoff-max", "soon", CRASH).exit());
    assertEquals(2, CliRun.of("simulate", "--format", "xml", CRASH).exit());
    assertEquals(2, CliRun.of("simulate", "--object", "crash", CRASH).exit());
    CliRun code = CliRun.of("simulate", "--exit-code", "300", CRASH);
    assertEquals(2, code.exit());
    assertTrue(code.err().startsWith("kubelint: error: --exit-code: \"300\" is not an exit code"), code.err());
  }

  @Test
  void yamlThatCannotBeReadIsAOneLineErrorWithItsPosition(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "apiVersion: v1\nkind: [Pod\n");
    CliRun run = CliRun.of("simulate", bad.toString(), CRASH);
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("kubelint: error: " + bad + ":"), run.err());
    assertTrue(run.out().startsWith("Pod/crash"), "the other input is still simulated");
  }

  @Test
  void stdinIsRead() throws IOException {
    CliRun run = CliRun.withStdin(Files.readString(Path.of(CRASH)), "simulate", "--stdin-name", "crash.yaml", "-");
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.out().startsWith("Pod/crash (crash.yaml:2): 15m simulated (the window lint uses)"), run.out());
  }
}
