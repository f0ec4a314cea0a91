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
  TEXT("text", settings -> new TextReporter(settings.colour())),

  /** One JSON document with the findings and a summary, for scripts. */
  JSON("json", settings -> new JsonReporter()),

  /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
  SARIF("sarif", settings -> new SarifReporter(settings.toolVersion(), settings.sourceRoot(), settings.inputBase()));

  private final String id;
  private final Function<ReportSettings, Reporter> factory;

  ReportFormat(String id, Function<ReportSettings, Reporter> factory) {
    this.id = id;
    this.factory = factory;
  }

  /** The name used on the command line, e.g. {@code sarif}. */
  public String id() {
    return id;
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
