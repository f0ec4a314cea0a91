package io.kubelint.core.report;

import io.kubelint.core.lint.InputError;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.lint.LintedObject;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.ObjectRef;
import io.kubelint.core.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Jenkins (JUnit plugin) and GitLab ({@code artifacts:reports:junit}) read it: a {@code testsuites}
 * root, one {@code testsuite} per file (named by its path) and one {@code testcase} per Kubernetes object, named
 * {@code Kind/namespace/name} with the file as {@code classname} and {@code file}:
 *
 * <pre>
 * &lt;testsuites name="kubelint" tests="3" failures="1" errors="0"&gt;
 *   &lt;testsuite name="deploy/web.yaml" tests="2" failures="1" errors="0" skipped="0"&gt;
 *     &lt;testcase name="Service/shop/web" classname="deploy/web.yaml" file="deploy/web.yaml"&gt;
 *       &lt;failure message="deploy/web.yaml:11:7: error [unknown-field] unknown field …" type="error"&gt;
 *         deploy/web.yaml:11:7: error [unknown-field] unknown field "prot" in ServicePort at spec.ports[0]
 *           help: did you mean "port"?&lt;/failure&gt;
 *     &lt;/testcase&gt;
 * </pre>
 *
 * <p>A test case fails when the object has findings at or above the run's fail-on severity (the command's
 * {@code --fail-on}); the failure's text lists them, one {@code file:line:column: severity [rule-id] message} line
 * each with its help lines, and its message is the first of them. Findings below that severity are listed in the
 * test case's {@code system-out} and do not fail it, so the test report agrees with the exit code. Findings that are
 * not about an object (a YAML syntax error, a document that is not a mapping) belong to one test case per file,
 * named by the file; an input that could not be read is a test case with an {@code error}.
 *
 * <p>Objects without findings are passing test cases when the run listed its objects
 * ({@link io.kubelint.core.lint.LintOptions#listObjects()}, which {@link ReportFormat#JUNIT} asks for); without that
 * list only the objects with findings appear. Text from manifests is made safe as in the text format, and
 * characters XML 1.0 cannot hold become U+FFFD. Written with the JDK's {@link XMLStreamWriter}.
 */
public final class JUnitReporter implements Reporter {

  private final Severity failOn;

  /** @param failOn the lowest severity that fails a test case, or {@code null} for none */
  public JUnitReporter(Severity failOn) {
    this.failOn = failOn;
  }

  /**
   * One test case: an object, a file's findings about no object, or an unreadable input.
   *
   * @param name the object's {@code Kind/namespace/name}, or the file
   * @param file the file as named in the findings
   * @param line where the object starts; 0 for the file's own case
   * @param ref the object, {@code null} for the file's case and for an input error
   * @param findings filled while grouping
   * @param error the input error, or {@code null}
   */
  private record Case(String name, String file, int line, ObjectRef ref, List<Finding> findings, String error) {

    Case(String name, String file, int line, ObjectRef ref) {
      this(name, file, line, ref, new ArrayList<>(), null);
    }

    List<Finding> atLeast(Severity threshold, boolean wanted) {
      return findings.stream().filter(f -> (threshold != null && f.severity().atLeast(threshold)) == wanted).toList();
    }
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    Map<String, List<Case>> suites = suites(result);
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "kubelint");
      counts(xml, suites.values().stream().flatMap(List::stream).toList());
      for (Map.Entry<String, List<Case>> suite : suites.entrySet()) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        safeAttribute(xml, "name", suite.getKey());
        counts(xml, suite.getValue());
        xml.writeAttribute("skipped", "0");
        for (Case c : suite.getValue()) {
          testCase(xml, c);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.writeCharacters("\n");
      xml.flush();
    } catch (XMLStreamException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
    out.flush();
  }

  /** The test cases by file (sorted), each file's in order of their lines. */
  private static Map<String, List<Case>> suites(LintResult result) {
    Map<String, List<Case>> suites = new TreeMap<>();
    // the cases of each object identity of each file, in line order (the objects of a run come sorted)
    Map<String, Map<ObjectRef, List<Case>>> objects = new HashMap<>();
    for (LintedObject object : result.objects()) {
      Case c = add(suites, new Case(object.ref().qualifiedName(), object.file(), object.line(), object.ref()));
      objects.computeIfAbsent(c.file(), f -> new HashMap<>()).computeIfAbsent(c.ref(), r -> new ArrayList<>()).add(c);
    }
    Map<String, Case> files = new HashMap<>();
    for (Finding f : result.findings()) {
      Case c;
      if (f.object() == null) {
        c = files.computeIfAbsent(f.file(), file -> add(suites, new Case(file, file, 0, null)));
      } else {
        List<Case> same = objects.computeIfAbsent(f.file(), file -> new HashMap<>())
            .computeIfAbsent(f.object(), r -> new ArrayList<>());
        if (same.isEmpty()) {
          // a run that did not list its objects
          same.add(add(suites, new Case(f.object().qualifiedName(), f.file(), f.line(), f.object())));
        }
        c = nearest(same, f.line());
      }
      c.findings().add(f);
    }
    for (InputError error : result.errors()) {
      add(suites, new Case(error.path(), error.path(), 0, null, List.of(), error.display()));
    }
    for (List<Case> cases : suites.values()) {
      cases.sort(Comparator.comparingInt(Case::line));
    }
    return suites;
  }

  private static Case add(Map<String, List<Case>> suites, Case c) {
    suites.computeIfAbsent(c.file(), f -> new ArrayList<>()).add(c);
    return c;
  }

  /**
   * Of the objects of one identity in one file (in line order), the last that starts at or before {@code line}:
   * the documents of a file are consecutive, so that is the one the line is in; the first when none does.
   */
  private static Case nearest(List<Case> same, int line) {
    int low = 0;
    int high = same.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (same.get(mid).line() <= line) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return same.get(low);
  }

  private void counts(XMLStreamWriter xml, List<Case> cases) throws XMLStreamException {
    xml.writeAttribute("tests", Integer.toString(cases.size()));
    xml.writeAttribute("failures", Long.toString(cases.stream().filter(c -> !c.atLeast(failOn, true).isEmpty())
        .count()));
    xml.writeAttribute("errors", Long.toString(cases.stream().filter(c -> c.error() != null).count()));
  }

  private void testCase(XMLStreamWriter xml, Case c) throws XMLStreamException {
    List<Finding> failing = c.atLeast(failOn, true);
    List<Finding> passing = c.atLeast(failOn, false);
    xml.writeCharacters("\n    ");
    boolean empty = c.findings().isEmpty() && c.error() == null;
    if (empty) {
      xml.writeEmptyElement("testcase");
    } else {
      xml.writeStartElement("testcase");
    }
    safeAttribute(xml, "name", c.name());
    safeAttribute(xml, "classname", c.file());
    safeAttribute(xml, "file", c.file());
    if (empty) {
      return;
    }
    if (c.error() != null) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("error");
      safeAttribute(xml, "message", c.error());
      xml.writeAttribute("type", "input");
      xml.writeEndElement();
    }
    if (!failing.isEmpty()) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("failure");
      String first = TextReporter.headline(failing.get(0), false);
      xml.writeAttribute("message", safe(failing.size() == 1 ? first
          : first + " (and " + (failing.size() - 1) + " more)"));
      xml.writeAttribute("type", failing.get(0).severity().label());
      xml.writeCharacters(lines(failing));
      xml.writeEndElement();
    }
    if (!passing.isEmpty()) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("system-out");
      xml.writeCharacters(lines(passing));
      xml.writeEndElement();
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  /** Writes an attribute whose value is text from a manifest or a file name, as one safe line. */
  private static void safeAttribute(XMLStreamWriter xml, String attribute, String value) throws XMLStreamException {
    xml.writeAttribute(attribute, safe(TerminalText.clean(value)));
  }

  /** Each finding's headline and help lines, one per line. */
  private static String lines(List<Finding> findings) {
    StringBuilder text = new StringBuilder();
    for (Finding f : findings) {
      text.append(TextReporter.headline(f, false)).append('\n');
      for (String help : f.help()) {
        text.append("  help: ").append(TerminalText.clean(help)).append('\n');
      }
    }
    return safe(text.toString());
  }

  /**
   * {@code text} with every character XML 1.0 cannot hold (C0 controls other than tab and line breaks, lone
   * surrogates, U+FFFE, U+FFFF) as U+FFFD.
   */
  static String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean allowed = cp == '\t' || cp == '\n' || cp == '\r' || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
      out.appendCodePoint(allowed ? cp : 0xFFFD);
    }
    return out.toString();
  }
}
