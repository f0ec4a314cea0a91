package io.kubelint.core.builtin;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Severity;
import io.kubelint.core.model.Fix;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code unknown-kind} says about built-in kinds the target does not serve: served by other releases (from the
 * bundled indexes of every version, never hidden by {@code --ignore-missing-schemas}), or served under another
 * apiVersion, and the version it names when another version's schemas stand in for the target.
 */
class UnknownKindTest {

  private static final String OTHER_RELEASE = "rules/unknown-kind/other-release-1.30.yaml";
  private static final String FIRES = "rules/unknown-kind/fires.yaml";
  private static final String BUILT_IN_GROUP = "rules/unknown-kind/built-in-group.yaml";

  @Test
  void aKindOfAnotherReleaseNamesTheReleasesThatServeItDespiteIgnoreMissingSchemas() {
    List<Finding> findings = Testdata.lint(OTHER_RELEASE, "1.30", true);
    assertEquals(2, findings.size(), findings.toString());
    Finding deviceClass = Testdata.at(findings, "unknown-kind", 4);
    Finding vac = Testdata.at(findings, "unknown-kind", 14);
    assertAll(
        () -> assertEquals(Severity.ERROR, deviceClass.severity(), "1.30 serves resource.k8s.io/v1alpha2"),
        () -> assertEquals("resource.k8s.io/v1beta1 DeviceClass is served by Kubernetes 1.32\u20131.36; you target "
            + "1.30", deviceClass.message()),
        () -> assertEquals(13, deviceClass.column(), "points at the apiVersion"),
        () -> assertEquals(List.of("Kubernetes 1.30 serves no DeviceClass under any apiVersion: check the version "
            + "your cluster runs (kubectl version)"), deviceClass.help()),
        () -> assertEquals(List.of(), deviceClass.fixes()),
        () -> assertEquals("storage.k8s.io/v1 VolumeAttributesClass is served by Kubernetes 1.34\u20131.36; you "
            + "target 1.30", vac.message()),
        () -> assertEquals(List.of("Kubernetes 1.30 serves VolumeAttributesClass as storage.k8s.io/v1alpha1"),
            vac.help()),
        () -> assertEquals(List.of(new Fix("use apiVersion storage.k8s.io/v1alpha1", 14, 13,
            "storage.k8s.io/v1".length(), "storage.k8s.io/v1alpha1")), vac.fixes()));
  }

  @Test
  void withoutIgnoreMissingSchemasOnlyTheCustomResourceIsAddedAndNoCrdIsAskedForTheBuiltInKinds() {
    List<Finding> findings = Testdata.lint(OTHER_RELEASE, "1.30", false);
    assertEquals(List.of(4, 14, 24), findings.stream().map(Finding::line).toList(), findings.toString());
    assertEquals(List.of(false, false, true), findings.stream()
        .map(f -> f.help().stream().anyMatch(h -> h.contains("CustomResourceDefinition"))).toList());
  }

  @Test
  void theRequestedVersionIsNamedWhereAnotherVersionsSchemasStandIn() {
    assertEquals("resource.k8s.io/v1beta1 DeviceClass is served by Kubernetes 1.32\u20131.36; you target 1.29",
        Testdata.at(Testdata.lint(OTHER_RELEASE, "1.29", true), "unknown-kind", 4).message());
    assertEquals("kind Deploymnet is not served in apps/v1 by Kubernetes 1.29",
        Testdata.at(Testdata.lint(FIRES, "1.29", false), "unknown-kind", 2).message());
  }

  @Test
  void aKindServedUnderAnotherApiVersionPointsAtTheApiVersionAndSuggestsIt() {
    List<Finding> findings = Testdata.lint(FIRES, "1.36", false);
    Finding deployment = Testdata.at(findings, "unknown-kind", 17);
    Finding policy = Testdata.at(findings, "unknown-kind", 24);
    assertAll(
        () -> assertEquals(Severity.ERROR, deployment.severity()),
        () -> assertEquals("v1 Deployment is not served by Kubernetes 1.36", deployment.message()),
        () -> assertEquals(13, deployment.column()),
        () -> assertEquals(List.of("Deployment is served as apps/v1"), deployment.help()),
        () -> assertEquals(List.of(new Fix("use apiVersion apps/v1", 17, 13, 2, "apps/v1")), deployment.fixes()),
        () -> assertEquals("admissionregistration.k8s.io/v1alpha1 ValidatingAdmissionPolicy is served by "
            + "Kubernetes 1.28, 1.30\u20131.31; you target 1.36", policy.message()),
        () -> assertEquals(13, policy.column()),
        () -> assertEquals(List.of("Kubernetes 1.36 serves ValidatingAdmissionPolicy as "
            + "admissionregistration.k8s.io/v1"), policy.help()),
        () -> assertEquals("admissionregistration.k8s.io/v1", policy.fixes().get(0).replacement()));
  }

  @Test
  void aKindOfABuiltInGroupIsAnErrorWithTheRightKindOrApiVersion() {
    List<Finding> findings = Testdata.lint(BUILT_IN_GROUP, "1.36", false);
    Finding configMap = Testdata.at(findings, "unknown-kind", 4);
    Finding pdb = Testdata.at(findings, "unknown-kind", 10);
    Finding deployment = Testdata.at(findings, "unknown-kind", 21);
    Finding apiVersionCase = Testdata.at(findings, "unknown-kind", 25);
    Finding widget = Testdata.at(findings, "unknown-kind", 31);
    Finding custom = Testdata.at(findings, "unknown-kind", 38);
    assertAll(
        () -> assertEquals("kind configmap is not served in v1 by Kubernetes 1.36: kinds are case-sensitive",
            configMap.message()),
        () -> assertEquals("ConfigMap", configMap.fixes().get(0).replacement()),
        () -> assertEquals("v1 PodDisruptionBudget is not served by Kubernetes 1.36", pdb.message()),
        () -> assertEquals("policy/v1", pdb.fixes().get(0).replacement()),
        () -> assertEquals("Deployment", deployment.fixes().get(0).replacement()),
        () -> assertEquals(List.of("Deployment is served as apps/v1"), deployment.help()),
        () -> assertEquals("apps/v1", apiVersionCase.fixes().get(0).replacement()),
        () -> assertEquals("kind Widget is not served in apps/v1 by Kubernetes 1.36", widget.message()),
        () -> assertEquals(List.of(Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.ERROR),
            List.of(configMap.severity(), pdb.severity(), deployment.severity(), apiVersionCase.severity(),
                widget.severity())),
        () -> assertEquals(Severity.WARNING, custom.severity(), "example.com is no built-in group"),
        () -> assertEquals(List.of(), custom.fixes()));
  }
}
