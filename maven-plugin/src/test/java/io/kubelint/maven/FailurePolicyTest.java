package io.kubelint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.lint.LintResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class FailurePolicyTest {

  // workers.yaml: one error (restart-policy) and two warnings (liveness-external-dependency, restart-loop)
  private static final LintResult WORKERS = Examples.lint("workers.yaml");
  private static final LintResult CLEAN = Examples.lint("clean.yaml");

  @Test
  void failOnCountsFindingsAtOrAboveTheThreshold() throws Exception {
    assertEquals(1, FailurePolicy.of("error", true).counted(WORKERS));
    assertEquals(3, FailurePolicy.of("WARNING", true).counted(WORKERS));
    assertEquals(3, FailurePolicy.of(" info ", true).counted(WORKERS));
    assertEquals(0, FailurePolicy.of("none", true).counted(WORKERS));
    assertEquals(1, FailurePolicy.of(null, true).counted(WORKERS));
  }

  @Test
  void onlyCountedFindingsWithFailOnViolationFailTheBuild() throws Exception {
    assertTrue(FailurePolicy.of("error", true).fails(WORKERS));
    assertFalse(FailurePolicy.of("error", false).fails(WORKERS));
    assertFalse(FailurePolicy.of("none", true).fails(WORKERS));
    assertFalse(FailurePolicy.of("info", true).fails(CLEAN));
  }

  @Test
  void describeNamesTheCountedSeverities() throws Exception {
    assertEquals("1 error (failOn=error)", FailurePolicy.of("error", true).describe(WORKERS));
    assertEquals("1 error and 2 warnings (failOn=warning)", FailurePolicy.of("warning", true).describe(WORKERS));
    LintResult web = Examples.lint("web.yaml");
    assertEquals("5 errors and 1 warning (failOn=info)", FailurePolicy.of("info", false).describe(web));
  }

  @Test
  void anUnknownLevelIsAToolError() {
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> FailurePolicy.of("fatal", true));
    assertEquals("kubelint: failOn must be error, warning, info or none, not 'fatal'", e.getMessage());
  }
}
