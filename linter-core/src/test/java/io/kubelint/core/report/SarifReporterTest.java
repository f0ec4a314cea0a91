package io.kubelint.core.report;

import static io.kubelint.core.testing.RepositoryFiles.ROOT;
import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.RuleDescriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SarifReporterTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String[] ALL = {"broken.yaml", "clean.yaml", "service.yaml", "unicode.yaml"};

  /** File names relative to testdata/, URIs relative to the folder above it (the repository). */
  private static SarifReporter reporter() {
    return new SarifReporter(ReportSettings.defaults("1.2.3-test").withSourceRoot(ROOT)
        .withInputBase(TESTDATA));
  }

  /** A reporter for a run in {@code dir}: file names and URIs relative to it. */
  private static SarifReporter reporterIn(Path dir) {
    return new SarifReporter(Runs.settingsIn(dir));
  }

  /** The log {@code reporter} writes for {@code result}, checked against the SARIF schema. */
  private static JsonNode sarif(SarifReporter reporter, LintResult result) {
    String text = Runs.render(reporter, result);
    assertTrue(text.endsWith("}\n"), "one document and a final line break");
    return SarifSchema.assertValid(text);
  }

  private static LintResult allTestdata() {
    return Runs.lint(TESTDATA, Map.of(), List.of(new SecurityNote()),
        java.util.Arrays.stream(ALL).map(n -> Input.of(Runs.REPORTING.resolve(n))).toList());
  }

  @Test
  void isValidAgainstTheSarifSchema() {
    LintResult result = Runs.lint(TESTDATA, Map.of(), List.of(new SecurityNote()), List.of(
        Input.of(Runs.REPORTING), Input.of(TESTDATA.resolve("no-such-file.yaml")),
        new Input.StreamInput("<stdin>", new ByteArrayInputStream("kind: Pod\n".getBytes(StandardCharsets.UTF_8)))));
    assertFalse(result.errors().isEmpty());
    JsonNode log = sarif(reporter(), result);
    SarifSchema.assertValid(log);

    ObjectNode literal = (ObjectNode) log.deepCopy();
    JsonNode stdin = null;
    for (JsonNode r : literal.at("/runs/0/results")) {
      JsonNode location = r.at("/locations/0/physicalLocation/artifactLocation");
      if (location.get("uri").asString().contains("stdin")) {
        stdin = location;
      }
    }
    assertEquals("%3Cstdin%3E", stdin.get("uri").asString(), "stdin keeps its name, as a valid URI reference");
    ((ObjectNode) stdin).put("uri", "<stdin>");
    assertFalse(SarifSchema.problems(literal).isEmpty(), "a literal <stdin> is not a uri-reference");

    // Errata 01 requires a region to say where it starts (the Committee Specification text did not)
    ObjectNode columnsOnly = (ObjectNode) log.deepCopy();
    ((ObjectNode) columnsOnly.at("/runs/0/results/0/locations/0/physicalLocation/region")).remove("startLine");
    assertTrue(SarifSchema.problems(columnsOnly).stream().anyMatch(p -> p.contains("startLine")),
        SarifSchema.problems(columnsOnly).toString());
  }

  @Test
  void hasEverythingGitHubCodeScanningRequires() {
    LintResult result = allTestdata();
    JsonNode log = sarif(reporter(), result);
    assertEquals("2.1.0", log.get("version").asString());
    assertEquals(SarifReporter.SCHEMA_URI, log.get("$schema").asString());
    assertEquals(1, log.get("runs").size());
    JsonNode run = log.at("/runs/0");
    JsonNode driver = run.at("/tool/driver");
    assertEquals("kubelint", driver.get("name").asString());
    assertEquals("1.2.3-test", driver.get("version").asString(), "no jar manifest when testing from classes");
    assertEquals(SarifReporter.INFORMATION_URI, driver.get("informationUri").asString());
    assertEquals("unicodeCodePoints", run.get("columnKind").asString());

    List<String> ruleIds = new ArrayList<>();
    driver.get("rules").forEach(r -> ruleIds.add(r.get("id").asString()));
    assertEquals(result.rules().stream().map(RuleDescriptor::id).toList(), ruleIds, "every rule, in order");
    assertEquals(ruleIds.size(), new HashSet<>(ruleIds).size(), "rule ids are unique");

    JsonNode results = run.get("results");
    assertEquals(result.findings().size(), results.size());
    for (int i = 0; i < results.size(); i++) {
      JsonNode r = results.get(i);
      Finding f = result.findings().get(i);
      assertEquals(f.ruleId(), r.get("ruleId").asString(), "same order as the findings");
      assertEquals(f.ruleId(), ruleIds.get(r.get("ruleIndex").asInt()), "ruleIndex points at the rule");
      assertTrue(Set.of("error", "warning", "note").contains(r.get("level").asString()));
      assertTrue(r.at("/message/text").asString().startsWith(f.message()));
      JsonNode physical = r.at("/locations/0/physicalLocation");
      assertEquals("testdata/" + f.file(), physical.at("/artifactLocation/uri").asString());
      assertTrue(physical.at("/region/startLine").asInt() >= 1);
      assertEquals(f.line(), physical.at("/region/startLine").asInt());
      assertEquals(f.column(), physical.at("/region/startColumn").asInt());
      assertEquals(f.column() + f.length(), physical.at("/region/endColumn").asInt());
      assertEquals(64, r.at("/partialFingerprints").get(Fingerprints.KEY).asString().length());
    }
    assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean());
    assertTrue(run.at("/invocations/0/toolExecutionNotifications").isMissingNode());
  }

  @Test
  void describesEveryRule() {
    JsonNode rules = sarif(reporter(), allTestdata()).at("/runs/0/tool/driver/rules");
    JsonNode unknownField = find(rules, "id", "unknown-field");
    RuleDescriptor descriptor = RuleDescriptor.of(io.kubelint.core.builtin.UnknownField.class);
    assertEquals(descriptor.summary(), unknownField.at("/shortDescription/text").asString());
    assertEquals(descriptor.rationale(), unknownField.at("/fullDescription/text").asString());
    assertEquals(SarifReporter.INFORMATION_URI + "/blob/main/docs/rules/unknown-field.md",
        unknownField.get("helpUri").asString(), "the rule's page, in the repository informationUri names");
    assertTrue(unknownField.at("/help/text").asString().contains(descriptor.rationale()));
    assertTrue(unknownField.at("/help/text").asString().contains(descriptor.docs()));
    assertTrue(unknownField.at("/help/markdown").asString()
        .endsWith("[Kubernetes documentation](" + descriptor.docs() + ")"));
    assertEquals("error", unknownField.at("/defaultConfiguration/level").asString());
    assertEquals(JSON.readTree("{\"tags\":[\"kubernetes\"]}"), unknownField.get("properties"));
    assertEquals("warning", find(rules, "id", "unknown-kind").at("/defaultConfiguration/level").asString());

    JsonNode security = find(rules, "id", "test-security-note");
    assertEquals("note", security.at("/defaultConfiguration/level").asString());
    assertEquals(JSON.readTree("{\"tags\":[\"kubernetes\",\"security\"],\"security-severity\":\"7.5\"}"),
        security.get("properties"));
    assertTrue(security.at("/help/markdown").asString().startsWith("**A test rule with a \\*security\\* severity.**"),
        security.at("/help/markdown").asString());
  }

  @Test
  void securitySeverityOnlyOnRulesThatDeclareOne() {
    LintResult result = allTestdata();
    JsonNode rules = sarif(reporter(), result).at("/runs/0/tool/driver/rules");
    int security = 0;
    for (RuleDescriptor descriptor : result.rules()) {
      JsonNode properties = find(rules, "id", descriptor.id()).get("properties");
      boolean tagged = false;
      for (JsonNode tag : properties.get("tags")) {
        tagged |= tag.asString().equals("security");
      }
      assertEquals(descriptor.isSecurityRule(), properties.has("security-severity"), descriptor.id());
      assertEquals(descriptor.isSecurityRule(), tagged, descriptor.id());
      if (descriptor.isSecurityRule()) {
        security++;
        assertEquals(descriptor.securitySeverity(), properties.get("security-severity").asString());
      }
    }
    assertEquals(1, security, "only the test rule declares one");
    assertTrue(result.rules().size() > 5, "the core rules are part of the run");

    for (String bad : new String[] {"high", "11", "10.5", "-1", "7,5", "1e1"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new RuleDescriptor("x", Severity.ERROR, "s", "r", "d", bad), bad);
      assertTrue(e.getMessage().contains("from 0.0 to 10.0"), e.getMessage());
    }
    assertEquals("7.5", new RuleDescriptor("x", Severity.ERROR, "s", "r", "d", " 7.5 ").securitySeverity());
    assertFalse(new RuleDescriptor("x", Severity.ERROR, "s", "r", "d", null).isSecurityRule());
    assertTrue(new RuleDescriptor("x", Severity.ERROR, "s", "r", "d", "10.0").isSecurityRule());
  }

  @Test
  void resultsCarryLocationsObjectsAndFixes() {
    JsonNode results = sarif(reporter(), allTestdata()).at("/runs/0/results");
    JsonNode port = find(results, "ruleId", "unknown-field");
    assertEquals("error", port.get("level").asString());
    assertEquals("unknown field \"prot\" in ServicePort at spec.ports[0]\nhelp: did you mean \"port\"?",
        port.at("/message/text").asString());
    JsonNode physical = port.at("/locations/0/physicalLocation");
    assertEquals(JSON.readTree("{\"artifactLocation\":{\"uri\":\"testdata/reporting/service.yaml\"},"
        + "\"region\":{\"startLine\":11,\"startColumn\":7,\"endColumn\":11,\"snippet\":{\"text\":\"prot\"}},"
        + "\"contextRegion\":{\"startLine\":11,\"snippet\":{\"text\":\"    - prot: 80 # expect: unknown-field\"}}}"),
        physical);
    assertEquals(JSON.readTree("[{\"name\":\"Service/shop/web\",\"fullyQualifiedName\":"
        + "\"Service/shop/web#/spec/ports/0/prot\",\"kind\":\"object\"}]"), port.at("/locations/0/logicalLocations"));
    assertEquals(JSON.readTree("[{\"description\":{\"text\":\"rename to \\\"port\\\"\"},\"artifactChanges\":[{"
        + "\"artifactLocation\":{\"uri\":\"testdata/reporting/service.yaml\"},\"replacements\":[{"
        + "\"deletedRegion\":{\"startLine\":11,\"startColumn\":7,\"endColumn\":11},"
        + "\"insertedContent\":{\"text\":\"port\"}}]}]}]"), port.get("fixes"));

    JsonNode widget = find(results, "ruleId", "unknown-kind");
    assertEquals("warning", widget.get("level").asString());
    assertEquals("Widget/gadget", widget.at("/locations/0/logicalLocations/0/name").asString());
    assertTrue(widget.get("fixes") == null, "no fixes, no property");

    JsonNode syntax = find(results, "ruleId", "yaml-syntax");
    assertTrue(syntax.at("/locations/0/logicalLocations").isMissingNode(), "a YAML error names no object");
    assertEquals("testdata/reporting/broken.yaml", syntax.at("/locations/0/physicalLocation/artifactLocation/uri")
        .asString());

    JsonNode unicode = results.get(results.size() - 1);
    assertEquals("ConfigMap/café-日本", unicode.at("/locations/0/logicalLocations/0/name").asString());
    assertEquals(JSON.readTree("{\"startLine\":4,\"startColumn\":29,\"endColumn\":33,\"snippet\":{\"text\":\"nmae\"}}"),
        unicode.at("/locations/0/physicalLocation/region"), "columns in code points");
  }

  @Test
  void infoIsANote() {
    LintResult result = Runs.lint(TESTDATA, Map.of("unknown-kind", Severity.INFO),
        Runs.REPORTING.resolve("service.yaml"));
    JsonNode results = sarif(reporter(), result).at("/runs/0/results");
    assertEquals("note", find(results, "ruleId", "unknown-kind").get("level").asString());
  }

  @Test
  void writesNoNullsDefaultsOrEmptyContainers() {
    LintResult result = Runs.lint(TESTDATA, Map.of(), List.of(new SecurityNote()),
        List.of(Input.of(Runs.REPORTING), Input.of(TESTDATA.resolve("no-such-file.yaml"))));
    List<String> junk = new ArrayList<>();
    walk(sarif(reporter(), result), "", junk);
    assertEquals(List.of(), junk);
    JsonNode clean = sarif(reporter(), Runs.lintTestdata("clean.yaml"));
    List<String> cleanJunk = new ArrayList<>();
    walk(clean, "", cleanJunk);
    assertEquals(List.of("/runs/0/results: empty"), cleanJunk, "a clean run has results: [] and nothing else empty");
  }

  /** Schema defaults the java-sarif model fills in; kubelint must not write them. */
  private static final Set<String> DEFAULTS = Set.of("language", "newlineSequences", "contents", "isComprehensive",
      "rank", "enabled", "charOffset", "byteOffset", "index", "parentIndex");

  private static void walk(JsonNode node, String at, List<String> junk) {
    if (node.isNull()) {
      junk.add(at + ": null");
    } else if (node.isObject()) {
      if (node.isEmpty()) {
        junk.add(at + ": empty");
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (DEFAULTS.contains(e.getKey()) || (e.getKey().equals("kind") && e.getValue().asString().equals("fail"))
            || (e.getKey().equals("id") && e.getValue().isNumber())) {
          junk.add(at + "/" + e.getKey() + ": schema default");
        }
        walk(e.getValue(), at + "/" + e.getKey(), junk);
      }
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        junk.add(at + ": empty");
      }
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "/" + i, junk);
      }
    } else if (node.isNumber() && node.asInt() < 0) {
      junk.add(at + ": negative");
    }
  }

  @Test
  void inputErrorsMakeTheRunUnsuccessful() {
    LintResult result = Runs.lint(TESTDATA, Map.of(), Runs.REPORTING.resolve("service.yaml"),
        Runs.REPORTING.resolve("missing.yaml"));
    JsonNode invocation = sarif(reporter(), result).at("/runs/0/invocations/0");
    assertFalse(invocation.get("executionSuccessful").asBoolean());
    JsonNode note = invocation.at("/toolExecutionNotifications/0");
    assertEquals("error", note.get("level").asString());
    assertEquals(result.errors().get(0).display(), note.at("/message/text").asString());
    assertTrue(note.at("/message/text").asString().contains("missing.yaml"));
  }

  @Test
  void fingerprintsSurviveLinesInsertedAbove(@TempDir Path dir) throws IOException {
    Path before = Files.createDirectory(dir.resolve("before"));
    Path after = Files.createDirectory(dir.resolve("after"));
    for (String name : ALL) {
      String text = Files.readString(Runs.REPORTING.resolve(name), StandardCharsets.UTF_8);
      Files.writeString(before.resolve(name), text, StandardCharsets.UTF_8);
      Files.writeString(after.resolve(name), "\n\n# moved down\n\n" + text, StandardCharsets.UTF_8);
    }
    JsonNode one = sarif(reporterIn(before), Runs.lint(before, Map.of(), before))
        .at("/runs/0/results");
    JsonNode two = sarif(reporterIn(after), Runs.lint(after, Map.of(), after))
        .at("/runs/0/results");
    assertEquals(4, one.size());
    assertEquals(one.size(), two.size());
    for (int i = 0; i < one.size(); i++) {
      assertEquals(one.get(i).at("/locations/0/physicalLocation/region/startLine").asInt() + 4,
          two.get(i).at("/locations/0/physicalLocation/region/startLine").asInt(), "the lines did move");
      assertEquals(one.get(i).at("/locations/0/physicalLocation/artifactLocation/uri"),
          two.get(i).at("/locations/0/physicalLocation/artifactLocation/uri"));
      assertEquals(one.get(i).get("partialFingerprints"), two.get(i).get("partialFingerprints"),
          one.get(i).get("ruleId").asString());
    }
  }

  @Test
  void fingerprintsSurviveUnrelatedEditsAroundTheFinding(@TempDir Path dir) throws IOException {
    String service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\n%sspec:\n%s"
        + "  ports:\n    - prot: 80\n";
    Files.writeString(dir.resolve("svc.yaml"), String.format(service, "", ""), StandardCharsets.UTF_8);
    JsonNode before = sarif(reporterIn(dir), Runs.lint(dir, Map.of(), dir)).at("/runs/0/results/0");
    // another object before it, a label and a selector added inside it: the finding moves down eight lines
    Files.writeString(dir.resolve("svc.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: extra}\n---\n"
        + String.format(service, "  labels:\n    app: web\n", "  selector:\n    app: web\n"), StandardCharsets.UTF_8);
    JsonNode after = sarif(reporterIn(dir), Runs.lint(dir, Map.of(), dir)).at("/runs/0/results/0");
    assertEquals("unknown-field", after.get("ruleId").asString());
    assertEquals(before.at("/locations/0/physicalLocation/region/startLine").asInt() + 8,
        after.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals(before.get("partialFingerprints"), after.get("partialFingerprints"));
  }

  @Test
  void fingerprintsSurviveListItemsInsertedBeforeTheFinding(@TempDir Path dir) throws IOException {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n%s    - name: app\n"
        + "      image: nginx\n      env:\n%s        - name: PORT\n          value: 8080\n"
        + "        - name: MODE\n          value: a\n        - name: MODE\n          value: b\n";
    Files.writeString(dir.resolve("pod.yaml"), String.format(pod, "", ""), StandardCharsets.UTF_8);
    JsonNode before = sarif(reporterIn(dir), Runs.lint(dir, Map.of(), dir)).at("/runs/0/results");
    // a container and an env entry inserted before the finding: the list indexes in its JSON path change
    Files.writeString(dir.resolve("pod.yaml"), String.format(pod, "    - name: sidecar\n      image: busybox\n",
        "        - name: EXTRA\n          value: x\n"), StandardCharsets.UTF_8);
    JsonNode after = sarif(reporterIn(dir), Runs.lint(dir, Map.of(), dir)).at("/runs/0/results");
    assertEquals(1, before.size(), before.toString());
    assertEquals(before.get(0).get("partialFingerprints"), after.get(0).get("partialFingerprints"));
    assertNotEquals(before.get(0).at("/locations/0/logicalLocations/0/fullyQualifiedName"),
        after.get(0).at("/locations/0/logicalLocations/0/fullyQualifiedName"), "the JSON path did change");
  }

  @Test
  void fingerprintsIgnoreLineNumbersInMessages(@TempDir Path dir) throws IOException {
    String map = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\ndata:\n  a: x\n%s  a: y\n";
    Files.writeString(dir.resolve("m.yaml"), String.format(map, ""), StandardCharsets.UTF_8);
    JsonNode before = sarif(reporterIn(dir), Runs.lint(dir, Map.of(), dir)).at("/runs/0/results/0");
    Files.writeString(dir.resolve("m.yaml"), "# a comment\n" + String.format(map, "  b: z\n"),
        StandardCharsets.UTF_8);
    JsonNode after = sarif(reporterIn(dir), Runs.lint(dir, Map.of(), dir)).at("/runs/0/results/0");
    assertEquals("duplicate-key", after.get("ruleId").asString());
    assertNotEquals(before.at("/message/text"), after.at("/message/text"), "the message names the first line");
    assertEquals(before.get("partialFingerprints"), after.get("partialFingerprints"));
  }

  @Test
  void fingerprintsDifferBetweenFindings(@TempDir Path dir) throws IOException {
    List<String> all = new ArrayList<>();
    sarif(reporter(), allTestdata()).at("/runs/0/results")
        .forEach(r -> all.add(r.at("/partialFingerprints").get(Fingerprints.KEY).asString()));
    assertEquals(all.size(), new HashSet<>(all).size(), all.toString());

    String service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: %s\nspec:\n  ports:\n"
        + "    - prot: 80\n";
    Files.writeString(dir.resolve("twice.yaml"), String.format(service, "a") + "---\n" + String.format(service, "a")
        + "---\n" + String.format(service, "b"), StandardCharsets.UTF_8);
    List<String> prints = new ArrayList<>();
    sarif(reporterIn(dir), Runs.lint(dir, Map.of(), dir.resolve("twice.yaml")))
        .at("/runs/0/results").forEach(r -> prints.add(r.at("/partialFingerprints").get(Fingerprints.KEY).asString()));
    assertEquals(3, prints.size(), prints.toString());
    assertEquals(prints.get(0) + ":2", prints.get(1), "the same finding twice gets an occurrence number");
    assertNotEquals(prints.get(0), prints.get(2), "another namespace is another object");
  }

  @Test
  void artifactUrisAreRelativeToTheSourceRoot(@TempDir Path dir) throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    ArtifactUris uris = new ArtifactUris(root, root.resolve("sub"));
    assertEquals("x.yaml", uris.of("../x.yaml").toString());
    assertEquals("sub/deploy/app.yaml", uris.of("deploy/app.yaml").toString());
    assertEquals("sub/my%20caf%C3%A9.yaml", uris.of("my café.yaml").toString());
    assertEquals("sub/a:b.yaml", uris.of("a:b.yaml").toString());
    assertEquals("./a:b.yaml", new ArtifactUris(root, root).of("a:b.yaml").toString(), "not a scheme");
    assertEquals("%3Cstdin%3E", uris.of("<stdin>").toString());
    Path outside = root.getParent().resolve("elsewhere.yaml");
    assertEquals(outside.toUri(), uris.of(outside.toString()));
    assertEquals("sub/abs.yaml", uris.of(root.resolve("sub/abs.yaml").toString()).toString());

    Files.writeString(dir.resolve("my café.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  nmae: q\n",
        StandardCharsets.UTF_8);
    JsonNode log = sarif(reporterIn(dir), Runs.lint(dir, Map.of(), dir.resolve("my café.yaml")));
    SarifSchema.assertValid(log);
    assertEquals("my%20caf%C3%A9.yaml", log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
        .asString());
  }

  @Test
  void versionComesFromTheJarManifest() {
    String junit = org.junit.jupiter.api.Test.class.getPackage().getImplementationVersion();
    assertTrue(junit != null && !junit.isBlank(), "the test needs a jar with an Implementation-Version");
    assertEquals(junit, SarifReporter.versionOf(org.junit.jupiter.api.Test.class, "fallback"));
    assertEquals("fallback", SarifReporter.versionOf(SarifReporterTest.class, "fallback"));
    assertEquals("1.2.3-test", reporter().version());
  }

  @Test
  void isRegisteredAsSarif() {
    Reporter reporter = ReportFormat.forName("sarif").create(Runs.REPOSITORY);
    LintResult result = Runs.lintTestdata("service.yaml");
    assertEquals(Runs.render(new SarifReporter(Runs.REPOSITORY), result), Runs.render(reporter, result));
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (value.equals(n.path(field).asString(null))) {
        return n;
      }
    }
    throw new AssertionError("no element with " + field + " = " + value + " in " + array);
  }
}
