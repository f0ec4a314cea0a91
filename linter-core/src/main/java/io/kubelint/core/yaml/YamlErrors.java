package io.kubelint.core.yaml;

import java.util.Locale;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Rewrites snakeyaml-engine's scanner and parser errors as plain sentences, positioned where a person should look:
 * the opening quote of an unclosed string or the opening bracket of an unclosed list rather than the end of the
 * file, the tab rather than the token after it, the key that does not line up with its siblings.
 */
final class YamlErrors {

  private static final String FULL_WIDTH_COLON = "\uFF1A";
  private static final String BLOCK_END = "expected <block end>, but found ";

  private YamlErrors() {
  }

  /**
   * The problem a parser error stands for.
   *
   * @param text the document's text, whose first line is line {@code lineOffset + 1} of the file
   */
  static YamlProblem describe(MarkedYamlEngineException e, String text, int lineOffset) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    Mark problemMark = e.getProblemMark().orElse(null);
    Mark contextMark = e.getContextMark().orElse(null);
    Mark at = problemMark != null ? problemMark : contextMark;
    Lines lines = new Lines(text.split("\n", -1), lineOffset);
    YamlProblem guess = lines.guess(at);
    if (guess != null) {
      return guess;
    }
    if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
      int line = at == null ? 0 : at.getLine();
      int col = lines.text(line).indexOf('\t');
      return new YamlProblem(YamlProblem.Kind.SYNTAX, "tab character used for indentation; YAML indents with spaces "
          + "only", line + 1 + lineOffset, col >= 0 ? col + 1 : at == null ? 1 : at.getColumn() + 1);
    }
    if (context.contains("quoted scalar") && contextMark != null) {
      return quoted(problem, problemMark, contextMark, lines);
    }
    if (context.startsWith("while parsing a flow ") && contextMark != null && problemMark != null) {
      return flow(context.contains("sequence"), problem, problemMark, contextMark, lines);
    }
    if (problem.startsWith(BLOCK_END) && problemMark != null) {
      return blockEnd(problem.substring(BLOCK_END.length()), problemMark, contextMark, lines);
    }
    if (problem.startsWith("expected '<document start>', but found '<block") && problemMark != null) {
      return lines.at("this line does not line up with the first line of the document; top-level keys (or list "
          + "items) must start in the same column", problemMark);
    }
    if (problem.startsWith("found character '") && problem.contains("that cannot start any token")) {
      char c = problem.charAt("found character '".length());
      return lines.at(String.format(Locale.ROOT, "a plain value cannot start with '%c'; put the value in quotes", c),
          at);
    }
    if (problem.startsWith("expected the node content, but found '") && problemMark != null) {
      return lines.at(String.format(Locale.ROOT, "'%c' closes nothing here; put the value in quotes if it is text",
          problem.charAt("expected the node content, but found '".length())), problemMark);
    }
    if (problem.contains("mapping values are not allowed")) {
      return lines.at("unexpected ':' — a value that contains ': ' must be quoted, or the indentation is off", at);
    }
    if (problem.contains("could not find expected ':'") && contextMark != null) {
      return lines.at("expected 'key: value' here; is a ':' missing, or is a line indented wrongly?", contextMark);
    }
    if (context.startsWith("while scanning an anchor") || context.startsWith("while scanning an alias")) {
      boolean anchor = context.contains("anchor");
      return lines.at(String.format(Locale.ROOT, "%s needs a name right after the '%c'", anchor ? "an anchor" : "an "
          + "alias", anchor ? '&' : '*'), contextMark != null ? contextMark : at);
    }
    if (problem.startsWith("found undefined alias") || problem.startsWith("found undefined anchor")) {
      return lines.at(plain(problem.replace("found undefined", "undefined")), at);
    }
    if (problem.contains("found duplicate anchor")) {
      return lines.at(plain(problem), at);
    }
    String message = context.isEmpty() ? problem : context + ": " + problem;
    return lines.at(plain(message), at);
  }

  private static YamlProblem quoted(String problem, Mark problemMark, Mark contextMark, Lines lines) {
    if (problem.contains("end of stream") || problem.contains("document separator")) {
      return lines.at("quoted string is never closed", contextMark);
    }
    if (problem.contains("unknown escape character") && problemMark != null) {
      int line = problemMark.getLine();
      int col = problemMark.getColumn();
      String source = lines.text(line);
      int backslash = source.lastIndexOf('\\', Math.min(col, source.length() - 1));
      String escape = backslash >= 0 && backslash + 1 < source.length()
          ? source.substring(backslash, backslash + 2) : "\\?";
      return new YamlProblem(YamlProblem.Kind.SYNTAX, "unknown escape " + escape + " in a double-quoted string; "
          + "only escapes such as \\\" \\\\ \\n \\t are allowed there (write the character itself, or use single "
          + "quotes)", line + 1 + lines.offset, backslash >= 0 ? source.codePointCount(0, backslash) + 1 : col + 1);
    }
    return lines.at("malformed quoted string: " + plain(problem), problemMark != null ? problemMark : contextMark);
  }

  /** A flow list or mapping ({@code [a, b]}, {@code {a: 1}}) that is not closed, or lacks a comma. */
  private static YamlProblem flow(boolean sequence, String problem, Mark problemMark, Mark contextMark, Lines lines) {
    char open = sequence ? '[' : '{';
    char close = sequence ? ']' : '}';
    String got = problem.contains("but got ") ? problem.substring(problem.indexOf("but got ") + 8) : "";
    boolean otherBracket = got.equals(sequence ? "}" : "]");
    if (otherBracket) {
      return lines.at(String.format(Locale.ROOT, "'%c' (opened on line %d) is closed with '%s'; close it with '%c'",
          open, contextMark.getLine() + 1 + lines.offset, got, close), problemMark);
    }
    if (got.startsWith("<stream end>") || got.startsWith("<document") || problemMark.getLine() > contextMark.getLine()) {
      return lines.at(String.format(Locale.ROOT, "'%c' is never closed; a '%c' is missing", open, close),
          contextMark);
    }
    return lines.at(String.format(Locale.ROOT, "expected ',' or '%c' here: items of a %s are separated by commas",
        close, sequence ? "[…] list" : "{…} mapping"), problemMark);
  }

  /** The parser expected a mapping or list to end (or go on), and found something else at {@code problemMark}. */
  private static YamlProblem blockEnd(String found, Mark problemMark, Mark contextMark, Lines lines) {
    String where = contextMark == null ? "" : String.format(Locale.ROOT, " (column %d, from line %d)",
        contextMark.getColumn() + 1, contextMark.getLine() + 1 + lines.offset);
    if (found.equals("'<block mapping start>'")) {
      return lines.at("this key does not line up with the keys of its mapping" + where + "; keys of one mapping "
          + "start in the same column", problemMark);
    }
    if (found.equals("'<block sequence start>'")) {
      return lines.at("this list item does not line up with the items of its list" + where + "; items of one list "
          + "start in the same column", problemMark);
    }
    if (found.equals("'?'")) {
      return lines.at("a key where the list expects an item" + where + "; is a '-' missing, or is this key "
          + "indented too little?", problemMark);
    }
    if (found.equals("'-'")) {
      return lines.at("a list item where the mapping expects a key" + where + "; indent the list under its key",
          problemMark);
    }
    if (found.equals("']'") || found.equals("'}'")) {
      return lines.at(String.format(Locale.ROOT, "'%c' closes nothing here", found.charAt(1)), problemMark);
    }
    if (found.equals("'<scalar>'")) {
      char before = lines.lastBefore(problemMark);
      if (before == '"' || before == '\'' || before == ']' || before == '}') {
        return lines.at(String.format(Locale.ROOT, "text after the closing %c; put the whole value inside quotes",
            before), problemMark);
      }
      return lines.at("unexpected text; is a ':' missing, or is the line indented wrongly?", problemMark);
    }
    return lines.at(plain("expected the end of the block, but found " + found), problemMark);
  }

  /** snakeyaml-engine's names of tokens, and how a person would say them. */
  private static final String[][] TOKENS = {
      {"'<stream end>'", "the end of the input"}, {"'<document start>'", "'---'"}, {"'<document end>'", "'...'"},
      {"'<block end>'", "the end of the block"}, {"<block end>", "the end of the block"},
      {"'<block mapping start>'", "a key"}, {"'<block sequence start>'", "a list item"}, {"'<block entry>'", "'-'"},
      {"'<flow sequence start>'", "'['"}, {"'<flow sequence end>'", "']'"}, {"'<flow mapping start>'", "'{'"},
      {"'<flow mapping end>'", "'}'"}, {"'<flow entry>'", "','"}, {"'<key>'", "'?'"}, {"'<value>'", "':'"},
      {"'<scalar>'", "a value"}, {"'<alias>'", "an alias"}, {"'<anchor>'", "an anchor"}, {"'<tag>'", "a tag"},
      {"'<directive>'", "a directive"}};

  /**
   * One line, no trailing punctuation noise, first letter in lower case as in the other messages, and none of the
   * parser's own notation: {@code found b(98)} and {@code found ' ' (32)} become {@code found 'b'} and
   * {@code found ' '}, token names such as {@code '<stream end>'} the words for them, {@code while scanning a tag}
   * becomes {@code in a tag}.
   */
  static String plain(String message) {
    String m = message.replaceAll("\\s+", " ").trim();
    int in = m.indexOf(" in reader,");
    if (in > 0) {
      m = m.substring(0, in);
    }
    m = m.replaceAll("(found|got) '(.)' \\(\\d+\\)", "$1 '$2'").replaceAll("(found|got) (\\S)\\(\\d+\\)", "$1 '$2'");
    for (String[] token : TOKENS) {
      m = m.replace(token[0], token[1]);
    }
    m = m.replaceAll("\\bwhile (scanning|parsing) ", "in ");
    if (m.endsWith(".")) {
      m = m.substring(0, m.length() - 1);
    }
    return m.isEmpty() ? "invalid YAML" : m.substring(0, 1).toLowerCase(Locale.ROOT) + m.substring(1);
  }

  /** The lines of the document, and the guesses made from them. */
  private record Lines(String[] lines, int offset) {

    String text(int line) {
      return line >= 0 && line < lines.length ? lines[line] : "";
    }

    YamlProblem at(String message, Mark mark) {
      return new YamlProblem(YamlProblem.Kind.SYNTAX, message, mark == null ? offset + 1 : mark.getLine() + 1 + offset,
          mark == null ? 1 : mark.getColumn() + 1);
    }

    YamlProblem at(String message, int line, int charIndex) {
      return new YamlProblem(YamlProblem.Kind.SYNTAX, message, line + 1 + offset,
          text(line).codePointCount(0, charIndex) + 1);
    }

    /**
     * A full-width colon used as a key separator, or template syntax, on the line of the error or the one before:
     * only where it is written outside quotes (a {@code ：} also only in key position, before any ASCII
     * {@code ": "}), so such characters inside values are never blamed.
     */
    YamlProblem guess(Mark mark) {
      if (mark == null) {
        return null;
      }
      for (int l = Math.max(0, mark.getLine() - 1); l <= mark.getLine(); l++) {
        String line = text(l);
        int colon = PlainText.indexOf(line, FULL_WIDTH_COLON);
        int separator = PlainText.keySeparator(line);
        String key = colon < 0 ? "" : line.substring(0, colon).strip();
        key = key.startsWith("- ") ? key.substring(2).strip() : key;
        if (colon >= 0 && (separator < 0 || colon < separator) && !key.isEmpty()) {
          return at("full-width colon '\uFF1A' used as a key separator; YAML needs an ASCII ':' followed by a space", l,
              colon);
        }
      }
      for (int l = mark.getLine(); l >= Math.max(0, mark.getLine() - 1); l--) {
        int template = PlainText.indexOf(text(l), "{{");
        if (template >= 0) {
          return at("template syntax {{ … }} is not YAML; render the template first (helm template, envsubst) and "
              + "lint the result", l, template);
        }
      }
      return null;
    }

    /** The last character before {@code mark} on its line that is not a space, or {@code 0}. */
    char lastBefore(Mark mark) {
      String line = text(mark.getLine());
      int i = Math.min(line.offsetByCodePoints(0, Math.min(mark.getColumn(), line.codePointCount(0, line.length()))),
          line.length()) - 1;
      while (i >= 0 && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
        i--;
      }
      return i >= 0 ? line.charAt(i) : 0;
    }
  }
}
