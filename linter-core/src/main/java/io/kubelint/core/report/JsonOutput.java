package io.kubelint.core.report;

import java.io.IOException;
import java.io.Writer;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes JSON the same way for every JSON-based format: two-space indentation, {@code "name": value}, {@code \n}
 * line breaks on every platform, a final line break, and the caller's writer left open. Jackson 3 mappers are
 * immutable, so the shared instances are safe to use from any thread.
 */
final class JsonOutput {

  /** For JSON trees built by hand: writes exactly what the tree holds, nulls included. */
  static final JsonMapper TREES = builder().build();

  private JsonOutput() {
  }

  /** A mapper builder with the shared layout; the writer is never closed by Jackson. */
  static JsonMapper.Builder builder() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    return JsonMapper.builder()
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .defaultPrettyPrinter(printer);
  }

  /**
   * Writes {@code value} pretty-printed, then a line break, and flushes.
   *
   * @throws IOException when the writer fails (Jackson's unchecked wrapper is unwrapped)
   */
  static void write(JsonMapper mapper, Object value, Writer out) throws IOException {
    try {
      mapper.writerWithDefaultPrettyPrinter().writeValue(out, value);
    } catch (JacksonIOException e) {
      IOException cause = e.getCause();
      throw cause != null ? cause : new IOException(e.getMessage(), e);
    }
    out.write('\n');
    out.flush();
  }
}
