package io.kubelint.rules.sim;

import static io.kubelint.rules.sim.Manifests.only;
import static io.kubelint.rules.sim.Manifests.seconds;
import static io.kubelint.rules.sim.Manifests.simulate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A slow starter against its liveness probe, with and without a startupProbe, computed by hand. */
class ProbeTimelineTest {

  private static final String SLOW = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: slow
      spec:
        selector:
          matchLabels: {app: slow}
        template:
          metadata:
            labels: {app: slow}
            annotations:
              kubelint.io/startup-seconds: "60"
          spec:
            containers:
              - name: app
                image: example.com/slow:1.0
                livenessProbe:
                  httpGet: {path: /healthz, port: 8080}
                  initialDelaySeconds: 10
                  periodSeconds: 10
                  failureThreshold: 1
      """;

  private static String withStartupProbe(int failureThreshold) {
    String indent = " ".repeat(10);
    return SLOW.replace(indent + "livenessProbe:", indent + "startupProbe:\n" + indent
        + "  httpGet: {path: /healthz, port: 8080}\n" + indent + "  failureThreshold: " + failureThreshold + "\n"
        + indent + "  periodSeconds: 10\n" + indent + "livenessProbe:");
  }

  @Test
  void aLivenessProbeThatComesBeforeTheStartKillsEveryRun() {
    SimResult r = simulate(SLOW, 15);
    // each run is killed by the probe 10 s after it starts; it ends on SIGTERM at once (143) and is restarted at
    // once, then after 10, 20, 40, 80, 160, 300 s
    assertEquals(List.of(10L, 20L, 40L, 70L, 120L, 210L, 380L, 690L), seconds(r, "Killing"));
    assertEquals(List.of(0L, 10L, 30L, 60L, 110L, 200L, 370L, 680L), seconds(r, "Started"));
    Verdict v = only(r, Verdict.Kind.RESTART_LOOP);
    assertEquals("first kill at 10s, CrashLoopBackOff from 20s, 7 restarts after 15m", v.details());
    assertEquals(Evidence.Strength.HINT, v.cause().strength(), "the startup time is a hint");
    assertEquals("/spec/template/spec/containers/0/livenessProbe", v.cause().at().toString());
    assertTrue(v.cause().fix().startsWith("add a startupProbe whose failureThreshold × periodSeconds exceeds 60 s"),
        v.cause().fix());
  }

  @Test
  void aStartupProbeWithABigEnoughBudgetProtectsTheSlowStarter() {
    String guarded = withStartupProbe(10);
    SimResult r = simulate(guarded, 15);
    // startup probes at 0, 10, …, 50 fail (6 < 10), the one at 60 passes: started and Ready at 60 s
    assertEquals(List.of(0L, 10L, 20L, 30L, 40L, 50L), seconds(r, "Unhealthy"));
    assertTrue(seconds(r, "Killing").isEmpty());
    assertTrue(r.verdicts(Verdict.Kind.RESTART_LOOP).isEmpty());
    assertEquals(60_000, only(r, Verdict.Kind.ROLLOUT_COMPLETE).atMillis());
    assertTrue(r.timeline().stream().anyMatch(t -> t.atMillis() == 60_000 && t.ready().equals("1/1")));
  }

  @Test
  void aStartupProbeWithTooSmallABudgetKillsInstead() {
    String tight = withStartupProbe(3);
    SimResult r = simulate(tight, 15);
    assertEquals(20L, seconds(r, "Killing").get(0), "failures at 0, 10, 20");
    Verdict v = only(r, Verdict.Kind.RESTART_LOOP);
    assertEquals("/spec/template/spec/containers/0/startupProbe", v.cause().at().toString());
    assertTrue(v.cause().fix().startsWith("raise the startupProbe's failureThreshold to 8"), v.cause().fix());
  }
}
