package io.kubelint.rules.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellScriptTest {

  @Test
  void findsTheScriptOfShellDashC() {
    assertEquals(2, ShellScript.scriptIndex(List.of("sh", "-c", "exit 1")));
    assertEquals(3, ShellScript.scriptIndex(List.of("/bin/bash", "-e", "-c", "exit 1")));
    assertEquals(3, ShellScript.scriptIndex(List.of("busybox", "sh", "-c", "exit 1")));
    assertEquals(2, ShellScript.scriptIndex(List.of("sh", "-c")));
    assertEquals(-1, ShellScript.scriptIndex(List.of("sh", "script.sh")));
    assertEquals(-1, ShellScript.scriptIndex(List.of("python", "-c", "print(1)")));
    assertEquals(-1, ShellScript.scriptIndex(List.of()));
  }

  @Test
  void straightLineScriptsAreSequencesOfSimpleCommands() {
    assertTrue(script("touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600").isStraightLine());
    assertTrue(script("set -e\necho start && sleep 5 || exit 3").isStraightLine());
    assertTrue(ShellScript.of(List.of("false")).isStraightLine());
  }

  @Test
  void loopsConditionsPipelinesAndSubstitutionsAreNot() {
    assertFalse(script("while true; do sleep 1; done").isStraightLine());
    assertFalse(script("if [ -f x ]; then exit 1; fi").isStraightLine());
    assertFalse(script("cat log | grep x").isStraightLine());
    assertFalse(script("server & sleep 5").isStraightLine());
    assertFalse(script("echo $(date); exit 1").isStraightLine());
    assertFalse(script("(cd /tmp; exit 1)").isStraightLine());
    assertFalse(script("{ exit 1; }").isStraightLine());
    assertFalse(script("").isStraightLine());
  }

  @Test
  void knowsWhichCommandsItRuns() {
    assertTrue(script("trap 'exit 0' TERM; sleep 600").runs("trap"));
    assertFalse(script("sleep 600").runs("trap"));
  }

  private static ShellScript script(String text) {
    return ShellScript.of(List.of("sh", "-c", text));
  }
}
