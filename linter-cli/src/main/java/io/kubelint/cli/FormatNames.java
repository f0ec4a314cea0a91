package io.kubelint.cli;

import io.kubelint.core.report.ReportFormat;
import java.util.Iterator;

/** The names of the report formats, for picocli's help and completion. */
final class FormatNames implements Iterable<String> {

  @Override
  public Iterator<String> iterator() {
    return ReportFormat.names().iterator();
  }
}
