package io.kubelint.core.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * Decodes a byte stream as YAML text without ever failing on bad bytes: each malformed byte sequence becomes one
 * U+FFFD character, and its place in the character stream and its bytes are kept for {@link #undecodableAt}, so the
 * document that holds it can be reported at its line and column while the other documents are read normally.
 *
 * <p>The encoding is detected from the first bytes as YAML 1.2 specifies (§5.2, "Character Encodings"): a
 * byte-order mark selects UTF-32 (LE/BE), UTF-16 (LE/BE) or UTF-8; without one, the null bytes around a first ASCII
 * character do; everything else is UTF-8. The byte-order mark itself is decoded (as U+FEFF) and left to the
 * caller to drop.
 */
final class TextDecoder extends Reader {

  /** A malformed byte sequence: where its U+FFFD is in the character stream, and its bytes ({@code 0xC3 0x28}). */
  record Undecodable(long at, String bytes) {
  }

  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

  private final InputStream in;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final ArrayDeque<Undecodable> undecodable = new ArrayDeque<>();
  private CharsetDecoder decoder;
  private int unitWidth;
  private long produced;
  private boolean inputDone;
  private boolean flushed;

  /** @param in the bytes; closed by the caller */
  TextDecoder(InputStream in) {
    this.in = in;
    bytes.flip();
  }

  /** The encoding in use: {@code UTF-8}, {@code UTF-16LE}…; known once the first character has been read. */
  String encoding() {
    return decoder == null ? "UTF-8" : decoder.charset().name();
  }

  /**
   * The malformed sequence whose U+FFFD is character {@code index} of the stream (0-based), if any. Indexes must be
   * asked in increasing order; earlier entries are dropped.
   */
  Undecodable undecodableAt(long index) {
    while (!undecodable.isEmpty() && undecodable.peekFirst().at() < index) {
      undecodable.pollFirst();
    }
    return !undecodable.isEmpty() && undecodable.peekFirst().at() == index ? undecodable.pollFirst() : null;
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    if (decoder == null) {
      Charset charset = detect();
      unitWidth = charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE) ? 2 : 0;
      decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
    CharBuffer out = CharBuffer.wrap(buffer, off, len);
    while (out.hasRemaining() && !flushed) {
      CoderResult result = decoder.decode(bytes, out, inputDone);
      if (result.isOverflow()) {
        break;
      }
      if (result.isUnderflow()) {
        if (inputDone) {
          decoder.flush(out);
          flushed = true;
        } else if (out.position() > off) {
          break; // hand out what is decoded rather than wait for more input
        } else {
          fill();
        }
        continue;
      }
      // malformed or unmappable: one U+FFFD for the sequence, remembered with its bytes; of a UTF-16 high
      // surrogate without its low one, only the surrogate, so that a line break after it still counts
      int length = unitWidth == 2 ? Math.min(2, result.length()) : result.length();
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < length; i++) {
        hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes.get() & 0xFF));
      }
      undecodable.addLast(new Undecodable(produced + out.position() - off, hex.toString()));
      out.put('\uFFFD');
    }
    int n = out.position() - off;
    produced += n;
    return n == 0 && flushed ? -1 : n;
  }

  /** Reads more bytes after those not yet decoded. */
  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      inputDone = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private Charset detect() throws IOException {
    while (bytes.remaining() < 4 && !inputDone) {
      fill();
    }
    int n = bytes.remaining();
    int b0 = n > 0 ? bytes.get(0) & 0xFF : -1;
    int b1 = n > 1 ? bytes.get(1) & 0xFF : -1;
    int b2 = n > 2 ? bytes.get(2) & 0xFF : -1;
    int b3 = n > 3 ? bytes.get(3) & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && (b2 == 0xFE && b3 == 0xFF || b2 == 0 && b3 > 0)) {
      return UTF_32BE;
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return UTF_32LE;
    }
    if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 > 0) {
      return StandardCharsets.UTF_16BE;
    }
    if (b0 == 0xFF && b1 == 0xFE || b0 > 0 && b0 < 0x80 && b1 == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return StandardCharsets.UTF_8;
  }

  @Override
  public void close() {
    // the caller owns the stream
  }
}
