package io.kubelint.rules;

import static io.kubelint.core.testing.RepositoryFiles.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.rule.Rule;
import io.kubelint.core.rule.RuleDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The pages under {@code docs/rules/} are generated ({@link RulePages}); these tests fail when one is stale or
 * missing, or when a page names no rule. {@code dev/update-rule-docs.sh} regenerates them: it runs this test with
 * the system property {@code kubelint.updateRuleDocs=true}, which writes the pages instead of comparing them.
 */
class RulePagesTest {

  private static final boolean UPDATE = Boolean.getBoolean("kubelint.updateRuleDocs");

  @TestFactory
  Stream<DynamicTest> everyRuleHasItsGeneratedPage() {
    if (UPDATE) {
      RulePages.writeAll();
    }
    return RuleCatalog.byId().values().stream().map(rule -> DynamicTest.dynamicTest(rule.descriptor().id(),
        () -> compare(rule)));
  }

  private static void compare(Rule rule) throws IOException {
    Path page = ROOT.resolve(rule.descriptor().page());
    assertTrue(Files.isRegularFile(page), "no " + rule.descriptor().page() + "; run dev/update-rule-docs.sh");
    assertEquals(RulePages.page(rule), Files.readString(page, StandardCharsets.UTF_8),
        rule.descriptor().page() + " is stale; run dev/update-rule-docs.sh");
  }

  @Test
  void everyPageIsARules() throws IOException {
    List<String> pages = RuleCatalog.descriptors().stream().map(RuleDescriptor::page).toList();
    try (Stream<Path> files = Files.list(ROOT.resolve(RuleDescriptor.PAGES))) {
      List<String> strays = files.map(f -> RuleDescriptor.PAGES + f.getFileName())
          .filter(p -> !pages.contains(p)).sorted().toList();
      assertTrue(strays.isEmpty(), "pages of no rule (delete them): " + strays);
    }
  }
}
