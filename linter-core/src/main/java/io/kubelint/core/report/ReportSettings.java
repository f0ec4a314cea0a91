package io.kubelint.core.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the reporters need to know beyond the lint result; each format uses the part it needs.
 *
 * @param colour whether the text format may use ANSI colours (see {@link TextReporter#colourWanted})
 * @param toolVersion the kubelint version to report when the jar manifest has no {@code Implementation-Version}
 *     (SARIF)
 * @param sourceRoot SARIF artifact URIs are written relative to this folder, normally the root of the repository
 *     the manifests live in (GitHub code scanning matches them against the repository's paths)
 * @param inputBase the folder the relative file names in the findings are relative to: the run's
 *     {@link io.kubelint.core.lint.LintOptions#baseDir()}
 */
public record ReportSettings(boolean colour, String toolVersion, Path sourceRoot, Path inputBase) {

  /** Checks for nulls and makes the folders absolute. */
  public ReportSettings {
    Objects.requireNonNull(toolVersion, "toolVersion");
    sourceRoot = sourceRoot.toAbsolutePath().normalize();
    inputBase = inputBase.toAbsolutePath().normalize();
  }

  /** No colour; the working directory as source root and input base. */
  public static ReportSettings defaults(String toolVersion) {
    Path here = Path.of("");
    return new ReportSettings(false, toolVersion, here, here);
  }

  /** A copy with colour on or off. */
  public ReportSettings withColour(boolean on) {
    return new ReportSettings(on, toolVersion, sourceRoot, inputBase);
  }

  /** A copy with another source root. */
  public ReportSettings withSourceRoot(Path root) {
    return new ReportSettings(colour, toolVersion, root, inputBase);
  }

  /** A copy with another input base. */
  public ReportSettings withInputBase(Path base) {
    return new ReportSettings(colour, toolVersion, sourceRoot, base);
  }
}
