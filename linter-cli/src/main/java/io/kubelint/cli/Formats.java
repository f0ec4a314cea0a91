package io.kubelint.cli;

import io.kubelint.core.lint.LintResult;
import io.kubelint.core.report.ReportSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the reporter of each requested output. */
final class Formats {

  private Formats() {
  }

  /**
   * Writes one report to stdout or to its file (creating missing folders). Colour is only ever used on stdout.
   *
   * @throws IOException when the file cannot be written
   */
  static void write(OutputSpec target, LintResult result, ReportSettings settings, PrintWriter stdout)
      throws IOException {
    if (target.file().equals("-")) {
      target.format().create(settings).write(result, stdout);
      stdout.flush();
      return;
    }
    Path file = Path.of(target.file()).toAbsolutePath();
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      target.format().create(settings.withColour(false)).write(result, out);
    }
  }
}
