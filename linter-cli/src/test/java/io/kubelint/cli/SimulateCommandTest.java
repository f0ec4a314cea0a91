package io.kubelint.cli;

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

  private static final Path TESTDATA = Path.of(System.getProperty("kubelint.testdata", "../testdata"));
  private static final String CRASH = TESTDATA.resolve("simulate/crash.yaml").toString();
  private static final String SLOW = TESTDATA.resolve("simulate/slow-start.yaml").toString();
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void printsTheTimelineTheEventsAndTheVerdict() {
    CliRun run = CliRun.of("simulate", CRASH);
    assertEquals(1, run.exit(), run.err());
    String expected = """
        Pod/crash (%s:2): 15m simulated

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
    assertEquals(0, CliRun.of("simulate", "--startup-seconds", "other=60", SLOW).exit());
  }

  @Test
  void theBackOffCanBeTuned() throws IOException {
    CliRun run = CliRun.of("simulate", "--format", "json", "--for", "2m", "--backoff-max", "20s", CRASH);
    List<Double> started = new ArrayList<>();
    for (JsonNode e : json.readTree(run.out()).path("workloads").get(0).path("events")) {
      if (e.path("reason").asString().equals("Started")) {
        started.add(e.path("atSeconds").asDouble());
      }
    }
    // runs of 10 s; restarts at once, then after 10, 20, 20, 20 s
    assertEquals(List.of(0.0, 10.0, 30.0, 60.0, 90.0, 120.0), started);
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
    assertTrue(run.out().startsWith("Pod/crash (crash.yaml:2): 15m simulated"), run.out());
  }
}
