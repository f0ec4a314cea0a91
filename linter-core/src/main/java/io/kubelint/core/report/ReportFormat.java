package io.kubelint.core.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The output formats, by the name used on the command line ({@code --format text}). New formats are added as
 * constants here; callers list the choices with {@link #names()}.
 */
public enum ReportFormat {

  /** Compiler-style lines with the source line and carets, for people at a terminal. */
  TEXT("text", false, settings -> new TextReporter(settings.colour(), settings.summary())),

  /** One JSON document with the findings and a summary, for scripts. */
  JSON("json", false, settings -> new JsonReporter()),

  /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
  SARIF("sarif", false, SarifReporter::new),

  /** JUnit XML, one test case per object, for Jenkins and GitLab test reports. */
  JUNIT("junit", true, settings -> new JUnitReporter(settings.failOn())),

  /** GitHub Actions workflow commands, which become annotations on the pull request. */
  GITHUB("github", false, GitHubReporter::new),

  /** GitLab's code quality report (Code Climate issues), for the merge request widget. */
  CODECLIMATE("codeclimate", false, CodeClimateReporter::new);

  private final String id;
  private final boolean listsObjects;
  private final Function<ReportSettings, Reporter> factory;

  ReportFormat(String id, boolean listsObjects, Function<ReportSettings, Reporter> factory) {
    this.id = id;
    this.listsObjects = listsObjects;
    this.factory = factory;
  }

  /** The name used on the command line, e.g. {@code sarif}. */
  public String id() {
    return id;
  }

  /**
   * Whether the format reports every linted object, not only those with findings: the run must then be made with
   * {@link io.kubelint.core.lint.LintOptions#withObjectList(boolean) withObjectList(true)}.
   */
  public boolean listsObjects() {
    return listsObjects;
  }

  /** A new reporter of this format. */
  public Reporter create(ReportSettings settings) {
    return factory.apply(settings);
  }

  /**
   * The format called {@code name} (case-insensitive, surrounding blanks ignored).
   *
   * @throws IllegalArgumentException for an unknown name; the message lists the known ones
   */
  public static ReportFormat forName(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (ReportFormat format : values()) {
      if (format.id.equals(wanted)) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "' (expected one of " + String.join(", ", names())
        + ")");
  }

  /** The names of all formats, in declaration order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(ReportFormat::id).toList();
  }
}
