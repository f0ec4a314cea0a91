package io.kubelint.core.report;

import io.kubelint.core.lint.LintResult;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Fix;
import io.kubelint.core.model.ObjectRef;
import io.kubelint.core.model.Severity;
import java.io.IOException;
import java.io.Writer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON document for scripts and editors:
 *
 * <pre>
 * {
 *   "kubernetesVersion": "1.36",
 *   "findings": [
 *     {
 *       "ruleId": "unknown-field",
 *       "severity": "error",
 *       "message": "unknown field \"prot\" in ServicePort at spec.ports[0]",
 *       "file": "deploy/service.yaml",
 *       "line": 11,
 *       "column": 7,
 *       "path": "/spec/ports/0/prot",
 *       "object": {"apiVersion": "v1", "kind": "Service", "namespace": "shop", "name": "web"},
 *       "length": 4,
 *       "help": ["did you mean \"port\"?"],
 *       "fixes": [{"description": "rename to \"port\"", "line": 11, "column": 7, "length": 4,
 *                  "replacement": "port"}]
 *     }
 *   ],
 *   "inputErrors": [{"path": "missing.yaml", "reason": "no such file or directory"}],
 *   "summary": {"files": 1, "documents": 2, "errors": 1, "warnings": 0, "infos": 0}
 * }
 * </pre>
 *
 * <p>{@code severity} is {@code error}, {@code warning} or {@code info}; {@code line} and {@code column} are
 * 1-based, columns and {@code length} in Unicode code points; {@code path} is the JSON pointer of the field inside
 * its object (empty for the whole object or for a finding about the file); {@code object} is {@code null} when the
 * finding is not about an object (a YAML syntax error), and each of its parts is {@code null} when the manifest
 * leaves it out. Findings keep the order of the {@link LintResult} (file, line, column, rule id). Fields may be
 * added in later versions; the ones above keep their names and meaning.
 */
public final class JsonReporter implements Reporter {

  /** A JSON reporter; it has no settings. */
  public JsonReporter() {
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    JsonOutput.write(JsonOutput.TREES, toJson(result), out);
  }

  /** The report as a JSON tree. */
  static ObjectNode toJson(LintResult result) {
    ObjectNode root = JsonOutput.TREES.createObjectNode();
    root.put("kubernetesVersion", result.kubernetesVersion().toString());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : result.findings()) {
      finding(findings.addObject(), f);
    }
    ArrayNode errors = root.putArray("inputErrors");
    result.errors().forEach(e -> errors.addObject().put("path", e.path()).put("reason", e.reason()));
    ObjectNode summary = root.putObject("summary");
    summary.put("files", result.files());
    summary.put("documents", result.documents());
    summary.put("errors", result.count(Severity.ERROR));
    summary.put("warnings", result.count(Severity.WARNING));
    summary.put("infos", result.count(Severity.INFO));
    return root;
  }

  private static void finding(ObjectNode node, Finding f) {
    node.put("ruleId", f.ruleId());
    node.put("severity", f.severity().label());
    node.put("message", f.message());
    node.put("file", f.file());
    node.put("line", f.line());
    node.put("column", f.column());
    node.put("path", f.path());
    ObjectRef ref = f.object();
    if (ref == null) {
      node.putNull("object");
    } else {
      ObjectNode object = node.putObject("object");
      object.put("apiVersion", ref.apiVersion());
      object.put("kind", ref.kind());
      object.put("namespace", ref.namespace());
      object.put("name", ref.name());
    }
    node.put("length", f.length());
    ArrayNode help = node.putArray("help");
    f.help().forEach(help::add);
    ArrayNode fixes = node.putArray("fixes");
    for (Fix fix : f.fixes()) {
      ObjectNode n = fixes.addObject();
      n.put("description", fix.description());
      n.put("line", fix.line());
      n.put("column", fix.column());
      n.put("length", fix.length());
      n.put("replacement", fix.replacement());
    }
  }
}
