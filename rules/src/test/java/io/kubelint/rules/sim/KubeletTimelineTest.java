package io.kubelint.rules.sim;

import static io.kubelint.rules.sim.Manifests.only;
import static io.kubelint.rules.sim.Manifests.pod;
import static io.kubelint.rules.sim.Manifests.seconds;
import static io.kubelint.rules.sim.Manifests.simulate;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kubelet model against timelines computed by hand: restart back-off (first restart at once, then 10, 20, 40,
 * 80, 160, 300, 300 s), its reset after 10 minutes, probes, restart policies, init containers and pod phases.
 */
class KubeletTimelineTest {

  private static String crashing(String policy) {
    return pod("crash", (policy == null ? "" : "  restartPolicy: " + policy + "\n") + """
          containers:
            - name: app
              image: busybox:1.36
              command: ["sh", "-c", "sleep 10; exit 1"]
        """);
  }

  @Test
  void restartBackOffIsImmediateThenTenTwentyFortyEightyOneSixtyThreeHundredThreeHundred() {
    SimResult r = simulate(crashing(null), 30);
    // runs of 10 s; waits after each crash: 0, 10, 20, 40, 80, 160, 300, 300, 300
    assertEquals(List.of(0L, 10L, 30L, 60L, 110L, 200L, 370L, 680L, 990L, 1300L, 1610L), seconds(r, "Started"));
    assertEquals(List.of(20L, 40L, 70L, 120L, 210L, 380L, 690L, 1000L, 1310L, 1620L), seconds(r, "BackOff"));
  }

  @Test
  void alwaysAndOnFailureLoopOnAFailingCommandWithin15Minutes() {
    for (String policy : new String[] {"Always", "OnFailure"}) {
      SimResult r = simulate(crashing(policy), 15);
      Verdict v = only(r, Verdict.Kind.RESTART_LOOP);
      assertAll(policy,
          () -> assertEquals(10_000, v.atMillis(), "first crash"),
          () -> assertEquals(7, v.count(), "restarts after 15 min: at 10, 30, 60, 110, 200, 370, 680 s"),
          () -> assertEquals("first crash at 10s, CrashLoopBackOff from 20s, 7 restarts after 15m", v.details()),
          () -> assertEquals(Evidence.Strength.STATIC, v.cause().strength()),
          () -> assertEquals("/spec/containers/0/command/2", v.cause().at().toString()),
          () -> assertTrue(r.timeline().stream().anyMatch(t -> t.status().equals("CrashLoopBackOff"))));
    }
  }

  @Test
  void neverEndsFailedWithoutARestart() {
    SimResult r = simulate(crashing("Never"), 15);
    assertTrue(r.verdicts(Verdict.Kind.RESTART_LOOP).isEmpty());
    Verdict failed = only(r, Verdict.Kind.POD_FAILED);
    assertEquals(10_000, failed.atMillis());
    assertEquals(List.of(0L), seconds(r, "Started"));
    TimelineRow last = r.timeline().get(r.timeline().size() - 1);
    assertEquals(List.of("0/1", "Error", 0), List.of(last.ready(), last.status(), last.restarts()));
  }

  @Test
  void onFailureLetsACommandThatSucceedsEndTheRun() {
    SimResult r = simulate(pod("once", """
          restartPolicy: OnFailure
          containers:
            - name: app
              image: busybox:1.36
              command: ["sh", "-c", "sleep 5; echo done"]
        """), 15);
    only(r, Verdict.Kind.POD_SUCCEEDED);
    TimelineRow last = r.timeline().get(r.timeline().size() - 1);
    assertEquals(List.of(5_000L, "Completed"), List.of(last.atMillis(), last.status()));
    assertEquals(List.of(0L), seconds(r, "Started"));
  }

  @Test
  void theBackOffResetsAfterTenMinutesWithoutTrouble() {
    String longRun = pod("long", """
          containers:
            - name: app
              image: example.com/app:1
        """).replace("metadata:\n  name: long", """
        metadata:
          name: long
          annotations: {kubelint.io/run-seconds: "660", kubelint.io/exit-code: "1"}""");
    SimResult r = simulate(longRun, 45);
    // every run lasts 11 minutes, more than the 10 of the reset: each crash is treated as the first
    assertEquals(List.of(0L, 660L, 1320L, 1980L, 2640L), seconds(r, "Started"));
    assertTrue(seconds(r, "BackOff").isEmpty(), "never held back in CrashLoopBackOff");
    assertEquals("first crash at 11m, 4 restarts after 45m", only(r, Verdict.Kind.RESTART_LOOP).details(),
        "but it restarts after every run");
    assertEquals(Evidence.Strength.HINT, only(r, Verdict.Kind.RESTART_LOOP).cause().strength());

    SimResult shorter = simulate(longRun.replace("\"660\"", "\"500\""), 45);
    // 500 s runs do not reset it: 0, then 500 (at once), 1010 (+10), 1530 (+20), 2070 (+40), 2650 (+80)
    assertEquals(List.of(0L, 500L, 1010L, 1530L, 2070L, 2650L), seconds(shorter, "Started"));
  }

  @Test
  void aFileTheScriptRemovesMakesTheLivenessProbeKillTheContainer() {
    SimResult r = simulate(pod("liveness-exec", """
          containers:
            - name: liveness
              image: registry.k8s.io/busybox:1.27.2
              args: ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"]
              livenessProbe:
                exec:
                  command: ["cat", "/tmp/healthy"]
                initialDelaySeconds: 5
                periodSeconds: 5
        """), 15);
    // probes at 5, 10, …; the file is gone after 30 s: failures at 35, 40, 45 → killed at 45; sh as PID 1 ignores
    // SIGTERM, so SIGKILL ends it after the 30 s grace period (exit code 137); the first restart is immediate
    assertEquals(45L, seconds(r, "Killing").get(0));
    assertEquals(List.of(35L, 40L, 45L), seconds(r, "Unhealthy").subList(0, 3));
    assertEquals(75L, seconds(r, "Started").get(1));
    Verdict v = only(r, Verdict.Kind.RESTART_LOOP);
    assertEquals(75_000, v.atMillis(), "the first kill ends the run at 75 s");
    assertTrue(v.details().startsWith("first kill at 45s, ended by SIGKILL at 1m15s, CrashLoopBackOff from "),
        "the kill is reported when the kubelet kills, not when SIGKILL ends the run: " + v.details());
    assertEquals("/spec/containers/0/livenessProbe", v.cause().at().toString());
    assertEquals(Evidence.Strength.STATIC, v.cause().strength());
  }

  @Test
  void aFailingInitContainerIsRetriedUnlessThePolicyIsNever() {
    String spec = """
          initContainers:
            - name: migrate
              image: busybox:1.36
              command: ["sh", "-c", "exit 2"]
          containers:
            - name: app
              image: example.com/app:1
        """;
    SimResult retried = simulate(pod("init", spec), 5);
    assertTrue(retried.timeline().stream().anyMatch(t -> t.status().equals("Init:CrashLoopBackOff")));
    assertEquals("container migrate restarts in a loop", only(retried, Verdict.Kind.RESTART_LOOP).message());
    SimResult never = simulate(pod("init", "  restartPolicy: Never\n" + spec), 5);
    assertEquals(0, only(never, Verdict.Kind.POD_FAILED).atMillis());
    assertEquals("Init:Error", never.timeline().get(never.timeline().size() - 1).status());
    assertTrue(seconds(never, "Started", "pod/init").size() == 1, "the app container never starts");
  }

  @Test
  void aMultiContainerPodEndsOnlyWhenAllItsContainersHaveEnded() {
    SimResult r = simulate(pod("pair", """
          restartPolicy: Never
          containers:
            - name: quick
              image: busybox:1.36
              command: ["sh", "-c", "sleep 5"]
            - name: slow
              image: busybox:1.36
              command: ["sh", "-c", "sleep 20; exit 4"]
        """), 5);
    Verdict failed = only(r, Verdict.Kind.POD_FAILED);
    assertEquals(20_000, failed.atMillis());
    List<String> states = r.timeline().stream().map(t -> t.atMillis() / 1000 + " " + t.ready() + " " + t.status())
        .toList();
    // kubectl shows the reason of the first container that has one: quick's Completed, though the pod failed
    assertEquals(List.of("0 0/2 Pending", "0 2/2 Running", "5 1/2 Running", "20 0/2 Completed"), states);
  }

  @Test
  void aProbeOnAPortTheContainerDoesNotDeclareNeverRunsAndNeverKills() {
    SimResult r = simulate(pod("ports", """
          containers:
            - name: app
              image: example.com/app:1
              ports: [{name: web, containerPort: 8080}]
              livenessProbe:
                httpGet: {path: /healthz, port: http}
              readinessProbe:
                tcpSocket: {port: metrics}
        """), 5);
    assertTrue(seconds(r, "Killing").isEmpty(), "an Unknown outcome changes nothing");
    assertTrue(r.events().stream().anyMatch(e -> e.message().startsWith("Liveness probe errored: container app "
        + "declares no port named \"http\"")));
    assertFalse(r.timeline().stream().anyMatch(t -> t.ready().equals("1/1")), "never Ready");
  }
}
