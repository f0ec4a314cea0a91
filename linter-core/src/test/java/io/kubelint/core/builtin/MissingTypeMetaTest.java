package io.kubelint.core.builtin;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubelint.core.lint.Input;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Fix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code missing-type-meta} on a known kind without apiVersion: the help names the apiVersions the target serves the
 * kind under, and the fix that adds the only one gives a manifest kubelint accepts.
 */
class MissingTypeMetaTest {

  private static final String FILE = "rules/missing-type-meta/known-kind.yaml";

  @Test
  void theHelpNamesTheServedApiVersionsAndTheFixAddsTheOnlyOne() {
    List<Finding> findings = Testdata.lint(FILE, "1.36", false);
    assertEquals(5, findings.size(), findings.toString());
    Finding service = Testdata.at(findings, "missing-type-meta", 3);
    Finding configMap = Testdata.at(findings, "missing-type-meta", 12);
    Finding secret = Testdata.at(findings, "missing-type-meta", 21);
    Finding hpa = Testdata.at(findings, "missing-type-meta", 27);
    Finding flow = Testdata.at(findings, "missing-type-meta", 37);
    assertAll(
        () -> assertEquals("document has no apiVersion", service.message()),
        () -> assertEquals(List.of("add the object's apiVersion: Kubernetes 1.36 serves Service as v1"),
            service.help()),
        () -> assertEquals(List.of(new Fix("add apiVersion: v1", 3, 1, 0, "apiVersion: v1\n")), service.fixes()),
        () -> assertEquals(List.of(new Fix("add apiVersion: v1", 14, 1, 0, "apiVersion: v1\n")), configMap.fixes(),
            "inserted before kind, wherever kind is"),
        () -> assertEquals(List.of(new Fix("add apiVersion: v1", 21, 5, 0, "apiVersion: v1\n    ")), secret.fixes(),
            "a List item keeps its indentation"),
        () -> assertEquals(List.of("add the object's apiVersion: Kubernetes 1.36 serves HorizontalPodAutoscaler as "
            + "autoscaling/v1, autoscaling/v2"), hpa.help()),
        () -> assertEquals(List.of(), hpa.fixes(), "no fix when there is a choice"),
        () -> assertEquals(List.of("add the object's apiVersion: Kubernetes 1.36 serves ServiceAccount as v1"),
            flow.help()),
        () -> assertEquals(List.of(), flow.fixes(), "no line can be inserted into a flow mapping"));
  }

  @Test
  void theFixesGiveAManifestWithoutThoseFindings(@TempDir Path dir) throws IOException {
    List<Finding> findings = Testdata.lint(FILE, "1.36", false);
    List<Fix> fixes = new ArrayList<>(findings.stream().flatMap(f -> f.fixes().stream()).toList());
    assertEquals(3, fixes.size());
    fixes.sort(Comparator.comparingInt(Fix::line).reversed());
    List<String> lines = new ArrayList<>(Files.readAllLines(TESTDATA.resolve(FILE), StandardCharsets.UTF_8));
    for (Fix fix : fixes) {
      String line = lines.get(fix.line() - 1);
      int at = fix.column() - 1;
      lines.set(fix.line() - 1, line.substring(0, at) + fix.replacement() + line.substring(at + fix.length()));
    }
    Path fixed = dir.resolve("fixed.yaml");
    Files.writeString(fixed, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    List<Finding> after = Testdata.lint(Testdata.CATALOG.defaultVersion(), false, Input.of(fixed)).findings();
    assertEquals(List.of("missing-type-meta:30", "missing-type-meta:40"),
        after.stream().map(f -> f.ruleId() + ":" + f.line()).toList(),
        "only the HorizontalPodAutoscaler and the flow mapping are left, three lines further down: " + after);
  }
}
