package io.kubelint.core.schema;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bundled lifecycle table against the served-apiVersion index of every Kubernetes version with generated schemas
 * ({@link SchemaCatalog#supportedVersions()}, so versions added later are checked without changing this test), and
 * the table's parser.
 */
class ApiLifecycleTest {

  private static final SchemaCatalog CATALOG = new SchemaCatalog();
  private static final ApiLifecycle TABLE = ApiLifecycle.bundled();
  private static final Pattern PRERELEASE = Pattern.compile("/v\\d+(alpha|beta)\\d+$");

  /**
   * Non-GA apiVersions of the newest supported version that serve a kind it also serves under a GA apiVersion, and
   * that the table does not list. Each exemption says why: alpha versions are off unless enabled and may go without
   * notice (https://kubernetes.io/docs/reference/using-api/deprecation-policy/), so no release is bound to deprecate
   * or remove them.
   */
  private static final Map<String, String> NOT_IN_TABLE = Map.of(
      "admissionregistration.k8s.io/v1alpha1 MutatingAdmissionPolicy", "alpha, off unless enabled",
      "admissionregistration.k8s.io/v1alpha1 MutatingAdmissionPolicyBinding", "alpha, off unless enabled");

  @Test
  void noSupportedVersionServesAnEntryAtOrAfterItsRemoval() {
    assertEquals(List.of(), servedAfterRemoval(TABLE, CATALOG));
  }

  @Test
  void everySupportedVersionServesAnEntryFromItsDeprecationUntilItsRemoval() {
    assertEquals(List.of(), notServedWhileDeprecated(TABLE, CATALOG));
  }

  @Test
  void everyVersionWhereTheRulesFireServesAReplacement() {
    assertEquals(List.of(), noReplacementServed(TABLE, CATALOG));
  }

  @Test
  void everyNonAlphaKindThatALaterSupportedVersionDropsIsListedAsRemovedThen() {
    assertEquals(List.of(), droppedButNotListed(TABLE, CATALOG));
  }

  @Test
  void theChecksFailWhenTableAndIndexesDisagree() {
    KubernetesVersion newest = CATALOG.defaultVersion();
    ApiLifecycle wrong = ApiLifecycle.parse(String.join("\n",
        "apps/v1\tDeployment\t-\t" + newest + "\t-\tno\tstill served",
        "networking.k8s.io/v1\tIngress\t" + newest + "\t1.99\t-\tno\tstill served, not deprecated",
        "example.com/v1beta1\tWidget\t" + newest + "\t1.99\texample.com/v1\tyes\tnever served",
        "batch/v1beta1\tCronJob\t1.21\t1.25\texample.com/v1\tyes\treplacement never served"), "wrong.tsv");
    assertAll(
        () -> assertEquals(List.of("apps/v1 Deployment is listed as removed in " + newest + " but Kubernetes "
            + newest + " serves it"), servedAfterRemoval(wrong, CATALOG)),
        () -> assertEquals(List.of("example.com/v1beta1 Widget is listed as deprecated in " + newest
            + " but Kubernetes " + newest + " does not serve it"), notServedWhileDeprecated(wrong, CATALOG)),
        () -> assertTrue(noReplacementServed(wrong, CATALOG).contains("Kubernetes " + newest
            + " serves batch/v1beta1 CronJob's replacement under none of [example.com/v1]")));
  }

  @Test
  void coversTheRemovalsOfTheDeprecatedApiMigrationGuide() {
    List<String> expected = List.of(
        "extensions/v1beta1 Deployment 1.16", "extensions/v1beta1 DaemonSet 1.16",
        "extensions/v1beta1 ReplicaSet 1.16",
        "extensions/v1beta1 NetworkPolicy 1.16", "extensions/v1beta1 PodSecurityPolicy 1.16",
        "apps/v1beta1 Deployment 1.16", "apps/v1beta1 StatefulSet 1.16", "apps/v1beta2 DaemonSet 1.16",
        "apps/v1beta2 Deployment 1.16", "apps/v1beta2 ReplicaSet 1.16", "apps/v1beta2 StatefulSet 1.16",
        "extensions/v1beta1 Ingress 1.22", "networking.k8s.io/v1beta1 Ingress 1.22",
        "networking.k8s.io/v1beta1 IngressClass 1.22", "rbac.authorization.k8s.io/v1beta1 ClusterRole 1.22",
        "admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration 1.22",
        "apiextensions.k8s.io/v1beta1 CustomResourceDefinition 1.22", "apiregistration.k8s.io/v1beta1 APIService 1.22",
        "authentication.k8s.io/v1beta1 TokenReview 1.22", "authorization.k8s.io/v1beta1 SubjectAccessReview 1.22",
        "certificates.k8s.io/v1beta1 CertificateSigningRequest 1.22", "coordination.k8s.io/v1beta1 Lease 1.22",
        "scheduling.k8s.io/v1beta1 PriorityClass 1.22", "storage.k8s.io/v1beta1 StorageClass 1.22",
        "batch/v1beta1 CronJob 1.25", "policy/v1beta1 PodDisruptionBudget 1.25",
        "policy/v1beta1 PodSecurityPolicy 1.25",
        "autoscaling/v2beta1 HorizontalPodAutoscaler 1.25", "discovery.k8s.io/v1beta1 EndpointSlice 1.25",
        "events.k8s.io/v1beta1 Event 1.25", "node.k8s.io/v1beta1 RuntimeClass 1.25",
        "autoscaling/v2beta2 HorizontalPodAutoscaler 1.26", "flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema 1.26",
        "storage.k8s.io/v1beta1 CSIStorageCapacity 1.27", "flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema 1.29",
        "flowcontrol.apiserver.k8s.io/v1beta3 PriorityLevelConfiguration 1.32");
    List<String> actual = expected.stream().map(e -> {
      String[] p = e.split(" ");
      return TABLE.find(p[0], p[1]).map(x -> x.display() + " " + x.removedIn().orElseThrow())
          .orElse(e + " missing");
    }).toList();
    assertEquals(expected, actual);
  }

  @Test
  void parsesEveryColumn() {
    ApiLifecycle table = ApiLifecycle.parse("# comment\n\n"
        + "flowcontrol.apiserver.k8s.io/v1beta2\tFlowSchema\t1.26\t1.29\ta/v1, a/v2\tyes\t\n"
        + "policy/v1beta1\tPodSecurityPolicy\t-\t1.25\t-\tno\tuse Pod Security Admission\n", "t.tsv");
    ApiLifecycle.Entry fs = table.find("flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema").orElseThrow();
    ApiLifecycle.Entry psp = table.find("policy/v1beta1", "PodSecurityPolicy").orElseThrow();
    KubernetesVersion v128 = KubernetesVersion.parse("1.28");
    assertAll(
        () -> assertEquals(2, table.entries().size()),
        () -> assertEquals(Optional.of(KubernetesVersion.parse("1.26")), fs.deprecatedIn()),
        () -> assertEquals(List.of(new ApiLifecycle.Replacement("a/v1", "FlowSchema"),
            new ApiLifecycle.Replacement("a/v2", "FlowSchema")), fs.replacements()),
        () -> assertTrue(fs.dropIn()),
        () -> assertEquals("", fs.note()),
        () -> assertTrue(fs.deprecatedAt(v128)),
        () -> assertFalse(fs.removedBy(v128)),
        () -> assertTrue(fs.removedBy(KubernetesVersion.parse("1.29"))),
        () -> assertFalse(fs.deprecatedAt(KubernetesVersion.parse("1.29"))),
        () -> assertEquals(Optional.empty(), psp.deprecatedIn()),
        () -> assertFalse(psp.deprecatedAt(KubernetesVersion.parse("1.24"))),
        () -> assertEquals(List.of(), psp.replacements()),
        () -> assertEquals("use Pod Security Admission", psp.note()),
        () -> assertEquals(Optional.empty(), table.find("policy/v1", "PodSecurityPolicy")));
  }

  @Test
  void aDeprecatedEntryMayHaveNoRemovalOrOneAfterTheSupportedVersionsAndAnotherKindAsReplacement() {
    ApiLifecycle table = ApiLifecycle.parse("v1\tEndpoints\t1.33\t-\tdiscovery.k8s.io/v1 EndpointSlice\tno\t\n"
        + "storage.k8s.io/v1beta1\tVolumeAttributesClass\t1.34\t1.37\tstorage.k8s.io/v1\tyes\t\n", "t.tsv");
    ApiLifecycle.Entry endpoints = table.find("v1", "Endpoints").orElseThrow();
    ApiLifecycle.Entry vac = table.find("storage.k8s.io/v1beta1", "VolumeAttributesClass").orElseThrow();
    KubernetesVersion v136 = KubernetesVersion.parse("1.36");
    ApiLifecycle.Replacement slice = new ApiLifecycle.Replacement("discovery.k8s.io/v1", "EndpointSlice");
    assertAll(
        () -> assertEquals(Optional.empty(), endpoints.removedIn()),
        () -> assertFalse(endpoints.removedBy(KubernetesVersion.parse("1.99"))),
        () -> assertTrue(endpoints.deprecatedAt(KubernetesVersion.parse("1.99"))),
        () -> assertFalse(endpoints.deprecatedAt(KubernetesVersion.parse("1.32"))),
        () -> assertEquals(List.of(slice), endpoints.replacements()),
        () -> assertEquals("discovery.k8s.io/v1 EndpointSlice", slice.display("Endpoints")),
        () -> assertEquals(Optional.of(slice), endpoints.replacementServedBy(CATALOG.forVersion(v136))),
        () -> assertTrue(vac.deprecatedAt(v136)),
        () -> assertFalse(vac.removedBy(v136)),
        () -> assertEquals("storage.k8s.io/v1", vac.replacements().get(0).display("VolumeAttributesClass")));
  }

  @Test
  void everyPrereleaseVersionBesideAGaVersionOfTheNewestIndexIsInTheTableOrExempt() {
    assertEquals(List.of(), prereleaseBesideGaNotListed(TABLE, CATALOG, NOT_IN_TABLE.keySet()));
    assertEquals(List.of(), NOT_IN_TABLE.keySet().stream().filter(k -> TABLE.find(k.split(" ")[0], k.split(" ")[1])
        .isPresent()).toList(), "an exemption that the table lists");
  }

  @Test
  void thePrereleaseCheckFailsForAKindMissingFromTableAndExemptions() {
    ApiLifecycle partial = ApiLifecycle.parse("v1\tEndpoints\t1.33\t-\t-\tno\t", "t.tsv");
    List<String> missing = prereleaseBesideGaNotListed(partial, CATALOG, Set.of());
    assertTrue(missing.contains("storage.k8s.io/v1beta1 VolumeAttributesClass"), missing.toString());
    assertEquals(List.of(), prereleaseBesideGaNotListed(partial, CATALOG, Set.copyOf(missing)));
  }

  @Test
  void rejectsMalformedLinesNamingFileAndLine() {
    assertAll(
        () -> assertRejected("a/v1\tK\t1.2\t1.5\t-\tno", "t.tsv:2: expected 7 tab-separated columns, found 6"),
        () -> assertRejected("a/v1\tK\t1.5\t1.5\t-\tno\t", "t.tsv:2: deprecated 1.5 is not before removed 1.5"),
        () -> assertRejected("a/v1\tK\t1.2\t1.5\tb/v1\tmaybe\t", "t.tsv:2: drop-in must be yes or no, not 'maybe'"),
        () -> assertRejected("a/v1\tK\t1.2\t1.5\t-\tyes\t", "t.tsv:2: a drop-in entry needs a replacement"),
        () -> assertRejected("a/v1\tK\tsoon\t1.5\t-\tno\t",
            "t.tsv:2: 'soon' is not a Kubernetes version (expected e.g. 1.31)"),
        () -> assertRejected("a/v1\tK\t-\t1.5\t-\tno\t\na/v1\tK\t-\t1.6\t-\tno\t", "t.tsv:3: a/v1 K is listed twice"),
        () -> assertRejected("a/v1\tK\t-\t-\t-\tno\t", "t.tsv:2: deprecated and removed cannot both be -"),
        () -> assertRejected("a/v1\tK\t1.2\t-\tb/v1 L\tyes\t",
            "t.tsv:2: a drop-in entry cannot be replaced by another kind"),
        () -> assertRejected("a/v1\tK\t1.2\t-\tb/v1 L M\tno\t",
            "t.tsv:2: a replacement is 'group/version' or 'group/version Kind', not 'b/v1 L M'"));
  }

  private static void assertRejected(String lines, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ApiLifecycle.parse("# header\n" + lines, "t.tsv"));
    assertEquals(message, e.getMessage());
  }

  /** Entries that a supported version at or after their removal still serves. */
  static List<String> servedAfterRemoval(ApiLifecycle table, SchemaCatalog catalog) {
    List<String> problems = new ArrayList<>();
    for (KubernetesVersion v : catalog.supportedVersions()) {
      for (ApiLifecycle.Entry e : table.entries()) {
        if (e.removedBy(v) && catalog.forVersion(v).resource(e.apiVersion(), e.kind()).isPresent()) {
          problems.add(e.display() + " is listed as removed in " + e.removedIn().orElseThrow() + " but Kubernetes "
              + v + " serves it");
        }
      }
    }
    return problems;
  }

  /** Entries that a supported version between their deprecation and their removal does not serve. */
  static List<String> notServedWhileDeprecated(ApiLifecycle table, SchemaCatalog catalog) {
    List<String> problems = new ArrayList<>();
    for (KubernetesVersion v : catalog.supportedVersions()) {
      for (ApiLifecycle.Entry e : table.entries()) {
        if (e.deprecatedAt(v) && catalog.forVersion(v).resource(e.apiVersion(), e.kind()).isEmpty()) {
          problems.add(e.display() + " is listed as deprecated in " + e.deprecatedIn().orElseThrow()
              + " but Kubernetes " + v + " does not serve it");
        }
      }
    }
    return problems;
  }

  /** Entries with replacements of which none is served where removed-api or deprecated-api reports the entry. */
  static List<String> noReplacementServed(ApiLifecycle table, SchemaCatalog catalog) {
    List<String> problems = new ArrayList<>();
    for (KubernetesVersion v : catalog.supportedVersions()) {
      SchemaSet schemas = catalog.forVersion(v);
      for (ApiLifecycle.Entry e : table.entries()) {
        boolean reported = e.removedBy(v) || e.deprecatedAt(v);
        if (reported && !e.replacements().isEmpty() && e.replacementServedBy(schemas).isEmpty()) {
          problems.add("Kubernetes " + v + " serves " + e.display() + "'s replacement under none of "
              + e.replacements().stream().map(r -> r.display(e.kind())).toList());
        }
      }
    }
    return problems;
  }

  /**
   * The {@code apiVersion kind} of every alpha or beta apiVersion/kind that the newest supported version serves
   * beside a GA apiVersion of the same kind (e.g. {@code storage.k8s.io/v1beta1} beside {@code storage.k8s.io/v1}),
   * that neither the table nor {@code exempt} lists.
   */
  static List<String> prereleaseBesideGaNotListed(ApiLifecycle table, SchemaCatalog catalog, Set<String> exempt) {
    SchemaSet newest = catalog.forVersion(catalog.supportedVersions().get(catalog.supportedVersions().size() - 1));
    Set<String> gaKinds = new HashSet<>();
    for (ResourceType r : newest.resources()) {
      if (!PRERELEASE.matcher(r.apiVersion()).find()) {
        gaKinds.add(r.kind());
      }
    }
    return newest.resources().stream()
        .filter(r -> PRERELEASE.matcher(r.apiVersion()).find() && gaKinds.contains(r.kind()))
        .filter(r -> table.find(r.apiVersion(), r.kind()).isEmpty() && !exempt.contains(r.display()))
        .map(ResourceType::display).sorted().toList();
  }

  /**
   * Kinds that one supported version serves and the next supported version does not, without an entry removed in
   * between. Alpha versions are exempt: the deprecation policy lets them go in any release without notice
   * (https://kubernetes.io/docs/reference/using-api/deprecation-policy/).
   */
  static List<String> droppedButNotListed(ApiLifecycle table, SchemaCatalog catalog) {
    List<String> problems = new ArrayList<>();
    List<KubernetesVersion> versions = catalog.supportedVersions();
    for (int i = 0; i + 1 < versions.size(); i++) {
      KubernetesVersion older = versions.get(i);
      KubernetesVersion newer = versions.get(i + 1);
      SchemaSet next = catalog.forVersion(newer);
      for (ResourceType r : catalog.forVersion(older).resources()) {
        if (r.apiVersion().contains("alpha") || next.resource(r.apiVersion(), r.kind()).isPresent()) {
          continue;
        }
        Optional<ApiLifecycle.Entry> e = table.find(r.apiVersion(), r.kind());
        if (e.isEmpty() || e.get().removedBy(older) || !e.get().removedBy(newer)) {
          problems.add(r.display() + " is served by Kubernetes " + older + " but not by " + newer
              + ", and the table does not list it as removed in between");
        }
      }
    }
    return problems;
  }
}
