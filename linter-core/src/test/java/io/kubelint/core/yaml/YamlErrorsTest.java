package io.kubelint.core.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain message and position of common YAML mistakes: what people write, what kubelint says, and where. Every
 * input is parsed by the real parser; the document starts on line 1.
 */
class YamlErrorsTest {

  private static final YamlParser PARSER = new YamlParser(YamlLimits.DEFAULT);

  /**
   * @param yaml the document
   * @param at where the finding must point, {@code line:column}
   * @param message what it must say
   */
  record Case(String yaml, String at, String message) {
    @Override
    public String toString() {
      return yaml.replace("\n", "⏎");
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        // keys and list items that do not line up
        new Case("metadata:\n  name: a\n labels:\n   x: y\n", "3:2", "this key does not line up with the keys of "
            + "its mapping (column 1, from line 1); keys of one mapping start in the same column"),
        new Case("spec:\n  containers:\n  - name: a\n    image: b\n   ports: []\n", "5:4", "this key does not line up "
            + "with the keys of its mapping (column 3, from line 2); keys of one mapping start in the same column"),
        new Case("a: x # comment\n  b: 1\n", "2:3", "this key does not line up with the keys of its mapping (column 1, "
            + "from line 1); keys of one mapping start in the same column"),
        new Case("env:\n  - name: A\n    value: x\n   - name: B\n", "4:4", "this list item does not line up with the "
            + "items of its list (column 3, from line 2); items of one list start in the same column"),
        new Case("env:\n  - name: A\n  value: x\n", "3:3", "a key where the list expects an item (column 3, from line "
            + "2); is a '-' missing, or is this key indented too little?"),
        new Case("a:\n  b: 1\n  - c\n", "3:3", "a list item where the mapping expects a key (column 3, from line 2); "
            + "indent the list under its key"),
        new Case("  a: 1\nb: 2\n", "2:1", "this line does not line up with the first line of the document; top-level "
            + "keys (or list items) must start in the same column"),
        new Case("a: 1\nkey\nb: 2\n", "2:1", "expected 'key: value' here; is a ':' missing, or is a line indented "
            + "wrongly?"),
        new Case("metadata:\n  name: x\n    labels: {}\n", "3:11", "unexpected ':' — a value that contains ': ' must be "
            + "quoted, or the indentation is off"),
        // characters a plain value cannot start with
        new Case("command: @echo hi\n", "1:10", "a plain value cannot start with '@'; put the value in quotes"),
        new Case("command: `date`\n", "1:10", "a plain value cannot start with '`'; put the value in quotes"),
        new Case("a: 1\nb: x\u0001y\n", "2:5", "character U+0001 is not allowed in YAML; write it as an escape in a "
            + "double-quoted string (\"\\u0001\")"),
        // brackets: an unclosed one is reported where it opens
        new Case("args: [\"a\", \"b\"\ncmd: x\n", "1:7", "'[' is never closed; a ']' is missing"),
        new Case("a: [1, 2\n", "1:4", "'[' is never closed; a ']' is missing"),
        new Case("- [a, b\n- c\n", "1:3", "'[' is never closed; a ']' is missing"),
        new Case("labels: {app: web\n", "1:9", "'{' is never closed; a '}' is missing"),
        new Case("a: {x: 1 y: 2}\n", "1:11", "expected ',' or '}' here: items of a {…} mapping are separated by commas"),
        new Case("a: [b, {c: d]\n", "1:13", "'{' (opened on line 1) is closed with ']'; close it with '}'"),
        new Case("a: [1, 2]]\n", "1:10", "']' closes nothing here"),
        new Case("a: ]\n", "1:4", "']' closes nothing here; put the value in quotes if it is text"),
        // quotes
        new Case("a: \"x\" y\n", "1:8", "text after the closing \"; put the whole value inside quotes"),
        new Case("a: 'x' y\n", "1:8", "text after the closing '; put the whole value inside quotes"),
        new Case("a: 1\nb: \"never closed\nc: 3\n", "2:4", "quoted string is never closed"),
        // anchors and aliases
        new Case("a: &\n", "1:4", "an anchor needs a name right after the '&'"),
        new Case("a: *\n", "1:4", "an alias needs a name right after the '*'"),
        // guesses: only where the character is outside quotes (and a full-width colon only in key position)
        new Case("kind\uFF1A ConfigMap\nmetadata:\n  name: x\n", "1:5", "full-width colon '\uFF1A' used as a key "
            + "separator; YAML needs an ASCII ':' followed by a space"),
        new Case("metadata:\n  annotations:\n    note: \"\u6642\u523B\uFF1A12\u6642\"\n   bad: indent\n", "4:4",
            "this key does not line up with the keys of its mapping (column 3, from line 2); keys of one mapping start "
            + "in the same column"),
        new Case("a: x\uFF1Ay\nb: c: d\n", "2:5", "unexpected ':' — a value that contains ': ' must be quoted, or the "
            + "indentation is off"),
        new Case("name: {{ .Release.Name }}-x\n", "1:7", "template syntax {{ … }} is not YAML; render the template "
            + "first (helm template, envsubst) and lint the result"),
        new Case("a: \"{{ .Values.x }}\"\nb: [1, 2\n", "2:4", "'[' is never closed; a ']' is missing"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void plainMessageAtTheRightPlace(Case c) {
    YamlProblem p = assertThrows(YamlProblem.class, () -> PARSER.parse(new SourceChunk(0, 1, c.yaml(), 1)));
    assertEquals(c.at() + " " + c.message(), p.line() + ":" + p.column() + " " + p.getMessage());
    assertEquals(YamlProblem.Kind.SYNTAX, p.kind());
  }

  @org.junit.jupiter.api.Test
  void theParsersOwnNotationNeverReachesTheUser() {
    // inputs whose errors have no message of their own: they still read as sentences
    for (String yaml : new String[] {"%YAML 1.b\n---\na: 1\n", "a: |b\n  x\n", "!<x y\n", "%FOO bar\n",
        "a: !x!b c\n", "? a\n? b\nc\n"}) {
      YamlProblem p = assertThrows(YamlProblem.class, () -> PARSER.parse(new SourceChunk(0, 1, yaml, 1)));
      assertFalse(p.getMessage().matches(".*(\\(\\d+\\)|'<|<[a-z ]+>|while scanning|while parsing).*"),
          yaml + " -> " + p.getMessage());
    }
    assertEquals("in a directive: expected a digit, but found 'b'",
        YamlErrors.plain("while scanning a directive: expected a digit, but found b(98)"));
    assertEquals("in a tag: expected '>', but found ' '", YamlErrors.plain("while scanning a tag: expected '>', but "
        + "found ' ' (32)"));
    assertEquals("expected '---', but found the end of the input",
        YamlErrors.plain("expected '<document start>', but found '<stream end>'"));
  }
}
