package io.kubelint.maven;

import io.kubelint.core.lint.LintResult;
import io.kubelint.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * When findings fail the build: the {@code failOn} and {@code failOnViolation} parameters of the lint goal.
 *
 * @param threshold the lowest severity that counts against the build; {@code null} for {@code failOn=none}
 * @param failOnViolation whether counted findings fail the build ({@code false}: they are logged and the build
 *     goes on)
 */
record FailurePolicy(Severity threshold, boolean failOnViolation) {

  /**
   * Reads the parameters.
   *
   * @param failOn {@code error}, {@code warning}, {@code info} or {@code none} (case-insensitive)
   * @throws MojoExecutionException for any other {@code failOn}
   */
  static FailurePolicy of(String failOn, boolean failOnViolation) throws MojoExecutionException {
    String text = failOn == null ? "error" : failOn.trim();
    if (text.equalsIgnoreCase("none")) {
      return new FailurePolicy(null, failOnViolation);
    }
    try {
      return new FailurePolicy(Severity.parse(text), failOnViolation);
    } catch (IllegalArgumentException e) {
      // the parse error would repeat the same sentence in other words; the message says it all
      throw new MojoExecutionException("kubelint: failOn must be error, warning, info or none, not '" + failOn + "'");
    }
  }

  /** How many findings are at or above the threshold (0 for {@code failOn=none}). */
  long counted(LintResult result) {
    return threshold == null ? 0
        : result.findings().stream().filter(f -> f.severity().atLeast(threshold)).count();
  }

  /** Whether {@code result} fails the build. */
  boolean fails(LintResult result) {
    return failOnViolation && counted(result) > 0;
  }

  /**
   * What the counted findings are, for the failure message: {@code 2 errors and 1 warning (failOn=warning)}.
   * Only severities at or above the threshold are named.
   */
  String describe(LintResult result) {
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      long n = result.count(s);
      if (threshold != null && s.atLeast(threshold) && n > 0) {
        parts.add(n + " " + s.label() + (n == 1 ? "" : "s"));
      }
    }
    String counts = parts.size() <= 1 ? String.join("", parts)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    return counts + " (failOn=" + (threshold == null ? "none" : threshold.label()) + ")";
  }
}
