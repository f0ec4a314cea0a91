package io.kubelint.core.report;

import io.kubelint.core.model.Severity;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the reporters need to know beyond the lint result; each format uses the part it needs.
 *
 * @param colour whether the text format may use ANSI colours (see {@link TextReporter#colourWanted})
 * @param toolVersion the kubelint version to report when the jar manifest has no {@code Implementation-Version}
 *     (SARIF)
 * @param sourceRoot SARIF artifact URIs, GitHub annotation files and Code Climate paths are written relative to this
 *     folder, normally the root of the repository the manifests live in (GitHub and GitLab match them against the
 *     repository's paths)
 * @param inputBase the folder the relative file names in the findings are relative to: the run's
 *     {@link io.kubelint.core.lint.LintOptions#baseDir()}
 * @param failOn the lowest severity that fails the run (the command's {@code --fail-on}), or {@code null} for none:
 *     JUnit reports such findings as test failures and the others as test output
 * @param summary whether the text format ends with the summary line ({@code --quiet} leaves it out)
 */
public record ReportSettings(boolean colour, String toolVersion, Path sourceRoot, Path inputBase, Severity failOn,
                             boolean summary) {

  /** Checks for nulls and makes the folders absolute. */
  public ReportSettings {
    Objects.requireNonNull(toolVersion, "toolVersion");
    sourceRoot = sourceRoot.toAbsolutePath().normalize();
    inputBase = inputBase.toAbsolutePath().normalize();
  }

  /** Settings with the summary line in the text format. */
  public ReportSettings(boolean colour, String toolVersion, Path sourceRoot, Path inputBase, Severity failOn) {
    this(colour, toolVersion, sourceRoot, inputBase, failOn, true);
  }

  /** No colour; the working directory as source root and input base; errors fail. */
  public static ReportSettings defaults(String toolVersion) {
    Path here = Path.of("");
    return new ReportSettings(false, toolVersion, here, here, Severity.ERROR, true);
  }

  /** A copy with colour on or off. */
  public ReportSettings withColour(boolean on) {
    return new ReportSettings(on, toolVersion, sourceRoot, inputBase, failOn, summary);
  }

  /** A copy with another source root. */
  public ReportSettings withSourceRoot(Path root) {
    return new ReportSettings(colour, toolVersion, root, inputBase, failOn, summary);
  }

  /** A copy with another input base. */
  public ReportSettings withInputBase(Path base) {
    return new ReportSettings(colour, toolVersion, sourceRoot, base, failOn, summary);
  }

  /** A copy with another fail-on severity ({@code null}: nothing fails). */
  public ReportSettings withFailOn(Severity severity) {
    return new ReportSettings(colour, toolVersion, sourceRoot, inputBase, severity, summary);
  }

  /** A copy with or without the text format's summary line. */
  public ReportSettings withSummary(boolean on) {
    return new ReportSettings(colour, toolVersion, sourceRoot, inputBase, failOn, on);
  }

  /** Artifact URIs and paths relative to the source root, for file names relative to the input base. */
  ArtifactUris uris() {
    return new ArtifactUris(sourceRoot, inputBase);
  }
}
