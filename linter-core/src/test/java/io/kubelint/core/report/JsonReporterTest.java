package io.kubelint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.lint.LintResult;
import io.kubelint.core.model.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReporterTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> LISTED = Set.of("ruleId", "severity", "message", "file", "line", "column",
      "path", "object");
  private static final Set<String> EXTRA = Set.of("length", "help", "fixes");

  private static JsonNode report(LintResult result) {
    String text = Runs.render(new JsonReporter(), result);
    assertTrue(text.endsWith("}\n"), "one document and a final line break");
    return JSON.readTree(text);
  }

  @Test
  void hasTheDocumentedShape() {
    LintResult result = Runs.lintTestdata("service.yaml", "broken.yaml", "unicode.yaml");
    JsonNode root = report(result);
    assertEquals(Set.of("kubernetesVersion", "findings", "inputErrors", "summary"), new TreeSet<>(root.propertyNames()));
    assertEquals(0, root.get("inputErrors").size());
    assertEquals(Runs.CATALOG.defaultVersion().toString(), root.get("kubernetesVersion").asString());
    JsonNode findings = root.get("findings");
    assertEquals(4, findings.size());
    for (JsonNode f : findings) {
      Set<String> names = new TreeSet<>(f.propertyNames());
      assertTrue(names.containsAll(LISTED), names.toString());
      names.removeAll(LISTED);
      assertTrue(EXTRA.containsAll(names), "unexpected fields " + names);
      assertTrue(Set.of("error", "warning", "info").contains(f.get("severity").asString()));
      JsonNode object = f.get("object");
      assertTrue(object.isNull() || new TreeSet<>(object.propertyNames())
          .equals(new TreeSet<>(List.of("apiVersion", "kind", "namespace", "name"))), object.toString());
    }
    JsonNode summary = root.get("summary");
    assertEquals(Set.of("files", "documents", "errors", "warnings", "infos"), new TreeSet<>(summary.propertyNames()));
    assertEquals(3, summary.get("files").asInt());
    assertEquals(4, summary.get("documents").asInt());
    assertEquals(3, summary.get("errors").asInt());
    assertEquals(1, summary.get("warnings").asInt());
    assertEquals(0, summary.get("infos").asInt());
  }

  @Test
  void findingValuesMatchTheManifest() {
    JsonNode findings = report(Runs.lintTestdata("service.yaml", "broken.yaml", "unicode.yaml")).get("findings");

    JsonNode syntax = findings.get(0);
    assertEquals("yaml-syntax", syntax.get("ruleId").asString());
    assertEquals("reporting/broken.yaml", syntax.get("file").asString());
    assertEquals(5, syntax.get("line").asInt());
    assertEquals(9, syntax.get("column").asInt());
    assertEquals("", syntax.get("path").asString());
    assertTrue(syntax.get("object").isNull(), "a YAML error is not about an object");

    JsonNode port = findings.get(1);
    assertEquals("unknown-field", port.get("ruleId").asString());
    assertEquals("error", port.get("severity").asString());
    assertEquals("unknown field \"prot\" in ServicePort at spec.ports[0]", port.get("message").asString());
    assertEquals("reporting/service.yaml", port.get("file").asString());
    assertEquals(11, port.get("line").asInt());
    assertEquals(7, port.get("column").asInt());
    assertEquals(4, port.get("length").asInt());
    assertEquals("/spec/ports/0/prot", port.get("path").asString());
    assertEquals(JSON.readTree("{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"namespace\":\"shop\",\"name\":\"web\"}"),
        port.get("object"));
    assertEquals(JSON.readTree("[\"did you mean \\\"port\\\"?\"]"), port.get("help"));
    assertEquals(JSON.readTree("[{\"description\":\"rename to \\\"port\\\"\",\"line\":11,\"column\":7,\"length\":4,"
        + "\"replacement\":\"port\"}]"), port.get("fixes"));

    JsonNode widget = findings.get(2);
    assertEquals("warning", widget.get("severity").asString());
    assertEquals("/kind", widget.get("path").asString());
    assertTrue(widget.get("object").get("namespace").isNull(), "a missing namespace is null");
    assertEquals("gadget", widget.get("object").get("name").asString());

    JsonNode unicode = findings.get(3);
    assertEquals("café-日本", unicode.get("object").get("name").asString());
    assertEquals(29, unicode.get("column").asInt(), "columns count code points");
  }

  @Test
  void keepsTheSortOrderOfTheResult() {
    LintResult result = Runs.lintTestdata("unicode.yaml", "service.yaml", "broken.yaml");
    JsonNode findings = report(result).get("findings");
    List<String> written = new ArrayList<>();
    findings.forEach(f -> written.add(f.get("file").asString() + ":" + f.get("line").asInt() + ":"
        + f.get("column").asInt() + ":" + f.get("ruleId").asString()));
    List<String> fromResult = result.findings().stream()
        .map(f -> f.file() + ":" + f.line() + ":" + f.column() + ":" + f.ruleId()).toList();
    assertEquals(fromResult, written);
    List<Finding> sorted = new ArrayList<>(result.findings());
    sorted.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
        .thenComparingInt(Finding::column));
    assertEquals(sorted, result.findings());
    assertEquals("reporting/broken.yaml", written.get(0).substring(0, written.get(0).indexOf(':')));
  }

  @Test
  void cleanRunHasEmptyFindings() {
    JsonNode root = report(Runs.lintTestdata("clean.yaml"));
    assertTrue(root.get("findings").isArray());
    assertEquals(0, root.get("findings").size());
    assertEquals(JSON.readTree("{\"files\":1,\"documents\":2,\"errors\":0,\"warnings\":0,\"infos\":0}"),
        root.get("summary"));
  }

  @Test
  void leavesTheWriterOpenAndReportsWriteFailures() throws IOException {
    LintResult result = Runs.lintTestdata("service.yaml");
    boolean[] closed = {false};
    StringWriter sink = new StringWriter();
    Writer tracking = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        sink.write(buf, off, len);
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    new JsonReporter().write(result, tracking);
    assertFalse(closed[0], "the caller owns the writer");
    assertEquals(Runs.render(new JsonReporter(), result), sink.toString());

    Writer broken = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() {
      }
    };
    IOException e = assertThrows(IOException.class, () -> new JsonReporter().write(result, broken));
    assertEquals("disk full", e.getMessage());
  }
}
