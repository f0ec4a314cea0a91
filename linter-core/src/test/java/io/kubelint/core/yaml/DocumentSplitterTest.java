package io.kubelint.core.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  private static List<SourceChunk> split(InputStream in, int max) {
    List<SourceChunk> chunks = new ArrayList<>();
    new DocumentSplitter(in, max).forEachRemaining(chunks::add);
    return chunks;
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  @Test
  void invalidUtf8IsPlacedInItsDocumentAndTheOthersAreRead() {
    byte[] input = bytes("a: 1\n---\nb: \"x\u00e9", 0xFF, "y\"\nc: ", 0xC3, "(\n---\nd: 4\n");
    List<SourceChunk> chunks = split(new ByteArrayInputStream(input), 1000);
    assertEquals(3, chunks.size());
    assertNull(chunks.get(0).undecodable());
    assertEquals("---\nb: \"x\u00e9\uFFFDy\"\nc: \uFFFD(\n", chunks.get(1).text());
    assertEquals(new SourceChunk.Undecodable(3, 7, "0xFF", "UTF-8"), chunks.get(1).undecodable(),
        "the first bad byte of the document, in code points");
    assertEquals("---\nd: 4\n", chunks.get(2).text());
    assertEquals(5, chunks.get(2).startLine());
    assertNull(chunks.get(2).undecodable());
  }

  @Test
  void sequenceCutOffByTheEndOfTheFileIsUndecodable() {
    SourceChunk chunk = split(new ByteArrayInputStream(bytes("a: b", 0xE2, 0x82)), 1000).get(0);
    assertEquals(new SourceChunk.Undecodable(1, 5, "0xE2 0x82", "UTF-8"), chunk.undecodable());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "UTF-8"})
  void byteOrderMarkSelectsTheEncoding(String encoding) {
    String text = "\uFEFFa: \u00e9t\u00e9\r\n---\nb: \uD83D\uDE00\n";
    List<SourceChunk> chunks = split(new ByteArrayInputStream(text.getBytes(Charset.forName(encoding))), 1000);
    assertEquals(2, chunks.size());
    assertEquals("a: \u00e9t\u00e9\n", chunks.get(0).text());
    assertEquals("---\nb: \uD83D\uDE00\n", chunks.get(1).text());
    assertNull(chunks.get(1).undecodable());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
  void withoutAByteOrderMarkTheNullBytesOfAnAsciiFirstCharacterSelectTheEncoding(String encoding) {
    byte[] input = "kind: Pod\n".getBytes(Charset.forName(encoding));
    assertEquals("kind: Pod\n", split(new ByteArrayInputStream(input), 1000).get(0).text());
  }

  @Test
  void unpairedUtf16SurrogateIsUndecodable() {
    byte[] input = bytes(0xFF, 0xFE, "a", 0, ":", 0, " ", 0, 0x00, 0xD8, "x", 0, "\n", 0, "b", 0, 0x00, 0xD8, "\n", 0,
        "-", 0, "-", 0, "-", 0, "\n", 0);
    List<SourceChunk> chunks = split(new ByteArrayInputStream(input), 1000);
    assertEquals(new SourceChunk.Undecodable(1, 4, "0x00 0xD8", "UTF-16LE"), chunks.get(0).undecodable());
    assertEquals("a: \uFFFDx\nb\uFFFD\n", chunks.get(0).text(), "the characters after it, line breaks too, stay");
    assertEquals(3, chunks.get(1).startLine());
  }

  @Test
  void loneCarriageReturnEndsALineAsInYaml() {
    List<SourceChunk> chunks = split("a: 1\r---\rb: 2\r", 1000);
    assertEquals(2, chunks.size());
    assertEquals(2, chunks.get(1).startLine());
  }

  @Test
  void aLineLongerThanTheLimitIsNeverHeldWhole() {
    // 64 Mi characters on one line, streamed: far more than the limit, never materialised by the test either
    long length = 64L << 20;
    InputStream longLine = new InputStream() {
      private long left = length;

      @Override
      public int read() {
        return left-- > 0 ? 'x' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 'x');
        left -= n;
        return n;
      }
    };
    InputStream input = new SequenceInputStream(new SequenceInputStream(
        new ByteArrayInputStream(bytes("a: ")), longLine), new ByteArrayInputStream(bytes("\n---\nb: 2\n")));
    List<SourceChunk> chunks = split(input, 1 << 20);
    assertEquals(2, chunks.size());
    assertTrue(chunks.get(0).oversized());
    assertEquals(1, chunks.get(0).lineCount());
    assertEquals("---\nb: 2\n", chunks.get(1).text());
    assertEquals(2, chunks.get(1).startLine());
  }

  @Test
  void markerAfterAnOversizedLineStillStartsTheNextDocument() {
    List<SourceChunk> chunks = split("a: " + "y".repeat(200) + "\n--- {b: 1}\n", 100);
    assertEquals(2, chunks.size());
    assertTrue(chunks.get(0).oversized());
    assertEquals("--- {b: 1}\n", chunks.get(1).text());
  }
}
