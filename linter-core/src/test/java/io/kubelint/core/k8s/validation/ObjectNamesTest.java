package io.kubelint.core.k8s.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.k8s.validation.ObjectNames.NameRule;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObjectNamesTest {

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvSource({"'', Pod, DNS_SUBDOMAIN", "'', ConfigMap, DNS_SUBDOMAIN", "'', Service, DNS1035_LABEL",
      "'', Namespace, DNS_LABEL", "apps, Deployment, DNS_SUBDOMAIN", "apps, StatefulSet, DNS_LABEL",
      "batch, CronJob, DNS_SUBDOMAIN", "networking.k8s.io, Ingress, DNS_SUBDOMAIN",
      "policy, PodDisruptionBudget, PATH_SEGMENT", "rbac.authorization.k8s.io, ClusterRole, PATH_SEGMENT",
      "example.com, Widget, PATH_SEGMENT", "'', Deployment, PATH_SEGMENT"})
  void rulesByKind(String group, String kind, NameRule rule) {
    assertEquals(rule, ObjectNames.ruleFor(group, kind));
  }

  @ParameterizedTest(name = "{1} {2}")
  @CsvSource({"'', ConfigMap, my-config.v1", "'', Service, web", "'', Namespace, team-a", "apps, StatefulSet, db",
      "policy, PodDisruptionBudget, My_PDB", "rbac.authorization.k8s.io, ClusterRole, system:aggregate-to-view",
      "batch, CronJob, cron"})
  void validNames(String group, String kind, String name) {
    assertEquals(List.of(), ObjectNames.checkName(group, kind, name, false));
  }

  @ParameterizedTest(name = "{1} {2}")
  @CsvSource({"'', ConfigMap, My_App", "'', ConfigMap, x.com^2", "'', Service, 1web", "'', Service, web.app",
      "'', Namespace, team.a", "apps, StatefulSet, db.prod", "policy, PodDisruptionBudget, a/b",
      "policy, PodDisruptionBudget, ..", "example.com, Widget, 50%"})
  void invalidNames(String group, String kind, String name) {
    assertFalse(ObjectNames.checkName(group, kind, name, false).isEmpty());
  }

  @Test
  void nameIsRequiredWithoutGenerateName() {
    assertEquals(List.of("name or generateName is required"), ObjectNames.checkName("", "ConfigMap", "", false));
    assertEquals(List.of(), ObjectNames.checkName("", "ConfigMap", "", true));
  }

  @Test
  void kindLengthLimits() {
    assertEquals(OptionalInt.of(52), ObjectNames.maxLength("batch", "CronJob"));
    assertEquals(List.of(), ObjectNames.checkName("batch", "CronJob", "a".repeat(52), false));
    assertEquals(List.of("must be no more than 52 characters (it has 53)"),
        ObjectNames.checkName("batch", "CronJob", "a".repeat(53), false));
    assertEquals(List.of(), ObjectNames.checkName("batch", "Job", "a".repeat(63), false));
    assertEquals(List.of("must be no more than 63 characters (it has 64)"),
        ObjectNames.checkName("batch", "Job", "a".repeat(64), false));
    assertEquals(List.of("must be no more than 253 characters (it has 254)"),
        ObjectNames.checkName("", "ConfigMap", "a".repeat(254), false));
  }

  @Test
  void generateNameMayEndWithADash() {
    assertEquals(List.of(), ObjectNames.checkGenerateName("", "Pod", "web-"));
    assertEquals(List.of(), ObjectNames.checkGenerateName("", "Service", "web-"));
    assertEquals(List.of(), ObjectNames.checkGenerateName("", "Pod", "web--"));
    assertFalse(ObjectNames.checkGenerateName("", "Pod", "Web-").isEmpty());
    assertFalse(ObjectNames.checkGenerateName("", "Pod", "-").isEmpty());
    assertEquals(List.of(), ObjectNames.checkGenerateName("policy", "PodDisruptionBudget", ".."));
    assertEquals("ab", ObjectNames.maskTrailingDash("abc-").substring(0, 2));
    assertEquals("aba", ObjectNames.maskTrailingDash("abc-"));
  }

  @Test
  void generatedNamesOfCronJobs() {
    assertEquals(63, ObjectNames.generatedNameLength("a".repeat(100)));
    assertEquals(List.of(), ObjectNames.checkGenerateName("batch", "CronJob", "a".repeat(47)));
    List<String> errors = ObjectNames.checkGenerateName("batch", "CronJob", "a".repeat(48));
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).startsWith("must be no more than 47 characters"), errors.get(0));
  }

  @Test
  void pathSegments() {
    assertEquals(List.of("may not be '.'"), ObjectNames.pathSegment("."));
    assertEquals(List.of("may not contain '/'", "may not contain '%'"), ObjectNames.pathSegment("a/%"));
    assertEquals(List.of(), ObjectNames.pathSegmentPrefix(".."));
  }
}
