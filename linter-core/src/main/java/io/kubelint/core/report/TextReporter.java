package io.kubelint.core.report;

import io.kubelint.core.lint.LintResult;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Fix;
import io.kubelint.core.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The format for people, in the style of rustc and ESLint. Each finding is written as
 *
 * <pre>
 * deploy.yaml:10:7: error [unknown-field] unknown field "prot" in ServicePort at spec.ports[0]
 *    10 |     - prot: 80
 *       |       ^^^^
 *       = help: did you mean "port"?
 * </pre>
 *
 * <p>that is {@code file:line:column: severity [rule-id] message}, the source line (when the finding has one) under
 * a gutter with its line number, carets under the code points the finding spans (tabs and wide characters are
 * allowed for, see {@link SourceExcerpt}), and one {@code = help:} line per help entry and per fix whose
 * description the help does not already give. A blank line follows each finding, and the report ends with a
 * summary: {@code 3 errors, 1 warning, 0 infos in 2 files (5 documents)}, or
 * {@code no problems found in 12 files (20 documents)}.
 *
 * <p>Text taken from manifests (messages, help, source lines, file names) is printed with control and
 * bidirectional-override characters replaced by U+FFFD, so a hostile manifest cannot drive the terminal.
 */
public final class TextReporter implements Reporter {

  private static final String RESET = "\u001b[0m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String BLUE = "\u001b[34m";

  private final boolean colour;
  private final boolean summary;

  /**
   * @param colour whether to colour the output with ANSI escape sequences: severities and carets in red
   *     (error), yellow (warning) or blue (info), rule ids dim. Decide with {@link #colourWanted}.
   */
  public TextReporter(boolean colour) {
    this(colour, true);
  }

  /**
   * @param colour as for {@link #TextReporter(boolean)}
   * @param summary whether the report ends with the {@link #summary} line
   */
  public TextReporter(boolean colour, boolean summary) {
    this.colour = colour;
    this.summary = summary;
  }

  /**
   * Whether to colour by default, following <a href="https://no-color.org">no-color.org</a>: never when the
   * environment variable {@code NO_COLOR} is set to a non-empty value, nor when {@code TERM} is {@code dumb};
   * otherwise only when the output is a terminal. An explicit command-line choice should override this.
   *
   * @param isTerminal whether the output goes to a terminal (e.g. {@code System.console() != null})
   * @param env the environment, e.g. {@link System#getenv()}
   */
  public static boolean colourWanted(boolean isTerminal, Map<String, String> env) {
    String noColour = env.get("NO_COLOR");
    if (noColour != null && !noColour.isEmpty()) {
      return false;
    }
    return isTerminal && !"dumb".equals(env.get("TERM"));
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    for (Finding finding : result.findings()) {
      out.write(render(finding));
      out.write('\n');
    }
    if (summary) {
      out.write(summary(result));
      out.write('\n');
    }
    out.flush();
  }

  /**
   * The first line of a finding, {@code file:line:column: severity [rule-id] message}, without a line break; text
   * from the manifest made safe with {@link TerminalText#clean}. Also the line JUnit reports carry.
   *
   * @param colour whether to colour the severity and the rule id
   */
  static String headline(Finding f, boolean colour) {
    return TerminalText.clean(f.file()) + ':' + f.line() + ':' + f.column() + ": "
        + paint(colour, colourOf(f.severity()), f.severity().label()) + ' '
        + paint(colour, DIM, "[" + f.ruleId() + "]") + ' '
        + TerminalText.clean(f.message());
  }

  /** The lines of one finding, each ending with a line break. */
  String render(Finding f) {
    StringBuilder sb = new StringBuilder(256);
    String severityColour = colourOf(f.severity());
    sb.append(headline(f, colour)).append('\n');
    String lineNumber = Integer.toString(f.line());
    String gutter = " ".repeat(Math.max(5, lineNumber.length() + 1));
    if (f.sourceLine() != null) {
      SourceExcerpt excerpt = SourceExcerpt.of(f.sourceLine(), f.column(), f.length());
      sb.append(gutter, lineNumber.length(), gutter.length()).append(lineNumber).append(" |");
      if (!excerpt.text().isEmpty()) {
        sb.append(' ').append(excerpt.text());
      }
      sb.append('\n').append(gutter).append(" | ").append(" ".repeat(excerpt.caretOffset()))
          .append(paint(colour, severityColour, "^".repeat(excerpt.caretWidth()))).append('\n');
    }
    for (String help : f.help()) {
      sb.append(gutter).append(" = help: ").append(TerminalText.clean(help)).append('\n');
    }
    for (Fix fix : f.fixes()) {
      if (addsToHelp(fix, f)) {
        sb.append(gutter).append(" = help: ").append(TerminalText.clean(fix.description())).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * Whether a fix's description tells more than the help lines: not when a help line says the same or starts with
   * it ({@code use 0 for Sunday: robfig/cron …} next to {@code use 0 for Sunday}), or already names the replacement
   * text ({@code did you mean "port"?} next to {@code rename to "port"}).
   */
  private static boolean addsToHelp(Fix fix, Finding f) {
    if (fix.description() == null || fix.description().isBlank()) {
      return false;
    }
    for (String help : f.help()) {
      if (help.regionMatches(true, 0, fix.description(), 0, fix.description().length())
          || (fix.replacement() != null && !fix.replacement().isBlank() && help.contains(fix.replacement()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last line: counts by severity, files and documents; never coloured. Other front ends (the Maven plugin)
   * print the same line.
   *
   * @return {@code 3 errors, 1 warning, 0 infos in 2 files (5 documents)} or
   *     {@code no problems found in 12 files (20 documents)}
   */
  public static String summary(LintResult result) {
    String where = " in " + count(result.files(), "file", "files") + " ("
        + count(result.documents(), "document", "documents") + ")";
    if (result.findings().isEmpty()) {
      return "no problems found" + where;
    }
    return count(result.count(Severity.ERROR), "error", "errors") + ", "
        + count(result.count(Severity.WARNING), "warning", "warnings") + ", "
        + count(result.count(Severity.INFO), "info", "infos") + where;
  }

  /**
   * {@code text} from a manifest (a message, a file name) made safe for one line of terminal or log output: tabs
   * and line breaks become spaces, control and bidirectional-override characters U+FFFD.
   */
  public static String oneLine(String text) {
    return TerminalText.clean(text);
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String colourOf(Severity severity) {
    return switch (severity) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case INFO -> BLUE;
    };
  }

  private static String paint(boolean colour, String ansi, String text) {
    return colour ? ansi + text + RESET : text;
  }
}
