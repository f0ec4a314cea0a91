package io.kubelint.core.yaml;

import java.util.Locale;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Rewrites snakeyaml-engine's scanner and parser errors as plain sentences, positioned where a person should look:
 * the opening quote of an unclosed string rather than the end of the file, the tab rather than the token after it.
 */
final class YamlErrors {

  private static final char FULL_WIDTH_COLON = '\uFF1A';

  private YamlErrors() {
  }

  static YamlProblem describe(MarkedYamlEngineException e, String text, int lineOffset) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    Mark problemMark = e.getProblemMark().orElse(null);
    Mark contextMark = e.getContextMark().orElse(null);
    Mark at = problemMark != null ? problemMark : contextMark;
    String[] lines = text.split("\n", -1);

    // a full-width colon on the offending line or the one before makes a key look like a plain string
    for (Mark m : new Mark[] {problemMark, contextMark}) {
      if (m == null) {
        continue;
      }
      for (int l = Math.max(0, m.getLine() - 1); l <= m.getLine() && l < lines.length; l++) {
        int col = lines[l].indexOf(FULL_WIDTH_COLON);
        if (col >= 0) {
          return new YamlProblem(YamlProblem.Kind.SYNTAX,
              "full-width colon '\uFF1A' used as a key separator; YAML needs an ASCII ':' followed by a space",
              l + 1 + lineOffset, lines[l].codePointCount(0, col) + 1);
        }
      }
    }
    for (Mark m : new Mark[] {problemMark, contextMark}) {
      if (m != null && m.getLine() < lines.length && lines[m.getLine()].contains("{{")) {
        String line = lines[m.getLine()];
        return new YamlProblem(YamlProblem.Kind.SYNTAX, "template syntax {{ … }} is not YAML; render the template "
            + "first (helm template, envsubst) and lint the result", m.getLine() + 1 + lineOffset,
            line.codePointCount(0, line.indexOf("{{")) + 1);
      }
    }
    if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
      int line = at == null ? 0 : at.getLine();
      int col = line < lines.length ? lines[line].indexOf('\t') : -1;
      return new YamlProblem(YamlProblem.Kind.SYNTAX,
          "tab character used for indentation; YAML indents with spaces only",
          line + 1 + lineOffset, col >= 0 ? col + 1 : at == null ? 1 : at.getColumn() + 1);
    }
    if (context.contains("quoted scalar") && contextMark != null) {
      if (problem.contains("end of stream") || problem.contains("document separator")) {
        return problemAt("quoted string is never closed", contextMark, lineOffset);
      }
      if (problem.contains("unknown escape character") && problemMark != null) {
        int line = problemMark.getLine();
        int col = problemMark.getColumn();
        String source = line < lines.length ? lines[line] : "";
        int backslash = source.lastIndexOf('\\', Math.min(col, source.length() - 1));
        String escape = backslash >= 0 && backslash + 1 < source.length()
            ? source.substring(backslash, backslash + 2) : "\\?";
        return new YamlProblem(YamlProblem.Kind.SYNTAX, "unknown escape " + escape + " in a double-quoted string; "
            + "only escapes such as \\\" \\\\ \\n \\t are allowed there (write the character itself, or use single "
            + "quotes)", line + 1 + lineOffset, backslash >= 0 ? source.codePointCount(0, backslash) + 1 : col + 1);
      }
      return problemAt("malformed quoted string: " + plain(problem), problemMark != null ? problemMark : contextMark,
          lineOffset);
    }
    if (problem.contains("mapping values are not allowed")) {
      return problemAt("unexpected ':' — a value that contains ': ' must be quoted, or the indentation is off",
          at, lineOffset);
    }
    if (problem.contains("could not find expected ':'") && contextMark != null) {
      return problemAt("expected 'key: value' here; is a ':' missing, or is a line indented wrongly?", contextMark,
          lineOffset);
    }
    if (problem.startsWith("found undefined alias") || problem.startsWith("found undefined anchor")) {
      return problemAt(plain(problem.replace("found undefined", "undefined")), at, lineOffset);
    }
    if (problem.contains("found duplicate anchor")) {
      return problemAt(plain(problem), at, lineOffset);
    }
    String message = context.isEmpty() ? problem : context + ": " + problem;
    return problemAt(plain(message), at, lineOffset);
  }

  private static YamlProblem problemAt(String message, Mark mark, int lineOffset) {
    return new YamlProblem(YamlProblem.Kind.SYNTAX, message,
        mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset, mark == null ? 1 : mark.getColumn() + 1);
  }

  /** One line, no trailing punctuation noise, first letter in lower case as in the other messages. */
  static String plain(String message) {
    String m = message.replaceAll("\\s+", " ").trim();
    int in = m.indexOf(" in reader,");
    if (in > 0) {
      m = m.substring(0, in);
    }
    if (m.endsWith(".")) {
      m = m.substring(0, m.length() - 1);
    }
    return m.isEmpty() ? "invalid YAML" : m.substring(0, 1).toLowerCase(Locale.ROOT) + m.substring(1);
  }
}
