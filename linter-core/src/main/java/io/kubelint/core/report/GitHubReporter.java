package io.kubelint.core.report;

import io.kubelint.core.lint.InputError;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.model.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the pull request's changed files
 * (<a href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands">Workflow
 * commands for GitHub Actions</a>). One line per finding:
 *
 * <pre>
 * ::error file=deploy/service.yaml,line=11,col=7,endColumn=11,title=unknown-field::unknown field "prot" …%0Ahelp: …
 * </pre>
 *
 * <p>{@code error}, {@code warning} or {@code notice} by severity; {@code file} relative to the source root (the
 * repository, which is the runner's working directory); {@code col} and {@code endColumn} in code points, the end
 * column being the one after the finding, as in SARIF; the message is the finding's message with one
 * {@code help:} line per help entry. Values are escaped the way the runner reads them (the escaping of
 * {@code @actions/core}): in the message {@code %}, CR and LF become {@code %25}, {@code %0D} and {@code %0A}, in
 * properties also {@code :} and {@code ,} become {@code %3A} and {@code %2C}, so text from a manifest can neither
 * end the command nor start another. Control and bidirectional-override characters are shown as U+FFFD, as in the
 * text format. An input that could not be read is an {@code ::error} without a position. The report holds nothing
 * but workflow commands; the command line prints the summary on stderr.
 */
public final class GitHubReporter implements Reporter {

  private final ArtifactUris uris;

  /** @param settings its source root and input base place the {@code file} of each annotation */
  public GitHubReporter(ReportSettings settings) {
    this.uris = settings.uris();
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    for (InputError error : result.errors()) {
      out.write("::error title=kubelint::" + data(error.display()) + "\n");
    }
    for (Finding f : result.findings()) {
      out.write(command(f));
      out.write('\n');
    }
    out.flush();
  }

  /** The workflow command of one finding, without the line break. */
  String command(Finding f) {
    String level = switch (f.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
    return "::" + level
        + " file=" + property(uris.path(f.file()))
        + ",line=" + f.line()
        + ",col=" + f.column()
        + ",endColumn=" + (f.column() + f.length())
        + ",title=" + property(f.ruleId())
        + "::" + data(SarifResults.message(f));
  }

  /** Escapes the message of a command: {@code %}, CR and LF. */
  static String data(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '%' -> out.append("%25");
        case '\r' -> out.append("%0D");
        case '\n' -> out.append("%0A");
        default -> out.appendCodePoint(cp == '\t' ? ' ' : TerminalText.safe(cp));
      }
    });
    return out.toString();
  }

  /** Escapes a property value: as {@link #data}, and {@code :} and {@code ,}. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
