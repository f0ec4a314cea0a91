package io.kubelint.core.lint;

import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.RuleDescriptor;
import io.kubelint.core.schema.KubernetesVersion;
import java.util.List;

/**
 * Everything a run found, ready for the reporters.
 *
 * @param findings sorted by file, line, column, rule id
 * @param files number of files (stdin counts as one) that were read
 * @param documents number of non-empty YAML documents
 * @param errors inputs that could not be read, and documents kubelint failed on (out of memory or stack)
 * @param rules every rule of the run (for SARIF's rule list and the docs)
 * @param kubernetesVersion the version the run targeted, as requested ({@link
 *     io.kubelint.core.schema.ResolvedVersion#requested()}); for a minor without schemas of its own (1.29) the
 *     schemas of another version stood in for it, which the caller tells the user ({@link
 *     io.kubelint.core.schema.ResolvedVersion#note()})
 * @param objects every linted object, sorted by file and line, when the run was asked for them
 *     ({@link LintOptions#listObjects()}); empty otherwise
 */
public record LintResult(List<Finding> findings, int files, int documents, List<InputError> errors,
                         List<RuleDescriptor> rules, KubernetesVersion kubernetesVersion, List<LintedObject> objects) {

  /** Copies the lists. */
  public LintResult {
    findings = List.copyOf(findings);
    errors = List.copyOf(errors);
    rules = List.copyOf(rules);
    objects = List.copyOf(objects);
  }

  /** A result without the list of linted objects. */
  public LintResult(List<Finding> findings, int files, int documents, List<InputError> errors,
                    List<RuleDescriptor> rules, KubernetesVersion kubernetesVersion) {
    this(findings, files, documents, errors, rules, kubernetesVersion, List.of());
  }

  /** How many findings have exactly this severity. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** Whether any finding is at least as serious as {@code threshold} ({@code null} threshold: never). */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return threshold != null && findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
