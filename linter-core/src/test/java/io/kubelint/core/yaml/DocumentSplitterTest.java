package io.kubelint.core.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSplitterTest {

  private static List<SourceChunk> split(String text, int max) {
    List<SourceChunk> chunks = new ArrayList<>();
    new DocumentSplitter(new StringReader(text), max).forEachRemaining(chunks::add);
    return chunks;
  }

  @Test
  void cutsAtDocumentMarkersAndKeepsLineNumbers() {
    List<SourceChunk> chunks = split("# leading comment\n---\na: 1\n---\nb: 2\n...\nc: 3\n", 1000);
    assertEquals(3, chunks.size());
    assertEquals(1, chunks.get(0).startLine());
    assertEquals("# leading comment\n---\na: 1\n", chunks.get(0).text());
    assertEquals(4, chunks.get(1).startLine());
    assertEquals("---\nb: 2\n...\n", chunks.get(1).text());
    assertEquals(7, chunks.get(2).startLine());
    assertEquals("c: 3\n", chunks.get(2).text());
  }

  @Test
  void markerOnlyAtColumnZeroFollowedBySpaceOrEnd() {
    List<SourceChunk> chunks = split("a: |\n  ---\n  text\nb: ---x\n---x: 1\n--- {c: 1}\n", 1000);
    assertEquals(2, chunks.size());
    assertEquals("--- {c: 1}\n", chunks.get(1).text());
    assertEquals(6, chunks.get(1).startLine());
  }

  @Test
  void directivesStayWithTheFollowingDocument() {
    List<SourceChunk> chunks = split("a: 1\n...\n%YAML 1.2\n---\nb: 2\n", 1000);
    assertEquals(2, chunks.size());
    assertEquals("%YAML 1.2\n---\nb: 2\n", chunks.get(1).text());
  }

  @Test
  void dropsByteOrderMarkAndCarriageReturns() {
    List<SourceChunk> chunks = split("\uFEFFa: 1\r\nb: 2\r\n", 1000);
    assertEquals(1, chunks.size());
    assertEquals("a: 1\nb: 2\n", chunks.get(0).text());
  }

  @Test
  void fileWithoutFinalNewlineAndEmptyFile() {
    assertEquals("a: 1\n", split("a: 1", 1000).get(0).text());
    assertTrue(split("", 1000).isEmpty());
  }

  @Test
  void oversizedDocumentIsDroppedButCounted() {
    List<SourceChunk> chunks = split("a: " + "x".repeat(100) + "\n---\nb: 1\n", 50);
    assertEquals(2, chunks.size());
    assertNull(chunks.get(0).text());
    assertTrue(chunks.get(0).oversized());
    assertEquals("---\nb: 1\n", chunks.get(1).text());
    assertEquals(2, chunks.get(1).startLine());
  }
}
