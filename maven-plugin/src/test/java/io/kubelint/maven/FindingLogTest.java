package io.kubelint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubelint.core.lint.LintResult;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingLogTest {

  @Test
  void oneCompilerStyleLinePerFindingThenItsHelp() {
    LintResult web = Examples.lint("web.yaml");
    Finding prot = web.findings().stream().filter(f -> f.line() == 55).findFirst().orElseThrow();
    assertEquals(List.of("web.yaml:55:7: [unknown-field] unknown field \"prot\" in ServicePort at spec.ports[0]",
        "    help: did you mean \"port\"?"), FindingLog.lines(prot));
  }

  @Test
  void theGoalSuggestsTheApiVersionOfAKnownKindAsTheCommandDoes() {
    LintResult result = Examples.lint("../rules/missing-type-meta/known-kind.yaml");
    Finding service = result.findings().stream().filter(f -> f.line() == 3).findFirst().orElseThrow();
    List<String> lines = FindingLog.lines(service);
    assertEquals(List.of("[missing-type-meta] document has no apiVersion",
        "    help: add the object's apiVersion: Kubernetes 1.36 serves Service as v1"),
        List.of(lines.get(0).substring(lines.get(0).indexOf('[')), lines.get(1)), lines.toString());
    assertEquals(2, lines.size(), lines.toString());
  }

  @Test
  void summaryCountsAndNamesTheKubernetesVersion() {
    LintResult result = Examples.lint("web.yaml", "clean.yaml");
    assertEquals("kubelint: 5 errors, 1 warning, 0 infos in 2 files (4 documents), Kubernetes "
        + result.kubernetesVersion(), FindingLog.summary(result));
    assertEquals("kubelint: no problems found in 1 file (2 documents), Kubernetes " + result.kubernetesVersion(),
        FindingLog.summary(Examples.lint("clean.yaml")));
  }

  @Test
  void manifestTextCannotDriveTheTerminal() {
    Finding hostile = new Finding("unknown-field", Severity.ERROR, "unknown field \"a\u001b[2Jb\"", "x\ty.yaml", 3,
        4, 1, "", null, List.of("line\nbreak"), List.of(), null);
    assertEquals(List.of("x y.yaml:3:4: [unknown-field] unknown field \"a\uFFFD[2Jb\"", "    help: line break"),
        FindingLog.lines(hostile));
  }
}
