package io.kubelint.core.builtin;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Fix;
import io.kubelint.core.schema.ApiLifecycle;
import io.kubelint.core.schema.KubernetesVersion;
import io.kubelint.core.schema.SchemaSet;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code removed-api} and {@code deprecated-api} through the whole linter (core rules), under every Kubernetes version
 * with generated schemas: the testdata files have one version each, so these tests cover the others.
 */
class RetiredApiRulesTest {

  private static final ApiLifecycle TABLE = ApiLifecycle.bundled();
  private static final Path CRONJOB = TESTDATA.resolve("rules/removed-api/cronjob-v1beta1.yaml");

  @TestFactory
  Stream<DynamicTest> batchV1beta1CronJobIsRemovedApiUnderEverySupportedVersion() {
    return Testdata.CATALOG.supportedVersions().stream().map(v -> DynamicTest.dynamicTest("Kubernetes " + v, () -> {
      LintResult result = Testdata.lint(v, false, Input.of(CRONJOB));
      assertEquals(List.of(), result.errors());
      assertEquals(1, result.findings().size(), () -> "expected removed-api alone: " + result.findings());
      Finding f = result.findings().get(0);
      assertAll(
          () -> assertEquals("removed-api", f.ruleId()),
          () -> assertEquals("batch/v1beta1 CronJob was removed in Kubernetes 1.25; use batch/v1", f.message()),
          () -> assertEquals(3, f.line()),
          () -> assertEquals(13, f.column()),
          () -> assertEquals("batch/v1beta1".length(), f.length()),
          () -> assertEquals("/apiVersion", f.path()),
          () -> assertEquals(List.of(new Fix("use apiVersion batch/v1", 3, 13, 13, "batch/v1")), f.fixes()));
    }));
  }

  /**
   * Every table entry as a minimal manifest under every supported version, and under 1.29, whose stage is that of
   * 1.29 although the schemas of 1.30 stand in for it: removed entries give removed-api alone (no unknown-kind),
   * deprecated ones deprecated-api, and the others neither.
   */
  @TestFactory
  Stream<DynamicTest> everyEntryGetsTheFindingOfItsLifecycleStage() {
    List<DynamicTest> tests = new ArrayList<>();
    for (KubernetesVersion v : targets()) {
      for (ApiLifecycle.Entry e : TABLE.entries()) {
        tests.add(DynamicTest.dynamicTest(e.display() + " under " + v, () -> checkStage(e, v)));
      }
    }
    return tests.stream();
  }

  private static void checkStage(ApiLifecycle.Entry e, KubernetesVersion v) {
    String yaml = "apiVersion: " + e.apiVersion() + "\nkind: " + e.kind() + "\nmetadata:\n  name: example\n";
    LintResult result = Testdata.lint(v, false, new Input.StreamInput("retired.yaml",
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    List<Finding> lifecycle = result.findings().stream()
        .filter(f -> List.of("removed-api", "deprecated-api", "unknown-kind").contains(f.ruleId())).toList();
    SchemaSet schemas = Testdata.CATALOG.forVersion(Testdata.CATALOG.resolve(v).used());
    Optional<String> replacement = e.replacementServedBy(schemas).map(r -> r.display(e.kind()));
    String use = replacement.map(r -> "; use " + r).orElse("");
    if (e.removedBy(v)) {
      assertEquals(List.of("removed-api"), result.findings().stream().map(Finding::ruleId).toList());
      Finding f = lifecycle.get(0);
      String expected = replacement.isPresent()
          ? e.display() + " was removed in Kubernetes " + e.removedIn().orElseThrow() + use
          : e.display() + " was removed in Kubernetes " + e.removedIn().orElseThrow() + " and no API of Kubernetes " + v
              + " replaces it";
      assertEquals(expected, f.message());
      assertFix(e, replacement, f);
    } else if (e.deprecatedAt(v)) {
      assertEquals(List.of("deprecated-api"), lifecycle.stream().map(Finding::ruleId).toList());
      Finding f = lifecycle.get(0);
      assertEquals(e.display() + " is deprecated since Kubernetes " + e.deprecatedIn().orElseThrow()
          + e.removedIn().map(r -> " and will be removed in " + r).orElse(", with no removal scheduled") + use,
          f.message());
      assertFix(e, replacement, f);
    } else {
      assertEquals(List.of(), lifecycle.stream().filter(f -> !f.ruleId().equals("unknown-kind")).toList());
    }
  }

  private static void assertFix(ApiLifecycle.Entry e, Optional<String> replacement, Finding f) {
    assertAll(
        () -> assertEquals(1, f.line()),
        () -> assertEquals(13, f.column()),
        () -> assertEquals(e.apiVersion().length(), f.length()),
        () -> assertEquals(e.note().isEmpty() ? List.of() : List.of(e.note()),
            f.help().stream().filter(h -> !h.startsWith("only the apiVersion changes")).toList()),
        () -> assertEquals(e.dropIn() && replacement.isPresent()
            ? List.of(new Fix("use apiVersion " + replacement.get(), 1, 13, e.apiVersion().length(),
                replacement.get()))
            : List.of(), f.fixes()));
    assertTrue(f.fixes().isEmpty() || f.help().contains("only the apiVersion changes: the fields of " + e.kind()
        + " are the same in " + replacement.orElseThrow()), () -> "a drop-in fix says so: " + f.help());
  }

  /** The supported versions and the minors between them without schemas of their own (1.29). */
  private static List<KubernetesVersion> targets() {
    List<KubernetesVersion> supported = Testdata.CATALOG.supportedVersions();
    KubernetesVersion oldest = supported.get(0);
    KubernetesVersion newest = supported.get(supported.size() - 1);
    List<KubernetesVersion> all = new ArrayList<>();
    for (int minor = oldest.minor(); minor <= newest.minor(); minor++) {
      all.add(new KubernetesVersion(oldest.major(), minor));
    }
    return all;
  }
}
