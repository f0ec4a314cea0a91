package io.kubelint.maven;

import io.kubelint.core.lint.LintResult;
import io.kubelint.core.report.ReportFile;
import io.kubelint.core.report.ReportFormat;
import io.kubelint.core.report.ReportSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The report files of the lint goal: one file per requested format in the output directory (each module has its
 * own, {@code target/kubelint} by default), named after the format so formats never overwrite each other.
 */
final class ReportFiles {

  private ReportFiles() {
  }

  /**
   * The formats named in the {@code formats} parameter, in order, each once.
   *
   * @param names format names as {@link ReportFormat#forName} reads them; {@code null} or empty means SARIF
   * @throws MojoExecutionException for an unknown name; the message lists the known ones
   */
  static List<ReportFormat> formats(List<String> names) throws MojoExecutionException {
    if (names == null || names.isEmpty()) {
      return List.of(ReportFormat.SARIF);
    }
    Set<ReportFormat> formats = new LinkedHashSet<>();
    for (String name : names) {
      if (name.isBlank()) {
        continue;
      }
      try {
        formats.add(ReportFormat.forName(name));
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("kubelint: " + e.getMessage() + " in formats", e);
      }
    }
    return new ArrayList<>(formats);
  }

  /**
   * The file name of a format's report: {@code kubelint.sarif}, {@code kubelint.json}, {@code kubelint.txt},
   * {@code kubelint-junit.xml}, {@code kubelint-codeclimate.json}, {@code kubelint-github.txt}; any other format
   * {@code kubelint.<name>}.
   */
  static String fileName(ReportFormat format) {
    return switch (format.id()) {
      case "text" -> "kubelint.txt";
      case "junit" -> "kubelint-junit.xml";
      case "codeclimate" -> "kubelint-codeclimate.json";
      case "github" -> "kubelint-github.txt";
      default -> "kubelint." + format.id();
    };
  }

  /**
   * Writes one report (UTF-8, no colour) into {@code directory}, which must exist; the file is replaced in one step
   * ({@link ReportFile}), so a build that is stopped, or another build writing the same report, never leaves a
   * truncated or mixed file.
   *
   * @return the file written
   * @throws IOException when the file cannot be written ({@link ReportFile#reason} says why)
   */
  static Path write(ReportFormat format, LintResult result, ReportSettings settings, Path directory)
      throws IOException {
    Path file = directory.resolve(fileName(format));
    ReportFile.write(file, out -> format.create(settings.withColour(false)).write(result, out));
    return file;
  }
}
