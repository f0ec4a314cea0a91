package io.kubelint.rules.sim;

import static io.kubelint.rules.sim.Manifests.simulate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Unhealthy event quotes as the failed exec probe's output, by the command the probe runs. */
class ProbeOutputTest {

  /** A pod whose script removes {@code /tmp/concatenated} after 30 s and whose liveness probe runs {@code probe}. */
  private static String pod(String probe) {
    return """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
            - name: app
              image: busybox:1.36
              command: ["sh", "-c", "touch /tmp/concatenated; sleep 30; rm /tmp/concatenated; sleep 3600"]
              livenessProbe:
                exec:
                  command: %s
        """.formatted(probe);
  }

  private static List<String> unhealthy(String probe) {
    return simulate(pod(probe), 2).events().stream().filter(e -> e.reason().equals("Unhealthy"))
        .map(SimEvent::message).distinct().toList();
  }

  @Test
  void catSaysItCannotOpenTheFile() {
    assertEquals(List.of("Liveness probe failed: cat: can't open '/tmp/concatenated': No such file or directory"),
        unhealthy("[\"cat\", \"/tmp/concatenated\"]"));
  }

  @Test
  void testPrintsNothingEvenWhenTheFileNameContainsCat() {
    assertEquals(List.of("Liveness probe failed: "), unhealthy("[\"test\", \"-f\", \"/tmp/concatenated\"]"));
  }
}
