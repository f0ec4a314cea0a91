package io.kubelint.rules;

import static io.kubelint.core.testing.RepositoryFiles.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.k8s.GroupKind;
import io.kubelint.core.model.Finding;
import io.kubelint.core.rule.RuleDescriptor;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.schema.ResourceType;
import io.kubelint.core.schema.SchemaSet;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every rule must have besides its class, so that adding one stays a matter of one class and one testdata
 * folder and nothing is forgotten:
 *
 * <ul>
 *   <li>a folder {@code testdata/rules/RULE-ID/} with a case that fires (expects the rule) and a {@code passes*}
 *       case where it must not fire; among the rule's expectations at least one that checks the column, one that
 *       checks the message and, when any of its findings there offers a fix, one that checks the fix;</li>
 *   <li>at least one rule set; {@code securitySeverity} exactly when it is in {@code security} or a Pod Security
 *       set; a {@code docs} link to the Kubernetes documentation; kinds that exist;</li>
 *   <li>its generated page {@code docs/rules/RULE-ID.md} ({@link RulePagesTest} keeps it in sync) and its line in
 *       README.md's generated rule table (the CLI's ReadmeTest keeps the table in sync).</li>
 * </ul>
 */
class RuleConventionsTest {

  /** Rules that cannot have testdata, and why. */
  private static final Map<String, String> NO_TESTDATA = Map.of("internal-error",
      "reported only when a rule fails, which is a kubelint bug that no manifest may cause");

  @TestFactory
  Stream<DynamicTest> everyRule() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    SchemaSet schemas = TestdataCase.CATALOG.forVersion(TestdataCase.CATALOG.defaultVersion());
    return RuleCatalog.descriptors().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
      List<String> problems = new ArrayList<>(metadata(rule, schemas));
      if (!Files.isRegularFile(ROOT.resolve(rule.page()))) {
        problems.add("no page " + rule.page() + " (regenerate the pages: dev/update-rule-docs.sh)");
      }
      if (!readme.contains("| [`" + rule.id() + "`](" + rule.page() + ") |")) {
        problems.add("no line in README.md's rule table (regenerate it: dev/update-readme.sh)");
      }
      if (!NO_TESTDATA.containsKey(rule.id())) {
        problems.addAll(testdata(rule));
      }
      assertTrue(problems.isEmpty(), rule.id() + ":\n  " + String.join("\n  ", problems));
    }));
  }

  @Test
  void onlyRulesThatCannotHaveTestdataAreExempt() {
    assertEquals(Set.of("internal-error"), NO_TESTDATA.keySet());
    assertTrue(RuleCatalog.ids().containsAll(NO_TESTDATA.keySet()));
  }

  @Test
  void everyRuleFolderBelongsToARule() throws IOException {
    try (Stream<java.nio.file.Path> dirs = Files.list(TestdataCase.RULES)) {
      List<String> strays = dirs.map(d -> d.getFileName().toString())
          .filter(name -> !RuleCatalog.ids().contains(name)).sorted().toList();
      assertTrue(strays.isEmpty(), "folders under testdata/rules/ that name no rule: " + strays);
    }
  }

  /** The problems of the rule's {@link io.kubelint.core.rule.RuleInfo}. */
  private static List<String> metadata(RuleDescriptor rule, SchemaSet schemas) {
    List<String> problems = new ArrayList<>();
    if (rule.sets().isEmpty()) {
      problems.add("in no rule set: declare sets in @RuleInfo");
    }
    boolean security = rule.in(RuleSet.SECURITY) || rule.in(RuleSet.POD_SECURITY_BASELINE);
    if (security != rule.isSecurityRule()) {
      problems.add(security ? "in a security set, but without securitySeverity"
          : "has a securitySeverity, but is in no security set");
    }
    try {
      URI docs = new URI(rule.docs());
      if (!"https".equals(docs.getScheme())) {
        problems.add("docs is not an https link: " + rule.docs());
      }
    } catch (java.net.URISyntaxException e) {
      problems.add("docs is not a link: " + rule.docs());
    }
    Set<String> groups = schemas.resources().stream().map(RuleConventionsTest::group).collect(Collectors.toSet());
    for (GroupKind kind : rule.scope().kinds()) {
      boolean served = schemas.apiVersionsOf(kind.kind()).stream()
          .anyMatch(v -> (v.contains("/") ? v.substring(0, v.indexOf('/')) : "").equals(kind.group()));
      if (groups.contains(kind.group()) && !served) {
        problems.add("applies to " + kind + ", which Kubernetes " + schemas.version() + " does not serve");
      }
    }
    return problems;
  }

  private static String group(ResourceType type) {
    String apiVersion = type.apiVersion();
    return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
  }

  /** The problems of the rule's folder under {@code testdata/rules/}. */
  private static List<String> testdata(RuleDescriptor rule) {
    String id = rule.id();
    List<TestdataCase> cases = TestdataCase.ofRule(id);
    if (cases.isEmpty()) {
      return List.of("no cases in testdata/rules/" + id + "/");
    }
    List<String> problems = new ArrayList<>();
    List<TestdataCase> fires = cases.stream().filter(c -> !c.expectationsOf(id).isEmpty()).toList();
    List<Expectation> expected = fires.stream().flatMap(c -> c.expectationsOf(id).stream()).toList();
    if (fires.isEmpty()) {
      problems.add("no case in testdata/rules/" + id + "/ where it fires (# expect: " + id + ")");
    }
    if (cases.stream().noneMatch(TestdataCase::isPasses)) {
      problems.add("no case where it must not fire (testdata/rules/" + id + "/passes.yaml)");
    }
    if (!fires.isEmpty() && expected.stream().noneMatch(e -> e.column() > 0)) {
      problems.add("no expectation checks a column (# expect: " + id + "@COLUMN)");
    }
    if (!fires.isEmpty() && expected.stream().noneMatch(Expectation::checksMessage)) {
      problems.add("no expectation checks a message (# expect: " + id + " \"part of the message\")");
    }
    boolean offersFixes = fires.stream().flatMap(c -> c.lint().findings().stream())
        .filter(f -> f.ruleId().equals(id)).map(Finding::fixes).anyMatch(f -> !f.isEmpty());
    if (offersFixes && expected.stream().noneMatch(e -> e.fix() != null)) {
      problems.add("its findings offer fixes, but no expectation checks one (# expect: " + id + " -> \"FIX\")");
    }
    return problems;
  }
}
