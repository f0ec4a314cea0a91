package io.kubelint.core.report;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.lint.LintResult;
import io.kubelint.core.lint.LintedObject;
import io.kubelint.core.model.ObjectRef;
import io.kubelint.core.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class JUnitReporterTest {

  /** Parses the report with the JDK's XML parser (which rejects anything that is not well-formed XML 1.0). */
  private static Element report(Severity failOn, LintResult result) {
    String xml = Runs.render(new JUnitReporter(failOn), result);
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"), xml);
    assertTrue(xml.endsWith("</testsuites>\n"), xml);
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      return doc.getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static Element testCase(Element root, String suite, String name) {
    for (Element s : children(root, "testsuite")) {
      for (Element c : children(s, "testcase")) {
        if (s.getAttribute("name").equals(suite) && c.getAttribute("name").equals(name)) {
          return c;
        }
      }
    }
    throw new AssertionError("no test case " + suite + " / " + name);
  }

  private static int attribute(Element e, String name) {
    return Integer.parseInt(e.getAttribute(name));
  }

  @Test
  void oneSuitePerFileAndOneCasePerObject() {
    LintResult result = Runs.lintListingObjects(TESTDATA, Map.of(), Runs.REPORTING.resolve("clean.yaml"),
        Runs.REPORTING.resolve("service.yaml"), Runs.REPORTING.resolve("broken.yaml"));
    Element root = report(Severity.ERROR, result);
    assertEquals("testsuites", root.getTagName());
    assertEquals("kubelint", root.getAttribute("name"));
    List<String> suites = children(root, "testsuite").stream().map(s -> s.getAttribute("name")).toList();
    assertEquals(List.of("reporting/broken.yaml", "reporting/clean.yaml", "reporting/service.yaml"), suites);

    Element clean = children(root, "testsuite").get(1);
    assertEquals(List.of("ConfigMap/settings", "Service/web"),
        children(clean, "testcase").stream().map(c -> c.getAttribute("name")).toList(), "in file order");
    for (Element c : children(clean, "testcase")) {
      assertEquals("reporting/clean.yaml", c.getAttribute("classname"));
      assertEquals("reporting/clean.yaml", c.getAttribute("file"));
      assertFalse(c.hasChildNodes(), "a clean object is a passing test case");
    }
    assertEquals(2, attribute(clean, "tests"));
    assertEquals(0, attribute(clean, "failures"));

    // totals: 2 + 2 objects, and the syntax error as the broken file's own test case
    assertEquals(5, attribute(root, "tests"));
    assertEquals(2, attribute(root, "failures"));
    assertEquals(0, attribute(root, "errors"));
  }

  @Test
  void failuresCarryTheFindingsWithFileLineAndColumn() {
    LintResult result = Runs.lintListingObjects(TESTDATA, Map.of(), Runs.REPORTING.resolve("service.yaml"),
        Runs.REPORTING.resolve("broken.yaml"));
    Element root = report(Severity.ERROR, result);

    Element service = testCase(root, "reporting/service.yaml", "Service/shop/web");
    Element failure = child(service, "failure");
    assertEquals("reporting/service.yaml:11:7: error [unknown-field] unknown field \"prot\" in ServicePort at "
        + "spec.ports[0]", failure.getAttribute("message"));
    assertEquals("error", failure.getAttribute("type"));
    assertEquals("reporting/service.yaml:11:7: error [unknown-field] unknown field \"prot\" in ServicePort at "
        + "spec.ports[0]\n  help: did you mean \"port\"?\n", failure.getTextContent());

    Element syntax = testCase(root, "reporting/broken.yaml", "reporting/broken.yaml");
    assertEquals("reporting/broken.yaml:5:9: error [yaml-syntax] quoted string is never closed\n",
        child(syntax, "failure").getTextContent(), "findings about no object: one test case for the file");
  }

  @Test
  void findingsBelowFailOnAreOutputNotFailures() {
    LintResult result = Runs.lintListingObjects(TESTDATA, Map.of(), Runs.REPORTING.resolve("service.yaml"));
    Element widget = testCase(report(Severity.ERROR, result), "reporting/service.yaml", "Widget/gadget");
    assertNull(child(widget, "failure"));
    assertTrue(child(widget, "system-out").getTextContent().startsWith("reporting/service.yaml:15:7: warning "
        + "[unknown-kind] no schema for example.com/v1 Widget"), widget.getTextContent());

    Element strict = report(Severity.WARNING, result);
    assertEquals("warning", child(testCase(strict, "reporting/service.yaml", "Widget/gadget"), "failure")
        .getAttribute("type"));
    assertEquals(2, attribute(strict, "failures"));

    Element none = report(null, result);
    assertEquals(0, attribute(none, "failures"), "--fail-on none: nothing fails");
    assertTrue(child(testCase(none, "reporting/service.yaml", "Service/shop/web"), "system-out").getTextContent()
        .contains("[unknown-field]"));
  }

  @Test
  void severalFindingsOfOneObjectAndObjectsWithTheSameName(@TempDir Path dir) throws IOException {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n"
        + "      image: nginx\n%s";
    Files.writeString(dir.resolve("pods.yaml"), String.format(pod, "  nodeNmae: n\n  hostnme: h\n")
        + "---\n" + String.format(pod, "") + "---\n" + String.format(pod, "  hostnme: h\n"), StandardCharsets.UTF_8);
    Element root = report(Severity.ERROR, Runs.lintListingObjects(dir, Map.of(), dir.resolve("pods.yaml")));
    List<Element> cases = children(child(root, "testsuite"), "testcase");
    assertEquals(List.of("Pod/p", "Pod/p", "Pod/p"), cases.stream().map(c -> c.getAttribute("name")).toList());

    Element first = child(cases.get(0), "failure");
    assertTrue(first.getAttribute("message").startsWith("pods.yaml:9:"), first.getAttribute("message"));
    assertTrue(first.getAttribute("message").endsWith(" (and 1 more)"), first.getAttribute("message"));
    List<String> lines = first.getTextContent().lines().filter(l -> !l.startsWith("  help:")).toList();
    assertEquals(2, lines.size(), first.getTextContent());
    assertTrue(lines.get(0).startsWith("pods.yaml:9:3: error [unknown-field] unknown field \"nodeNmae\""),
        lines.get(0));
    assertTrue(lines.get(1).startsWith("pods.yaml:10:3: error [unknown-field] unknown field \"hostnme\""),
        lines.get(1));
    assertNull(child(cases.get(1), "failure"), "the second Pod/p is clean");
    assertTrue(child(cases.get(2), "failure").getTextContent().startsWith("pods.yaml:29:3: error [unknown-field]"),
        "the third Pod/p gets its own finding");
  }

  @Test
  void itemsOfAListAreObjectsOfTheirOwn(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("list.yaml"), "# a List\napiVersion: v1\nkind: List\nitems:\n"
        + "  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: a, namespace: ns}\n"
        + "  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: b}\n    dta: {}\n", StandardCharsets.UTF_8);
    LintResult result = Runs.lintListingObjects(dir, Map.of(), dir.resolve("list.yaml"));
    assertEquals(List.of(new LintedObject("list.yaml", 5, new ObjectRef("v1", "ConfigMap", "ns", "a")),
        new LintedObject("list.yaml", 8, new ObjectRef("v1", "ConfigMap", null, "b"))), result.objects());
    List<Element> cases = children(child(report(Severity.ERROR, result), "testsuite"), "testcase");
    assertEquals(List.of("ConfigMap/ns/a", "ConfigMap/b"), cases.stream().map(c -> c.getAttribute("name")).toList());
    assertNull(child(cases.get(0), "failure"));
    assertTrue(child(cases.get(1), "failure").getAttribute("message").startsWith("list.yaml:11:5: error "
        + "[unknown-field]"), child(cases.get(1), "failure").getAttribute("message"));
  }

  @Test
  void withoutTheObjectListOnlyObjectsWithFindingsAppear() {
    LintResult result = Runs.lintTestdata("clean.yaml", "service.yaml");
    assertTrue(result.objects().isEmpty());
    Element root = report(Severity.ERROR, result);
    assertEquals(List.of("reporting/service.yaml"),
        children(root, "testsuite").stream().map(s -> s.getAttribute("name")).toList());
    assertEquals(2, attribute(root, "tests"));
  }

  @Test
  void unreadableInputsAreErrors() {
    LintResult result = Runs.lintListingObjects(TESTDATA, Map.of(), Runs.REPORTING.resolve("missing.yaml"));
    Element root = report(Severity.ERROR, result);
    assertEquals(1, attribute(root, "errors"));
    Element error = child(child(child(root, "testsuite"), "testcase"), "error");
    assertTrue(error.getAttribute("message").startsWith("cannot read "), error.getAttribute("message"));
    assertTrue(error.getAttribute("message").endsWith("missing.yaml: no such file or directory"));
  }

  @Test
  void textFromManifestsCannotBreakTheXml(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("evil.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
        + "  name: \"]]></failure><x a='\\e\\0\"\n  \"\\uD800&<\\x01\": y\n", StandardCharsets.UTF_8);
    Element root = report(Severity.ERROR, Runs.lintListingObjects(dir, Map.of(), dir.resolve("evil.yaml")));
    Element c = children(child(root, "testsuite"), "testcase").get(0);
    assertEquals("ConfigMap/]]></failure><x a='\uFFFD\uFFFD", c.getAttribute("name"));
    assertTrue(child(c, "failure").getTextContent().contains("unknown field \"\uFFFD&<\uFFFD\""),
        child(c, "failure").getTextContent());
  }

  @Test
  void isRegisteredAsJunitAndAsksForTheObjectList() {
    assertTrue(ReportFormat.JUNIT.listsObjects());
    for (ReportFormat format : ReportFormat.values()) {
      assertEquals(format == ReportFormat.JUNIT, format.listsObjects(), format.id());
    }
    Reporter reporter = ReportFormat.forName("junit").create(ReportSettings.defaults("t").withFailOn(Severity.INFO));
    assertInstanceOf(JUnitReporter.class, reporter);
    LintResult result = Runs.lintListingObjects(TESTDATA, Map.of(), Runs.REPORTING.resolve("service.yaml"));
    assertEquals(Runs.render(new JUnitReporter(Severity.INFO), result), Runs.render(reporter, result));
    Node widget = testCase(report(Severity.INFO, result), "reporting/service.yaml", "Widget/gadget");
    assertTrue(widget.getTextContent().contains("[unknown-kind]"));
  }
}
