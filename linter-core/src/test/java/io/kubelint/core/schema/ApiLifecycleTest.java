package io.kubelint.core.schema;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bundled lifecycle table against the served-apiVersion index of every Kubernetes version with generated schemas
 * ({@link SchemaCatalog#supportedVersions()}, so versions added later are checked without changing this test), and
 * the table's parser.
 */
class ApiLifecycleTest {

  private static final SchemaCatalog CATALOG = new SchemaCatalog();
  private static final ApiLifecycle TABLE = ApiLifecycle.bundled();

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
      return TABLE.find(p[0], p[1]).map(x -> x.display() + " " + x.removedIn()).orElse(e + " missing");
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
        () -> assertEquals(List.of("a/v1", "a/v2"), fs.replacements()),
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
  void rejectsMalformedLinesNamingFileAndLine() {
    assertAll(
        () -> assertRejected("a/v1\tK\t1.2\t1.5\t-\tno", "t.tsv:2: expected 7 tab-separated columns, found 6"),
        () -> assertRejected("a/v1\tK\t1.5\t1.5\t-\tno\t", "t.tsv:2: deprecated 1.5 is not before removed 1.5"),
        () -> assertRejected("a/v1\tK\t1.2\t1.5\tb/v1\tmaybe\t", "t.tsv:2: drop-in must be yes or no, not 'maybe'"),
        () -> assertRejected("a/v1\tK\t1.2\t1.5\t-\tyes\t", "t.tsv:2: a drop-in entry needs a replacement"),
        () -> assertRejected("a/v1\tK\tsoon\t1.5\t-\tno\t",
            "t.tsv:2: 'soon' is not a Kubernetes version (expected e.g. 1.31)"),
        () -> assertRejected("a/v1\tK\t-\t1.5\t-\tno\t\na/v1\tK\t-\t1.6\t-\tno\t", "t.tsv:3: a/v1 K is listed twice"));
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
          problems.add(e.display() + " is listed as removed in " + e.removedIn() + " but Kubernetes " + v
              + " serves it");
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
              + e.replacements());
        }
      }
    }
    return problems;
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
