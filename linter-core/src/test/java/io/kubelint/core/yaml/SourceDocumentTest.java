package io.kubelint.core.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.yaml.SourceDocument.Target;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;

class SourceDocumentTest {

  private static SourceDocument parse(String text, int startLine) throws YamlProblem {
    SourceChunk chunk = new SourceChunk(0, startLine, text, text.split("\n").length);
    return new SourceDocument("f.yaml", chunk, new YamlParser(YamlLimits.DEFAULT).parse(chunk).orElseThrow());
  }

  private static void assertSpan(Span span, int line, int column, int length) {
    assertEquals(line, span.line(), "line");
    assertEquals(column, span.column(), "column");
    assertEquals(length, span.length(), "length");
  }

  @Test
  void keysValuesAndSequenceItems() throws YamlProblem {
    SourceDocument doc = parse("""
        spec:
          containers:
            - name: web
              ports:
                - containerPort: 80
                  prot: TCP
        """, 10);
    JsonPointer prot = JsonPointer.compile("/spec/containers/0/ports/0/prot");
    assertSpan(doc.locate(prot, Target.KEY), 15, 11, 4);
    assertSpan(doc.locate(prot, Target.VALUE), 15, 17, 3);
    assertSpan(doc.locate(JsonPointer.compile("/spec/containers/0"), Target.KEY), 12, 7, 1);
    assertSpan(doc.locate(JsonPointer.compile("/spec/containers/0/name"), Target.VALUE), 12, 13, 3);
    assertEquals("          prot: TCP", doc.line(15));
  }

  @Test
  void missingPathPointsAtNearestAncestorKey() throws YamlProblem {
    SourceDocument doc = parse("spec:\n  template:\n    metadata: {}\n", 1);
    Span span = doc.locate(JsonPointer.compile("/spec/template/spec/containers"), Target.KEY);
    assertSpan(span, 2, 3, 8);
    assertFalse(span.exact());
    assertTrue(doc.locate(JsonPointer.compile("/spec/template"), Target.KEY).exact());
  }

  @Test
  void flowStyleQuotedKeysAndNonAscii() throws YamlProblem {
    SourceDocument doc = parse("metadata: {name: \"café\", \"labels\": {tier: back}}\ndata: {ünïcødé: x, after: 1}\n", 1);
    assertSpan(doc.locate(JsonPointer.compile("/metadata/labels"), Target.KEY), 1, 26, 8);
    assertSpan(doc.locate(JsonPointer.compile("/metadata/name"), Target.VALUE), 1, 18, 6);
    assertSpan(doc.locate(JsonPointer.compile("/data/after"), Target.KEY), 2, 20, 5);
  }

  @Test
  void mergeKeysAndDuplicatesFollowTheConverter() throws YamlProblem {
    SourceDocument doc = parse("""
        base: &base
          image: nginx
          port: 80
        web:
          <<: *base
          port: 8080
        dup: 1
        dup: 2
        """, 1);
    assertSpan(doc.locate(JsonPointer.compile("/web/image"), Target.VALUE), 2, 10, 5);
    assertSpan(doc.locate(JsonPointer.compile("/web/port"), Target.VALUE), 6, 9, 4);
    assertSpan(doc.locate(JsonPointer.compile("/dup"), Target.VALUE), 8, 6, 1);
  }

  @Test
  void escapedPointerSegments() throws YamlProblem {
    SourceDocument doc = parse("metadata:\n  annotations:\n    kubernetes.io/ingress.class: nginx\n", 1);
    assertSpan(doc.locate(JsonPointer.compile("/metadata/annotations/kubernetes.io~1ingress.class"), Target.KEY),
        3, 5, 27);
    assertEquals("nginx", doc.scalarText(JsonPointer.compile("/metadata/annotations/kubernetes.io~1ingress.class")));
  }

  @Test
  void onlyOneLinePlainOrQuotedScalarsAreInline() throws YamlProblem {
    SourceDocument doc = parse("""
        a: plain
        b: "quoted"
        c: >-
          folded
        d: "two
          lines"
        e: [x]
        """, 1);
    assertTrue(doc.isInlineScalar(JsonPointer.compile("/a")));
    assertTrue(doc.isInlineScalar(JsonPointer.compile("/b")));
    assertFalse(doc.isInlineScalar(JsonPointer.compile("/c")));
    assertFalse(doc.isInlineScalar(JsonPointer.compile("/d")));
    assertFalse(doc.isInlineScalar(JsonPointer.compile("/e")));
    assertFalse(doc.isInlineScalar(JsonPointer.compile("/missing")));
  }
}
