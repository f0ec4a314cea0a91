package io.kubelint.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Severity;
import io.kubelint.core.schema.SchemaCatalog;
import io.kubelint.core.testing.RepositoryFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kubectl-validate's own test cases ({@code ../shared/conformance/kubectl-validate/}, see the README there), linted
 * with every rule and the CRDs of {@code crds/} and {@code more-crds/}: each document whose comment block holds a
 * {@code metav1.Status} of {@code Failure} must get an error-level finding at each field its causes name, each other
 * document no error. A finding matches a cause's field when it is about that field or a field below it, or, for a
 * missing required field, about the mapping that lacks it with the field's name quoted in its message; the cause
 * field {@code <nil>} (an object-level CEL rule) is matched by any error of the document.
 *
 * <p>The cases kubelint does not catch yet are listed in {@link #NOT_YET_CAUGHT} with the reason and the rule that
 * will catch them. The list is checked both ways: a listed case that is caught fails the test until it is removed,
 * so the list only shrinks. The tally is printed.
 */
class KubectlValidateConformanceTest {

  /** The suite, beside the repository: {@code ../shared/conformance/kubectl-validate}. */
  private static final Path SUITE = RepositoryFiles.ROOT.getParent().resolve("shared/conformance/kubectl-validate");
  private static final SchemaCatalog CATALOG = new SchemaCatalog();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Invalid documents kubelint does not catch yet, by case (file name, {@code #n} for the n-th document of a file
   * with several), with why and which rule of issue 11 will catch them.
   */
  private static final Map<String, String> NOT_YET_CAUGHT = Map.ofEntries(
      // validateContainerCommon requires image although the schema does not
      Map.entry("error_missing_image.yaml", "a container without image (validateContainerCommon): invalid-value"),
      // ValidateLabels: IsValidLabelValue
      Map.entry("error_invalid_label.yaml", "label value \"_\" (IsValidLabelValue): invalid-label"),
      // ValidateObjectMeta with NameIsDNSSubdomain
      Map.entry("error_invalid_name.yaml", "metadata.name \"x.com^2\" is not a DNS subdomain: invalid-name"),
      Map.entry("error_name_exceeds_max_length.yaml", "metadata.name longer than 253 characters: invalid-name"),
      Map.entry("error_missing_name.yaml", "no metadata.name nor generateName: invalid-name"),
      Map.entry("error_multiple_resources_all_invalid.yaml#2", "no metadata.name nor generateName: invalid-name"),
      // x-kubernetes-list-type: map with x-kubernetes-list-map-keys [containerPort, protocol]
      Map.entry("error_x_list_map_duplicate_key.yaml", "two ports with containerPort 88 and protocol TCP: "
          + "duplicate-entry"),
      Map.entry("error_x_list_map_default.yaml", "a CRD's list-map entries that are equal once the default protocol "
          + "is applied: duplicate-entry"),
      // the CRD's x-kubernetes-validations (CEL)
      Map.entry("error_cel_basic.yaml", "the rule self > 0 of the CRD: cel-validation"),
      Map.entry("error_cel_basic_multiple.yaml", "an object-level rule of the CRD: cel-validation"),
      // the CRD's own schema: JSONSchemaProps.type is a plain string in the CRD's OpenAPI
      Map.entry("error_crd_typo.yaml", "type: strign in the CRD's schema: invalid-crd"));

  /**
   * Causes without a field (errors the API server raises before validation), and one field the Status names in an
   * older API's terms: where the finding must be, read from the cause's message.
   */
  private static final Map<String, List<String>> FIELDS_OF_CAUSES = Map.of(
      // "kind configmap not found in v1 groupversion"
      "error_invalid_kind.yaml", List.of("/kind"),
      // "cannot unmarshal object into Go struct field ObjectMeta.finalizers of type []string"
      "error_map_instead_of_array.yaml", List.of("/metadata/finalizers"),
      // "line 24: key \"containers\" already set in map": the second containers key of spec
      "error_multiple_fields.yaml", List.of("/spec/containers"),
      // the Status names the v1beta1 path spec.validation.openAPIV3Schema; the manifest is apiextensions.k8s.io/v1
      "error_crd_typo.yaml", List.of("/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties/message/type"));

  /** One document of a case file and what the suite expects of it. */
  private record Case(String id, Path file, int firstLine, int lastLine, boolean invalid, List<String> fields) {
  }

  /** What kubelint found for a case. */
  private record Outcome(Case c, List<Finding> errors, List<String> missed) {

    boolean caught() {
      return c.invalid() && missed.isEmpty();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCase() throws IOException {
    assertTrue(Files.isDirectory(SUITE.resolve("manifests")), "the kubectl-validate conformance suite is missing: "
        + "expected it at " + SUITE + " (../shared/conformance/kubectl-validate beside the repository)");
    List<Case> cases = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(SUITE.resolve("manifests"))) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      cases.addAll(cases(file));
    }
    assertFalse(cases.isEmpty(), "no cases under " + SUITE.resolve("manifests"));
    Map<Path, List<Finding>> findings = new LinkedHashMap<>();
    for (Path file : files) {
      findings.put(file, lint(file));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Case c : cases) {
      outcomes.add(outcome(c, findings.get(c.file())));
    }
    printTally(outcomes);

    List<DynamicTest> tests = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    for (Outcome o : outcomes) {
      ids.add(o.c().id());
      tests.add(DynamicTest.dynamicTest(o.c().id(), () -> check(o)));
    }
    tests.add(DynamicTest.dynamicTest("the list of cases not yet caught names existing invalid cases", () -> {
      for (String id : NOT_YET_CAUGHT.keySet()) {
        assertTrue(ids.contains(id), "NOT_YET_CAUGHT names " + id + ", which is not a case of the suite");
      }
    }));
    return tests.stream();
  }

  private static void check(Outcome o) {
    Case c = o.c();
    String listed = NOT_YET_CAUGHT.get(c.id());
    if (!c.invalid()) {
      if (!o.errors().isEmpty()) {
        fail(c.id() + " is valid (the API server accepts it), but kubelint reports errors:\n  "
            + String.join("\n  ", o.errors().stream().map(KubectlValidateConformanceTest::describe).toList()));
      }
      return;
    }
    if (listed != null && o.caught()) {
      fail(c.id() + " is caught now: remove it from NOT_YET_CAUGHT (\"" + listed + "\")");
    }
    if (listed == null && !o.caught()) {
      fail(c.id() + ": no error finding at " + o.missed() + "; the errors kubelint reports:\n  "
          + String.join("\n  ", o.errors().stream().map(KubectlValidateConformanceTest::describe).toList()));
    }
  }

  private static void printTally(List<Outcome> outcomes) {
    long invalid = outcomes.stream().filter(o -> o.c().invalid()).count();
    long caught = outcomes.stream().filter(Outcome::caught).count();
    long valid = outcomes.size() - invalid;
    long falsePositives = outcomes.stream().filter(o -> !o.c().invalid() && !o.errors().isEmpty()).count();
    System.out.printf("kubectl-validate conformance: %d of %d invalid documents caught, %d of %d valid documents "
        + "without errors (%d false positives)%n", caught, invalid, valid - falsePositives, valid, falsePositives);
    for (Outcome o : outcomes) {
      if (o.c().invalid() && !o.caught()) {
        System.out.printf("  not caught: %s (%s)%n", o.c().id(), NOT_YET_CAUGHT.getOrDefault(o.c().id(), "unlisted"));
      }
    }
  }

  /** Lints one case file with every rule and the suite's CRDs, under the default Kubernetes version. */
  private static List<Finding> lint(Path file) {
    LintOptions options = LintOptions.defaults(CATALOG.defaultVersion())
        .withSchemas(List.of(SUITE.resolve("crds"), SUITE.resolve("more-crds")), false);
    LintResult result = new Linter(options, BuiltinRules.all(), CATALOG).lint(List.of(Input.of(file)));
    if (!result.errors().isEmpty()) {
      fail(file.getFileName() + ": input errors " + result.errors());
    }
    return result.findings();
  }

  private static Outcome outcome(Case c, List<Finding> all) {
    List<Finding> errors = all.stream()
        .filter(f -> f.severity() == Severity.ERROR && f.line() >= c.firstLine() && f.line() <= c.lastLine())
        .toList();
    List<String> missed = new ArrayList<>();
    for (String field : c.fields()) {
      if (errors.stream().noneMatch(f -> matches(f, field))) {
        missed.add(field.isEmpty() ? "the object" : field);
      }
    }
    return new Outcome(c, errors, missed);
  }

  /** Whether an error finding is about the expected field (a JSON pointer; "" for the whole object). */
  private static boolean matches(Finding f, String field) {
    String path = f.path();
    if (field.isEmpty() || path.equals(field) || path.startsWith(field + "/")) {
      return true;
    }
    // a missing required field is reported about the mapping that lacks it, naming the field
    int slash = field.lastIndexOf('/');
    return field.substring(0, slash).equals(path)
        && f.message().contains("\"" + field.substring(slash + 1).replace("~1", "/").replace("~0", "~") + "\"");
  }

  /** The documents of a case file, each with the expectation of its own Status comment (none: valid). */
  private static List<Case> cases(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String name = file.getFileName().toString();
    List<int[]> documents = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= lines.size(); i++) {
      if (i == lines.size() || lines.get(i).matches("---\\s*")) {
        documents.add(new int[] {start, i});
        start = i + 1;
      }
    }
    List<Case> out = new ArrayList<>();
    List<int[]> withObjects = documents.stream().filter(d -> hasObject(lines, d)).toList();
    for (int n = 0; n < withObjects.size(); n++) {
      int[] d = withObjects.get(n);
      String id = withObjects.size() == 1 ? name : name + "#" + (n + 1);
      JsonNode status = status(lines, d);
      boolean invalid = status != null && "Failure".equals(status.path("status").asString(""));
      List<String> fields = new ArrayList<>();
      if (invalid) {
        fields.addAll(FIELDS_OF_CAUSES.getOrDefault(id, List.of()));
        if (fields.isEmpty()) {
          for (JsonNode cause : status.path("details").path("causes")) {
            String field = cause.path("field").asString("");
            fields.add(field.equals("<nil>") ? "" : pointer(field));
          }
        }
        if (fields.isEmpty()) {
          fail(id + ": a Failure without a field in its causes; add where the finding must be to FIELDS_OF_CAUSES");
        }
      }
      out.add(new Case(id, file, d[0] + 1, d[1], invalid, List.copyOf(new TreeSet<>(fields))));
    }
    return out;
  }

  private static boolean hasObject(List<String> lines, int[] d) {
    for (int i = d[0]; i < d[1]; i++) {
      String line = lines.get(i).strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        return true;
      }
    }
    return false;
  }

  /** The Status in the document's leading comments, or {@code null}. */
  private static JsonNode status(List<String> lines, int[] d) {
    StringBuilder comment = new StringBuilder();
    for (int i = d[0]; i < d[1]; i++) {
      String line = lines.get(i).strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        break;
      }
      comment.append(line.startsWith("#") ? line.substring(1) : line).append('\n');
    }
    int brace = comment.indexOf("{");
    if (brace < 0) {
      return null;
    }
    return JSON.readTree(comment.substring(brace, objectEnd(comment, brace)));
  }

  /** The index after the JSON object that starts at {@code start}: its matching brace, outside strings. */
  private static int objectEnd(CharSequence text, int start) {
    int depth = 0;
    boolean string = false;
    for (int i = start; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (string) {
        if (ch == '\\') {
          i++;
        } else if (ch == '"') {
          string = false;
        }
      } else if (ch == '"') {
        string = true;
      } else if (ch == '{') {
        depth++;
      } else if (ch == '}' && --depth == 0) {
        return i + 1;
      }
    }
    return text.length();
  }

  /** {@code spec.containers[0].ports[0].protocol} as the JSON pointer {@code /spec/containers/0/ports/0/protocol}. */
  static String pointer(String field) {
    StringBuilder out = new StringBuilder();
    StringBuilder segment = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char ch = field.charAt(i);
      if (ch == '.' || ch == '[' || ch == ']') {
        if (segment.length() > 0) {
          out.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
          segment.setLength(0);
        }
      } else {
        segment.append(ch);
      }
    }
    if (segment.length() > 0) {
      out.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  private static String describe(Finding f) {
    return f.line() + ":" + f.column() + " [" + f.ruleId() + "] " + (f.path().isEmpty() ? "" : f.path() + " ")
        + f.message();
  }
}
