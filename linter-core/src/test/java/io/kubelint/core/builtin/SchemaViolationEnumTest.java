package io.kubelint.core.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values outside an enum list: an error under every version when no bundled list holds the value, with the fix when
 * only the case differs; a warning naming the versions that accept it when only other versions' lists hold it and
 * the target has no list of its own; an error naming them when the target has its own list.
 */
class SchemaViolationEnumTest {

  private static List<Finding> lint(String version, String file) {
    return Testdata.lint("versions/" + file, version, false);
  }

  @Test
  void ownListIsAnErrorWithTheFixForTheCase() {
    List<Finding> findings = lint("1.34", "enum-1.34.yaml");
    assertEquals(3, findings.size(), findings.toString());
    Finding sometimes = findings.get(0);
    assertEquals(Severity.ERROR, sometimes.severity());
    assertEquals("spec.containers[0].imagePullPolicy: \"Sometimes\" is not one of Always, IfNotPresent, Never",
        sometimes.message());
    Finding always = findings.get(1);
    assertEquals(Severity.ERROR, always.severity());
    assertEquals("spec.containers[1].imagePullPolicy: \"always\" is not one of Always, IfNotPresent, Never: values "
        + "are case-sensitive", always.message());
    assertEquals(List.of("write \"Always\""), always.help());
    assertEquals("Always", always.fixes().get(0).replacement());
    Finding accessMode = findings.get(2);
    assertEquals("spec.accessModes[1]: \"ReadWriteAll\" is not one of ReadOnlyMany, ReadWriteMany, ReadWriteOnce, "
        + "ReadWriteOncePod", accessMode.message());
  }

  @Test
  void aValueNoListHoldsIsAnErrorUnderAVersionWithoutAListOfItsOwn() {
    for (String version : List.of("1.28", "1.29", "1.32", "1.35", "1.36")) {
      // the ResourceQuota's VolumeAttributesClass is a warning under the versions before 1.33 (see below)
      List<Finding> findings = lint(version, "enum-1.36.yaml").stream()
          .filter(f -> f.severity() == Severity.ERROR).toList();
      assertEquals(3, findings.size(), version + ": " + findings);
      assertEquals("spec.containers[0].imagePullPolicy: \"Sometimes\" is not one of Always, IfNotPresent, Never",
          findings.get(0).message());
      assertEquals("Always", findings.get(1).fixes().get(0).replacement());
      assertEquals("spec.containers[1].ports[0].protocol: \"tcp\" is not one of SCTP, TCP, UDP: values are "
          + "case-sensitive", findings.get(2).message());
      assertEquals("TCP", findings.get(2).fixes().get(0).replacement());
    }
  }

  @Test
  void aValueOnlyOtherVersionsAcceptIsAWarningNamingThem() {
    List<Finding> findings = lint("1.32", "enum-1.32.yaml");
    assertEquals(2, findings.size(), findings.toString());
    Finding vac = findings.get(0);
    assertEquals(Severity.WARNING, vac.severity());
    assertEquals("spec.scopeSelector.matchExpressions[0].scopeName: \"VolumeAttributesClass\" is accepted by "
        + "Kubernetes 1.33 and 1.34 but not by 1.31, and kubelint has no list of allowed values of 1.32 to tell "
        + "whether 1.32 accepts it", vac.message());
    assertTrue(vac.help().get(0).startsWith("the values every neighbouring release accepts are "), vac.help().get(0));
    assertEquals(Severity.ERROR, findings.get(1).severity());
    assertEquals("PriorityClass", findings.get(1).fixes().get(0).replacement());
  }

  @Test
  void underAVersionWithItsOwnListTheVersionsThatAcceptTheValueAreNamed() {
    List<Finding> findings = lint("1.31", "enum-1.31.yaml");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertTrue(findings.get(0).message().endsWith("(Kubernetes 1.33 and 1.34 accept it, 1.31 does not)"),
        findings.get(0).message());
  }

  @Test
  void theRequestedMinorIsNamedWhereAnotherMinorsSchemasStandIn() {
    // 1.29 is served by the schemas of 1.30, whose list is inferred from 1.31's
    List<Finding> findings = lint("1.29", "enum-1.28.yaml");
    assertEquals(2, findings.size(), findings.toString());
    assertEquals(Severity.WARNING, findings.get(1).severity());
    assertTrue(findings.get(1).message().endsWith("of allowed values of 1.29 to tell whether 1.29 accepts it"),
        findings.get(1).message());
  }

  @Test
  void aValueOfTheNeighbouringListIsAccepted() {
    assertEquals(List.of(), lint("1.36", "enum-1.31.yaml"));
    assertEquals(List.of(), lint("1.33", "enum-1.31.yaml"));
  }
}
