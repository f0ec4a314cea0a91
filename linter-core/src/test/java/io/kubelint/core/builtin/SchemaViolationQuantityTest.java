package io.kubelint.core.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubelint.core.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quantities the schema's pattern refuses: the message gives resource.ParseQuantity's reason, the fix keeps the unit
 * the resource is counted in, and what the API server accepts (white space around the value) is not reported.
 */
class SchemaViolationQuantityTest {

  private static final String FORMAT = "must be a number with an optional suffix, such as 250m, 1.5, 512Mi or 1e3";
  private static final List<Finding> FINDINGS =
      Testdata.lint("rules/schema-violation/quantities.yaml", "1.34", false);

  @Test
  void cpuWithASpace() {
    Finding f = Testdata.at(FINDINGS, "schema-violation", 14);
    assertEquals("spec.containers[0].resources.requests.cpu: \"500 m\" is not a valid quantity: it " + FORMAT
        + "; a space (character 4) cannot follow the number", f.message());
    assertEquals("did you mean \"500m\"?", f.help().get(1));
    assertEquals("500m", f.fixes().get(0).replacement());
  }

  @Test
  void memoryKeepsItsDecimalUnit() {
    Finding mb = Testdata.at(FINDINGS, "schema-violation", 15);
    assertEquals("spec.containers[0].resources.requests.memory: \"512mb\" is not a valid quantity: it " + FORMAT
        + "; 'b' (character 5) cannot follow \"512m\"", mb.message());
    assertEquals("512M", mb.fixes().get(0).replacement());
    assertEquals("1G", Testdata.at(FINDINGS, "schema-violation", 19).fixes().get(0).replacement());
  }

  @Test
  void whiteSpaceAroundAQuantityIsAccepted() {
    assertEquals(3, FINDINGS.size(), FINDINGS.toString());
  }
}
