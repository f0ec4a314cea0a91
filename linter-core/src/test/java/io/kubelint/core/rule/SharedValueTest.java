package io.kubelint.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.model.Severity;
import io.kubelint.core.schema.SchemaCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RuleContext#shared}: computed once per object, whichever rule asks first. */
class SharedValueTest {

  /** The value two rules share: counts how often it was computed. */
  record Analysis(int number) {
  }

  private static final AtomicInteger COMPUTED = new AtomicInteger();

  private abstract static class Asking implements ObjectMatcher {
    @Override
    public void matchObject(KubeObject object, RuleContext ctx) {
      Analysis a = ctx.shared(Analysis.class, () -> new Analysis(COMPUTED.incrementAndGet()));
      ctx.report(tools.jackson.core.JsonPointer.compile("/kind")).message("analysis %d", a.number()).emit();
    }
  }

  @RuleInfo(id = "first-asker", severity = Severity.INFO, summary = "s", rationale = "r", docs = "d",
      sets = RuleSet.RECOMMENDED)
  private static final class FirstAsker extends Asking {
  }

  @RuleInfo(id = "second-asker", severity = Severity.INFO, summary = "s", rationale = "r", docs = "d",
      sets = RuleSet.RECOMMENDED)
  private static final class SecondAsker extends Asking {
  }

  @Test
  void everyRuleSeesTheValueComputedOncePerObject(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n"
        + "apiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n");
    SchemaCatalog catalog = new SchemaCatalog();
    COMPUTED.set(0);
    var result = new Linter(LintOptions.defaults(catalog.defaultVersion()).withThreads(1),
        List.of(new FirstAsker(), new SecondAsker()), catalog).lint(List.of(Input.of(dir)));
    assertEquals(2, COMPUTED.get(), "once per object");
    List<String> messages = result.findings().stream().map(f -> f.line() + " " + f.message()).toList();
    assertEquals(List.of("2 analysis 1", "2 analysis 1", "6 analysis 2", "6 analysis 2"), messages);
  }
}
