package io.kubelint.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Severity;
import io.kubelint.core.run.FactContext;
import io.kubelint.core.run.FactType;
import io.kubelint.core.run.Position;
import io.kubelint.core.run.RunIndex;
import io.kubelint.core.schema.SchemaCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonPointer;

/**
 * The run-level phase: facts recorded during the walk over every file and folder of the run, a {@link RunMatcher}
 * that sees them all at the end and reports at the positions they carry.
 */
class RunMatcherTest {

  private static final SchemaCatalog CATALOG = new SchemaCatalog();

  /** The name of a ConfigMap and where it is written. */
  record Named(String name, Position at, boolean builtIn) {
  }

  static final FactType<Named> CONFIG_MAPS = FactType.of("ConfigMap name", List.of("ConfigMap"),
      (KubeObject object, FactContext where) -> new Named(object.ref().name(),
          where.value(JsonPointer.compile("/metadata/name")), where.builtInKind()));

  /** Reports each ConfigMap whose name another ConfigMap of the run (in any file) also has. */
  @RuleInfo(id = "same-name", severity = Severity.WARNING, summary = "s", rationale = "r", docs = "d",
      kinds = "ConfigMap", sets = RuleSet.RECOMMENDED)
  static final class SameName implements RunMatcher {
    @Override
    public List<FactType<?>> facts() {
      return List.of(CONFIG_MAPS);
    }

    @Override
    public void matchRun(RunIndex index, RunContext ctx) {
      List<RunIndex.Entry<Named>> all = index.all(CONFIG_MAPS);
      for (RunIndex.Entry<Named> e : all) {
        long same = all.stream().filter(o -> o.fact().name().equals(e.fact().name())).count();
        if (same > 1) {
          ctx.report(e.object(), e.fact().at())
              .message("%s is one of %d ConfigMaps named so (built in: %s)", e.object().display(), same,
                  e.fact().builtIn())
              .fixValue("rename", e.fact().name() + "-2")
              .emit();
        }
      }
    }
  }

  @RuleInfo(id = "run-fails", severity = Severity.ERROR, summary = "s", rationale = "r", docs = "d",
      sets = RuleSet.RECOMMENDED)
  static final class Fails implements RunMatcher {
    @Override
    public List<FactType<?>> facts() {
      return List.of(CONFIG_MAPS);
    }

    @Override
    public void matchRun(RunIndex index, RunContext ctx) {
      throw new IllegalStateException("boom");
    }
  }

  private static LintResult lint(Path dir, Rule... rules) {
    LintOptions options = LintOptions.defaults(CATALOG.defaultVersion()).withBaseDir(dir);
    return new Linter(options, List.of(rules), CATALOG).lint(List.of(Input.of(dir)));
  }

  @Test
  void seesEveryFileAndFolderOfTheRunAndReportsAtRecordedPositions(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/one.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n");
    Files.writeString(dir.resolve("b/two.yaml"), "# a list\napiVersion: v1\nkind: List\nitems:\n"
        + "  - {apiVersion: v1, kind: ConfigMap, metadata: {name: other}}\n"
        + "  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: \"shared\"\n");
    LintResult result = lint(dir, new SameName());
    assertEquals(List.of(), result.errors());
    List<Finding> found = result.findings();
    assertEquals(2, found.size(), found.toString());
    Finding first = found.get(0);
    assertEquals("a/one.yaml", first.file());
    assertEquals(4, first.line());
    assertEquals(9, first.column());
    assertEquals(6, first.length());
    assertEquals("  name: shared", first.sourceLine());
    assertEquals("/metadata/name", first.path());
    assertEquals("ConfigMap/shared (a/one.yaml:1) is one of 2 ConfigMaps named so (built in: true)",
        first.message());
    assertEquals("shared-2", first.fixes().get(0).replacement());
    Finding second = found.get(1);
    assertEquals("b/two.yaml", second.file());
    assertEquals(9, second.line());
    assertEquals(13, second.column(), "the value, quotes included");
    assertEquals("ConfigMap/shared (b/two.yaml:6) is one of 2 ConfigMaps named so (built in: true)",
        second.message());
    assertEquals("ConfigMap/shared", second.object().display());
  }

  @Test
  void factsOfDocumentsHeldBackForTheirCrdAreRecordedOnce(@TempDir Path dir) throws IOException {
    // a custom resource without CRD makes its document wait for the end of the run; its ConfigMap still counts once
    Files.writeString(dir.resolve("a.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shared}\n---\n"
        + "apiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: shared}}\n"
        + "  - {apiVersion: example.com/v1, kind: Widget, metadata: {name: w}}\n");
    LintResult result = lint(dir, new SameName());
    assertEquals(2, result.findings().stream().filter(f -> f.ruleId().equals("same-name")).count(),
        result.findings().toString());
  }

  @Test
  void aRunRuleThatFailsIsAnErrorOfTheRunAndTheOthersStillReport(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\n"
        + "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
    LintResult result = lint(dir, new Fails(), new SameName());
    assertEquals(1, result.errors().size());
    assertTrue(result.errors().get(0).display().startsWith("cannot lint the run: rule run-fails failed "
        + "(java.lang.IllegalStateException: boom)"), result.errors().get(0).display());
    assertEquals(2, result.findings().size());
  }

  @Test
  void nothingIsRecordedWhenNoRunRuleIsOn(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
    RuleEngine engine = new RuleEngine(List.of(new SameName()), new RuleSettings(java.util.Set.of("same-name"),
        java.util.Map.of()));
    assertEquals(java.util.Set.of(), engine.newIndex().types());
    assertEquals(java.util.Set.of(CONFIG_MAPS), new RuleEngine(List.of(new SameName()), RuleSettings.DEFAULT)
        .newIndex().types());
  }
}
