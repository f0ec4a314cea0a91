package io.kubelint.core.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class YamlParserTest {

  private final YamlParser parser = new YamlParser(YamlLimits.DEFAULT);

  private YamlProblem problem(String text, int startLine, YamlParser p) {
    SourceChunk chunk = new SourceChunk(0, startLine, text, 1);
    return assertThrows(YamlProblem.class, () -> {
      var root = p.parse(chunk).orElseThrow();
      YamlToJson.convert(root, startLine - 1);
    });
  }

  @Test
  void tabIndentationPointsAtTheTab() {
    YamlProblem p = problem("spec:\n\tcontainers: []\n", 5, parser);
    assertEquals(YamlProblem.Kind.SYNTAX, p.kind());
    assertEquals(6, p.line());
    assertEquals(1, p.column());
    assertTrue(p.getMessage().contains("tab"), p.getMessage());
  }

  @Test
  void fullWidthColonIsNamed() {
    YamlProblem p = problem("metadata:\n  name\uFF1A web\n  labels:\n    app: web\n", 1, parser);
    assertEquals(2, p.line());
    assertEquals(7, p.column());
    assertTrue(p.getMessage().contains("full-width colon"), p.getMessage());
  }

  @Test
  void unclosedQuotePointsAtTheOpeningQuote() {
    YamlProblem p = problem("a: 1\nb: \"never closed\nc: 3\n", 1, parser);
    assertEquals(2, p.line());
    assertEquals(4, p.column());
    assertTrue(p.getMessage().contains("never closed"), p.getMessage());
  }

  @Test
  void unknownEscapePointsAtTheBackslash() {
    YamlProblem p = problem("cmd: \"echo it\\'s\"\n", 1, parser);
    assertEquals(1, p.line());
    assertEquals(14, p.column());
    assertTrue(p.getMessage().startsWith("unknown escape \\'"), p.getMessage());
  }

  @Test
  void billionLaughsIsALimitNotAnOutOfMemoryError() {
    StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        yaml.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      yaml.append("]\n");
      prev = c;
    }
    YamlProblem p = problem(yaml.toString(), 1, parser);
    assertEquals(YamlProblem.Kind.LIMIT, p.kind());
  }

  @Test
  void deepNestingIsALimitNotAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    YamlProblem p = problem(deep, 1, parser);
    assertEquals(YamlProblem.Kind.LIMIT, p.kind());
    assertTrue(p.getMessage().contains("500"), p.getMessage());
  }

  @Test
  void manyAliasesAreFineAsLongAsWhatTheyRepeatIsWithinTheNodeLimit() throws YamlProblem {
    StringBuilder pod = new StringBuilder("spec:\n  containers:\n");
    for (int i = 0; i < 120; i++) {
      pod.append("    - name: c").append(i).append("\n      env: ").append(i == 0 ? "&env\n        - {name: A, value: "
          + "\"1\"}\n" : "*env\n");
    }
    SourceChunk chunk = new SourceChunk(0, 1, pod.toString(), 242);
    var json = YamlToJson.convert(parser.parse(chunk).orElseThrow(), 0).json();
    assertEquals("A", json.at("/spec/containers/119/env/0/name").asString());
  }

  @Test
  void tooManyNodesIsReportedWhereTheLimitIsCrossed() {
    YamlParser small = new YamlParser(new YamlLimits(1 << 20, 500, 20));
    YamlProblem aliased = problem("a: &a [1, 2, 3, 4, 5]\nb: [*a, *a, *a]\n", 4, small);
    assertEquals(YamlProblem.Kind.LIMIT, aliased.kind());
    assertEquals(List.of(5, 9), List.of(aliased.line(), aliased.column()), "the alias that crosses the limit");
    assertEquals("document has more than 20 keys and values (counting every repetition an alias makes); it was "
        + "not linted", aliased.getMessage());
    YamlProblem wide = problem("list: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]\n", 1,
        small);
    assertEquals(List.of(1, 66), List.of(wide.line(), wide.column()), "the value that crosses the limit");
  }

  @Test
  void convertsLikeKubectl() throws YamlProblem {
    String text = """
        base: &b {p: 1, q: 2}
        m:
          <<: *b
          q: 3
          y: 4
        n: ~
        mode: 0755
        on: yes
        list: [a, null]
        """;
    SourceChunk chunk = new SourceChunk(0, 1, text, 9);
    YamlToJson.Result r = YamlToJson.convert(parser.parse(chunk).orElseThrow(), 0);
    JsonNode json = r.json();
    assertEquals(1, json.path("m").path("p").asInt());
    assertEquals(3, json.path("m").path("q").asInt(), "explicit keys win over merged ones");
    assertEquals(4, json.path("m").path("true").asInt(), "YAML 1.1 reads the key y as true");
    assertTrue(json.path("n").isMissingNode(), "null entries are dropped");
    assertEquals(493, json.path("mode").asInt());
    assertTrue(json.path("true").asBoolean(), "a boolean key becomes \"true\"");
    assertTrue(json.path("list").get(1).isNull(), "nulls inside lists stay");
    assertEquals(List.of(), r.duplicates());
  }

  @Test
  void duplicateKeysAreReportedAtTheSecondOccurrence() throws YamlProblem {
    SourceChunk chunk = new SourceChunk(0, 3, "env: [a]\nname: x\nenv: [b]\n", 3);
    YamlToJson.Result r = YamlToJson.convert(parser.parse(chunk).orElseThrow(), 2);
    assertEquals(1, r.duplicates().size());
    YamlToJson.DuplicateKey d = r.duplicates().get(0);
    assertEquals("env", d.key());
    assertEquals("/env", d.path().toString());
    assertEquals(5, d.line());
    assertEquals(1, d.column());
    assertEquals(3, d.firstLine());
    assertEquals("b", r.json().path("env").get(0).asString());
  }
}
