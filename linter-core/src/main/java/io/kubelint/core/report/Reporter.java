package io.kubelint.core.report;

import io.kubelint.core.lint.LintResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes the result of a lint run in one output format. Implementations are stateless and may be used for several
 * runs; get one by name with {@link ReportFormat#forName(String)} and {@link ReportFormat#create(ReportSettings)}.
 */
public interface Reporter {

  /**
   * Writes the whole report for {@code result} to {@code out}, ending with a line break. The writer is flushed but
   * not closed; the caller chooses its encoding (kubelint writes UTF-8). Line breaks are always {@code \n}.
   *
   * @param result findings (already sorted), counts and rules of the run
   * @param out where the report goes
   * @throws IOException when writing to {@code out} fails
   */
  void write(LintResult result, Writer out) throws IOException;
}
