package io.kubelint.cli;

import io.kubelint.core.lint.LintResult;
import io.kubelint.core.report.ReportFormat;
import io.kubelint.core.report.ReportSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One requested report.
 *
 * @param format the format
 * @param file where to write it; {@code -} is stdout
 */
record OutputSpec(ReportFormat format, String file) {

  /**
   * Writes the report to stdout or to its file (creating missing folders). Colour is only ever used on stdout.
   *
   * @throws IOException when the file cannot be written
   */
  void write(LintResult result, ReportSettings settings, PrintWriter stdout) throws IOException {
    if (file.equals("-")) {
      format.create(settings).write(result, stdout);
      stdout.flush();
      return;
    }
    Path path = Path.of(file).toAbsolutePath();
    if (path.getParent() != null) {
      Files.createDirectories(path.getParent());
    }
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      format.create(settings.withColour(false)).write(result, out);
    }
  }
}
