package io.kubelint.rules;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kubelint.core.lint.LintResult;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The one harness for every manifest under {@code testdata/}: each file declares the findings it must produce with
 * a marker on the line the finding points at (read from the raw text, so it works inside strings and on lines YAML
 * cannot parse):
 *
 * <pre>
 * # expect: RULE-ID[@COLUMN][ (SEVERITY)][ "PART OF THE MESSAGE" | ="THE WHOLE MESSAGE"][ -&gt; "FIX" | -&gt; none][, …]
 * </pre>
 *
 * {@code @15} requires the finding's column, {@code (warning)} its severity ({@code error}, {@code warning} or
 * {@code info}), {@code "text"} that its message contains the text, {@code ="text"} that it is the message,
 * {@code -> "text"} that one of its fixes replaces the span with that text and {@code -> none} that it has no fix.
 * Strings are double-quoted, with {@code \"}, {@code \\} and {@code \n} escapes. Several expectations of one line are
 * separated by commas. A file without markers must produce no finding. Missing and extra findings both fail; the
 * message of an extra one is printed as the marker that would match it.
 *
 * <p>A comment {@code # kubelint-test: --kubernetes-version=1.28 --disable=rule-id --enable=security} in a file sets
 * options for it ({@code --schema-dir=DIR} is relative to {@code testdata/}; {@code --ignore-missing-schemas} also
 * works). A folder whose name ends in {@code .run} is linted as one run, its files' markers together: cross-file
 * cases such as a CRD and its custom resources, or a Service and its Deployment in sibling folders. Documents are
 * linted with the default number of worker threads, as users run them.
 *
 * <p>Each rule has a folder {@code testdata/rules/RULE-ID/}; its cases whose name starts with {@code passes} are the
 * ones where the rule must not fire, and they may not expect it ({@link RuleConventionsTest} says what else a rule's
 * folder needs).
 */
class TestdataTest {

  @TestFactory
  Stream<DynamicTest> everyTestdataManifest() {
    List<TestdataCase> cases = TestdataCase.under(TESTDATA);
    assertFalse(cases.isEmpty(), "no test manifests under " + TESTDATA.toAbsolutePath());
    Set<String> known = RuleCatalog.ids();
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, known)));
  }

  private static void check(TestdataCase testCase, Set<String> known) {
    String unknown = testCase.expectations().stream().map(Expectation::ruleId).filter(id -> !known.contains(id))
        .distinct().collect(Collectors.joining(", "));
    assertTrue(unknown.isEmpty(), testCase.name() + " expects rules that do not exist: " + unknown);
    if (testCase.isPasses() && testCase.path().getParent().getParent().equals(TestdataCase.RULES)) {
      String rule = testCase.path().getParent().getFileName().toString();
      assertTrue(testCase.expectationsOf(rule).isEmpty(),
          testCase.name() + " is a case where " + rule + " must not fire, yet it expects " + rule);
    }
    LintResult result = testCase.lint();
    if (!result.errors().isEmpty()) {
      fail("input errors: " + result.errors());
    }
    List<String> problems = testCase.differences(result);
    if (!problems.isEmpty()) {
      fail("findings differ from the # expect: markers\n  " + String.join("\n  ", problems));
    }
  }
}
