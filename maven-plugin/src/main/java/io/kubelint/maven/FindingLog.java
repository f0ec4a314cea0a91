package io.kubelint.maven;

import io.kubelint.core.lint.LintResult;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Severity;
import io.kubelint.core.report.TextReporter;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes the findings of a run to the Maven log, where IDEs and CI logs pick up compiler-style lines: one line
 * {@code file:line:col: [rule-id] message} per finding at the log level of its severity (error at ERROR, warning at
 * WARN, info at INFO), followed by its {@code help:} lines at the same level, and a summary line at INFO. Text from
 * manifests is made safe for a terminal first ({@link TextReporter#oneLine}).
 */
final class FindingLog {

  private FindingLog() {
  }

  /**
   * The log line of one finding: {@code file:line:col: [rule-id] message}, the file named as in the reports
   * (relative to the module's basedir), line and column 1-based.
   */
  static String line(Finding f) {
    return TextReporter.oneLine(f.file()) + ':' + f.line() + ':' + f.column() + ": [" + f.ruleId() + "] "
        + TextReporter.oneLine(f.message());
  }

  /** The lines logged for one finding: {@link #line} and then one indented {@code help:} line per help entry. */
  static List<String> lines(Finding f) {
    List<String> lines = new ArrayList<>();
    lines.add(line(f));
    f.help().forEach(h -> lines.add("    help: " + TextReporter.oneLine(h)));
    return lines;
  }

  /**
   * The summary line: {@code kubelint: 1 error, 0 warnings, 0 infos in 2 files (3 documents), Kubernetes 1.36}.
   */
  static String summary(LintResult result) {
    return "kubelint: " + TextReporter.summary(result) + ", Kubernetes " + result.kubernetesVersion();
  }

  /** Logs every finding of {@code result} in order, then the summary line. */
  static void write(LintResult result, Log log) {
    for (Finding f : result.findings()) {
      for (String line : lines(f)) {
        log(log, f.severity(), line);
      }
    }
    log.info(summary(result));
  }

  private static void log(Log log, Severity severity, String line) {
    switch (severity) {
      case ERROR -> log.error(line);
      case WARNING -> log.warn(line);
      case INFO -> log.info(line);
    }
  }
}
