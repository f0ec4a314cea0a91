package io.kubelint.rules.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.rules.shell.ShellScript;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScriptRunTest {

  private static Optional<ScriptRun> run(String script) {
    return ScriptRun.of(ShellScript.of(List.of("sh", "-c", script)));
  }

  @Test
  void lastExitDecidesAndSleepsAddUp() {
    ScriptRun r = run("echo starting; sleep 10; sleep 1m; exit 3").orElseThrow();
    assertEquals(70_000L, r.exitMillis());
    assertEquals(3, r.exitCode());
  }

  @Test
  void withoutExitTheLastCommandsStatusIsTheScripts() {
    assertEquals(1, run("sleep 5; false").orElseThrow().exitCode());
    assertEquals(0, run("echo done").orElseThrow().exitCode());
    assertEquals(1, ScriptRun.of(ShellScript.of(List.of("false"))).orElseThrow().exitCode());
    assertEquals(3_600_000L, ScriptRun.of(ShellScript.of(List.of("sleep", "3600"))).orElseThrow().exitMillis());
  }

  @Test
  void andOrListsFollowTheStatus() {
    assertEquals(3, run("false || exit 3; exit 4").orElseThrow().exitCode());
    assertEquals(4, run("false && exit 3; exit 4").orElseThrow().exitCode());
    assertEquals(0, run("true && sleep 1 || exit 9").orElseThrow().exitCode());
  }

  @Test
  void errexitEndsAtTheFirstFailure() {
    ScriptRun r = run("set -e; sleep 2; false; sleep 100").orElseThrow();
    assertEquals(2_000L, r.exitMillis());
    assertEquals(1, r.exitCode());
    assertEquals(0, run("set -e; false || true; exit 0").orElseThrow().exitCode());
  }

  @Test
  void exitCodesWrapAt256() {
    assertEquals(0, run("exit 256").orElseThrow().exitCode());
    assertEquals(1, run("exit 257").orElseThrow().exitCode());
  }

  @Test
  void sleepInfinityNeverExits() {
    assertNull(run("echo hi; sleep infinity").orElseThrow().exitMillis());
  }

  @Test
  void filesCreatedAndRemovedAreTimed() {
    ScriptRun r = run("touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600; echo ok > /tmp/done")
        .orElseThrow();
    assertEquals(List.of(new ScriptRun.FileChange("/tmp/healthy", 0, true),
        new ScriptRun.FileChange("/tmp/healthy", 30_000, false),
        new ScriptRun.FileChange("/tmp/done", 630_000, true)), r.files());
  }

  @Test
  void unknownCommandsAndExpansionsMakeItUnknown() {
    assertTrue(run("python app.py; exit 1").isEmpty());
    assertTrue(run("sleep $DELAY; exit 1").isEmpty());
    assertTrue(run("exit $CODE").isEmpty());
    assertTrue(run("while true; do sleep 1; done").isEmpty());
    assertTrue(ScriptRun.of(ShellScript.of(List.of("nginx", "-g", "daemon off;"))).isEmpty());
  }

  @Test
  void sleepDurations() {
    assertEquals(1_500L, ScriptRun.sleepMillis(List.of("1.5")));
    assertEquals(90_000L, ScriptRun.sleepMillis(List.of("1m", "30")));
    assertEquals(7_200_000L, ScriptRun.sleepMillis(List.of("2h")));
    assertEquals(-1L, ScriptRun.sleepMillis(List.of("infinity")));
    assertNull(ScriptRun.sleepMillis(List.of("abc")));
    assertNull(ScriptRun.sleepMillis(List.of()));
  }
}
