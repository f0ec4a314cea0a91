package io.kubelint.cli;

import io.kubelint.core.report.ReportFormat;

/**
 * One requested report.
 *
 * @param format the format
 * @param file where to write it; {@code -} is stdout
 */
record OutputSpec(ReportFormat format, String file) {
}
