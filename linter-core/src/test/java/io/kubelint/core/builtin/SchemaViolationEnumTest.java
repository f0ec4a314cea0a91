package io.kubelint.core.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values outside an enum list: an error against a list of the target version's own, a warning naming the version
 * the list comes from and the way it may be off when it was borrowed from an earlier or a later minor; both suggest
 * the value that was probably meant.
 */
class SchemaViolationEnumTest {

  private static List<Finding> lint(String version, String file) {
    return Testdata.lint("versions/" + file, version, false);
  }

  private static Finding single(String version, String file) {
    List<Finding> findings = lint(version, file);
    assertEquals(1, findings.size(), findings.toString());
    return findings.get(0);
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
    assertEquals(List.of("did you mean \"Always\"?"), always.help());
    assertEquals("Always", always.fixes().get(0).replacement());
    Finding accessMode = findings.get(2);
    assertEquals("spec.accessModes[1]: \"ReadWriteAll\" is not one of ReadOnlyMany, ReadWriteMany, ReadWriteOnce, "
        + "ReadWriteOncePod", accessMode.message());
  }

  @Test
  void borrowedListIsAWarningThatNamesWhereTheListComesFrom() {
    Finding f = single("1.36", "enum-1.36.yaml");
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("spec.containers[0].imagePullPolicy: \"Sometimes\" is not one of Always, IfNotPresent, Never (the "
        + "list of Kubernetes 1.34; Kubernetes 1.36 may accept more)", f.message());
    assertEquals("no list of allowed values for Kubernetes 1.36 is bundled, so kubelint checks against the list of "
        + "Kubernetes 1.34", f.help().get(0));
  }

  @Test
  void aListBorrowedFromALaterReleaseIsWordedForFewerValues() {
    Finding f = single("1.28", "enum-1.28.yaml");
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("spec.containers[0].imagePullPolicy: \"Sometimes\" is not one of Always, IfNotPresent, Never (the "
        + "list of Kubernetes 1.31; Kubernetes 1.28 may accept fewer: it does not know values added after 1.28)",
        f.message());
    assertEquals("no list of allowed values for Kubernetes 1.28 is bundled, so kubelint checks against the list of "
        + "Kubernetes 1.31", f.help().get(0));
  }

  @Test
  void theRequestedMinorIsNamedWhereAnotherMinorsSchemasStandIn() {
    Finding f = single("1.29", "enum-1.28.yaml");
    assertEquals("spec.containers[0].imagePullPolicy: \"Sometimes\" is not one of Always, IfNotPresent, Never (the "
        + "list of Kubernetes 1.31; Kubernetes 1.29 may accept fewer: it does not know values added after 1.29)",
        f.message());
  }

  @Test
  void theSameValueIsAnErrorWhereTheListIsTheVersionsOwn() {
    assertEquals(Severity.ERROR, single("1.34", "enum-1.36.yaml").severity());
  }
}
