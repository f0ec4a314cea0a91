package io.kubelint.cli;

import io.kubelint.core.lint.LintResult;
import io.kubelint.core.report.ReportFile;
import io.kubelint.core.report.ReportFormat;
import io.kubelint.core.report.ReportSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * One requested report.
 *
 * @param format the format
 * @param file where to write it; {@code -} is stdout
 */
record OutputSpec(ReportFormat format, String file) {

  /**
   * Writes the report to stdout or to its file, which is replaced in one step ({@link ReportFile}); folders are never
   * created. Colour is only ever used on stdout. A failed write to stdout is not thrown here: the
   * {@link StandardOutput} keeps it for {@link KubelintCommand#execute}.
   *
   * @throws IOException when the file cannot be written ({@link ReportFile#reason} says why)
   */
  void write(LintResult result, ReportSettings settings, PrintWriter stdout) throws IOException {
    if (toStdout()) {
      format.create(settings).write(result, stdout);
      stdout.flush();
      return;
    }
    ReportFile.write(Path.of(file), out -> format.create(settings.withColour(false)).write(result, out));
  }

  /** Whether the report goes to stdout. */
  boolean toStdout() {
    return file.equals("-");
  }
}
