package io.kubelint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.lint.LintResult;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void findsFormatsByName() {
    assertEquals(ReportFormat.TEXT, ReportFormat.forName("text"));
    assertEquals(ReportFormat.JSON, ReportFormat.forName(" JSON "));
    assertEquals(ReportFormat.SARIF, ReportFormat.forName("sarif"));
    assertEquals(ReportFormat.JUNIT, ReportFormat.forName("JUnit"));
    assertEquals(ReportFormat.GITHUB, ReportFormat.forName("github"));
    assertEquals(ReportFormat.CODECLIMATE, ReportFormat.forName("codeclimate"));
    assertEquals("json", ReportFormat.JSON.id());
  }

  @Test
  void unknownNameListsTheChoices() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFormat.forName("xml"));
    assertEquals("unknown format 'xml' (expected one of " + String.join(", ", ReportFormat.names()) + ")",
        e.getMessage());
    assertEquals(java.util.List.of("text", "json", "sarif", "junit", "github", "codeclimate"), ReportFormat.names());
  }

  @Test
  void createsReportersWithTheSettings() {
    LintResult result = Runs.lintTestdata("service.yaml");
    ReportSettings plain = ReportSettings.defaults("9.9.9");
    assertInstanceOf(TextReporter.class, ReportFormat.TEXT.create(plain));
    assertInstanceOf(JsonReporter.class, ReportFormat.JSON.create(plain));
    assertInstanceOf(SarifReporter.class, ReportFormat.SARIF.create(plain));
    assertTrue(Runs.render(ReportFormat.TEXT.create(plain.withColour(true)), result).contains("\u001b[31m"));
    assertTrue(!Runs.render(ReportFormat.TEXT.create(plain), result).contains("\u001b"));
  }
}
