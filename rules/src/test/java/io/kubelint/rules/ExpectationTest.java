package io.kubelint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Fix;
import io.kubelint.core.model.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code # expect:} marker syntax of {@link TestdataTest}: what each part checks, and that it can fail. */
class ExpectationTest {

  private static final Path FILE = Path.of("x.yaml");

  private static List<Expectation> parse(String text) {
    return Expectation.parse(FILE, 7, text);
  }

  private static Finding finding(String rule, int column, Severity severity, String message, String... fixes) {
    return new Finding(rule, severity, message, "x.yaml", 7, column, 3, "", null, List.of(),
        java.util.Arrays.stream(fixes).map(f -> new Fix("d", 7, column, 3, f)).toList(), null);
  }

  @Test
  void readsEveryPart() {
    List<Expectation> all = parse(" restart-policy@11 (error) =\"it says \\\"Always\\\"\" -> \"OnFailure\", "
        + "unknown-field \"lables\" -> none, schema-violation");
    assertEquals(3, all.size());
    Expectation first = all.get(0);
    assertEquals("restart-policy", first.ruleId());
    assertEquals(11, first.column());
    assertEquals(Severity.ERROR, first.severity());
    assertEquals("it says \"Always\"", first.message());
    assertTrue(first.exactMessage());
    assertEquals("OnFailure", first.fix());
    assertEquals("restart-policy@11 (error) =\"it says \\\"Always\\\"\" -> \"OnFailure\"", first.toString());
    assertTrue(all.get(1).noFix());
    assertFalse(all.get(1).exactMessage());
    assertEquals("unknown-field \"lables\" -> none", all.get(1).toString());
    assertEquals("schema-violation", all.get(2).toString());
    assertEquals("a\nb", parse("x -> \"a\\nb\"").get(0).fix());
  }

  @Test
  void eachPartCanFail() {
    Finding f = finding("restart-policy", 11, Severity.ERROR, "restartPolicy must be Always", "Always");
    assertTrue(parse("restart-policy").get(0).matches(f));
    assertTrue(parse("restart-policy@11 (error) \"must be\" -> \"Always\"").get(0).matches(f));
    assertTrue(parse("restart-policy =\"restartPolicy must be Always\"").get(0).matches(f));
    assertFalse(parse("restart-loop").get(0).matches(f), "rule");
    assertFalse(parse("restart-policy@12").get(0).matches(f), "column");
    assertFalse(parse("restart-policy (warning)").get(0).matches(f), "severity");
    assertFalse(parse("restart-policy \"must be Never\"").get(0).matches(f), "part of the message");
    assertFalse(parse("restart-policy =\"must be Always\"").get(0).matches(f), "whole message");
    assertFalse(parse("restart-policy -> \"OnFailure\"").get(0).matches(f), "fix");
    assertFalse(parse("restart-policy -> none").get(0).matches(f), "no fix");
    assertTrue(parse("restart-policy -> none").get(0)
        .matches(finding("restart-policy", 11, Severity.ERROR, "m")));
  }

  @Test
  void aMarkerThatCannotBeReadSaysWhere() {
    for (String bad : List.of("", "Restart-policy", "x@", "x (fatal)", "x \"open", "x y", "x -> maybe")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(bad), bad);
      assertTrue(e.getMessage().startsWith("x.yaml:7: cannot read the expectation"), e.getMessage());
    }
  }
}
