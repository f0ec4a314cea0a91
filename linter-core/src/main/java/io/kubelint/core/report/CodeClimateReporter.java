package io.kubelint.core.report;

import io.kubelint.core.lint.LintResult;
import io.kubelint.core.model.Finding;
import io.kubelint.core.rule.RuleDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The code quality report of GitLab CI ({@code artifacts:reports:codequality}), a subset of the Code Climate
 * analyzer format (<a href="https://docs.gitlab.com/ci/testing/code_quality/">GitLab: Code Quality</a>,
 * <a href="https://github.com/codeclimate/platform/blob/master/spec/analyzers/SPEC.md">Code Climate engine
 * specification</a>). One JSON array with an issue per finding:
 *
 * <pre>
 * [
 *   {
 *     "type": "issue",
 *     "check_name": "unknown-field",
 *     "description": "unknown field \"prot\" in ServicePort at spec.ports[0]\nhelp: did you mean \"port\"?",
 *     "categories": ["Bug Risk"],
 *     "severity": "major",
 *     "fingerprint": "5d41…",
 *     "location": {"path": "deploy/service.yaml", "lines": {"begin": 11}}
 *   }
 * ]
 * </pre>
 *
 * <p>{@code severity}: error → {@code major}, warning → {@code minor}, info → {@code info} ({@code critical} and
 * {@code blocker} are not used: kubelint's errors are manifests the API server or a controller rejects, which
 * GitLab's scale calls major). {@code fingerprint} is the SARIF partial fingerprint of the finding (see
 * {@link Fingerprints}): GitLab compares reports of the source and target branch by it, and it does not change when
 * lines move. {@code location.path} is relative to the source root (the repository) with forward slashes.
 * {@code categories} is {@code Security} for rules with a security severity and {@code Bug Risk} for the others.
 * Inputs that could not be read have no issue (the exit code and stderr report them). A clean run writes {@code []}.
 */
public final class CodeClimateReporter implements Reporter {

  private final ArtifactUris uris;

  /** @param settings its source root and input base make the {@code location.path} of each issue */
  public CodeClimateReporter(ReportSettings settings) {
    this.uris = settings.uris();
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    JsonOutput.write(JsonOutput.TREES, toJson(result), out);
  }

  /** The report as a JSON array. */
  ArrayNode toJson(LintResult result) {
    Set<String> security = new HashSet<>();
    for (RuleDescriptor rule : result.rules()) {
      if (rule.isSecurityRule()) {
        security.add(rule.id());
      }
    }
    Fingerprints fingerprints = new Fingerprints();
    ArrayNode issues = JsonOutput.TREES.createArrayNode();
    for (Finding f : result.findings()) {
      ObjectNode issue = issues.addObject();
      issue.put("type", "issue");
      issue.put("check_name", f.ruleId());
      issue.put("description", SarifResults.message(f));
      issue.putArray("categories").add(security.contains(f.ruleId()) ? "Security" : "Bug Risk");
      issue.put("severity", switch (f.severity()) {
        case ERROR -> "major";
        case WARNING -> "minor";
        case INFO -> "info";
      });
      issue.put("fingerprint", fingerprints.of(f, uris.of(f.file()).toString()));
      ObjectNode location = issue.putObject("location");
      location.put("path", uris.path(f.file()));
      location.putObject("lines").put("begin", f.line());
    }
    return issues;
  }
}
