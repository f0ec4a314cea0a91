package io.kubelint.core.report;

import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import io.kubelint.core.lint.InputError;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.model.Finding;
import io.kubelint.core.rule.RuleDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * SARIF 2.1.0 as accepted by GitHub code scanning. Section numbers below refer to the OASIS standard,
 * <a href="https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html">Static Analysis Results Interchange
 * Format (SARIF) Version 2.1.0</a>; what GitHub reads and requires is described in
 * <a href=
 * "https://docs.github.com/en/code-security/reference/code-scanning/sarif-files/sarif-support-for-code-scanning"
 * >SARIF support for code scanning</a> (a result needs {@code message.text} and a location with
 * {@code artifactLocation.uri} and {@code region.startLine}; {@code partialFingerprints} keep alerts apart across
 * runs; {@code properties.security-severity} of a rule, a score from 0.0 to 10.0, makes its results security
 * alerts). The log has {@code $schema} and {@code version} (§3.13) and one run (§3.14) with:
 *
 * <ul>
 *   <li>{@code tool.driver} (§3.18, §3.19): name {@code kubelint}, its version, {@link #INFORMATION_URI} and every
 *       rule of the run (§3.49, see {@link SarifRules}), not only those that reported something;
 *   <li>{@code results} (§3.14.23, §3.27): one per finding, in report order, see {@link SarifResults}. Regions count
 *       columns in Unicode code points, so the run says {@code "columnKind": "unicodeCodePoints"} (§3.14.27), and
 *       {@code endColumn} is the column after the last one (§3.30);
 *   <li>{@code invocations[0]} (§3.20): {@code executionSuccessful} is false when an input could not be read, and
 *       each such input is a {@code toolExecutionNotifications} entry of level error.
 * </ul>
 *
 * <p>Artifact URIs are relative to the source root of the settings (normally the repository root, which
 * is what code scanning expects), with forward slashes; see {@link ArtifactUris}. Partial fingerprints leave out
 * line numbers, so alerts survive unrelated edits; see {@link Fingerprints}.
 *
 * <p>The document is built with the {@code com.contrastsecurity:java-sarif} model and written with Jackson 3, which
 * reads the model's Jackson annotations; properties without a value are left out.
 */
public final class SarifReporter implements Reporter {

  /** The SARIF schema the log names in {@code $schema}. */
  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

  /** Where people learn about kubelint: {@code tool.driver.informationUri}. */
  public static final String INFORMATION_URI = "https://github.com/kubelint/kubelint";

  private final String version;
  private final ArtifactUris uris;

  /**
   * @param settings its tool version is reported when the jar's manifest has no {@code Implementation-Version}
   *     (when running from classes, in tests); artifact URIs are made relative to its source root, for file names
   *     relative to its input base (the run's {@link io.kubelint.core.lint.LintOptions#baseDir()})
   */
  public SarifReporter(ReportSettings settings) {
    this.version = versionOf(SarifReporter.class, settings.toolVersion());
    this.uris = settings.uris();
  }

  /** The {@code Implementation-Version} of the jar that holds {@code type}, or {@code fallback}. */
  static String versionOf(Class<?> type, String fallback) {
    String fromManifest = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
    return fromManifest == null || fromManifest.isBlank() ? Objects.requireNonNull(fallback, "version")
        : fromManifest;
  }

  /** The version this reporter writes in {@code tool.driver.version}. */
  public String version() {
    return version;
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    JsonOutput.write(SarifJson.MAPPER, toSarif(result), out);
  }

  /** The SARIF log of {@code result}. */
  SarifSchema210 toSarif(LintResult result) {
    Set<ReportingDescriptor> rules = new LinkedHashSet<>();
    Map<String, Integer> index = new HashMap<>();
    for (RuleDescriptor rule : result.rules()) {
      if (index.putIfAbsent(rule.id(), index.size()) == null) {
        rules.add(SarifRules.descriptor(rule));
      }
    }
    ToolComponent driver = new ToolComponent()
        .withName("kubelint")
        .withVersion(version)
        .withInformationUri(URI.create(INFORMATION_URI))
        .withRules(rules);
    driver.setLanguage(null);
    driver.setContents(null);
    driver.setIsComprehensive(null);

    SarifResults converter = new SarifResults(uris, index);
    List<Result> results = new ArrayList<>(result.findings().size());
    for (Finding finding : result.findings()) {
      results.add(converter.of(finding));
    }

    Run run = new Run()
        .withTool(new Tool().withDriver(driver))
        .withInvocations(List.of(invocation(result.errors())))
        .withResults(results)
        .withColumnKind(Run.ColumnKind.UNICODE_CODE_POINTS);
    run.setLanguage(null);
    run.setNewlineSequences(null);
    return new SarifSchema210()
        .with$schema(URI.create(SCHEMA_URI))
        .withVersion(SarifSchema210.Version._2_1_0)
        .withRuns(List.of(run));
  }

  private Invocation invocation(List<InputError> errors) {
    Invocation invocation = new Invocation().withExecutionSuccessful(errors.isEmpty());
    if (!errors.isEmpty()) {
      List<Notification> notifications = new ArrayList<>();
      for (InputError error : errors) {
        Location location = new Location().withPhysicalLocation(
            new PhysicalLocation().withArtifactLocation(SarifResults.artifact(uris.of(error.path()))));
        location.setId(null);
        notifications.add(new Notification()
            .withLevel(Notification.Level.ERROR)
            .withMessage(new Message().withText(error.display()))
            .withLocations(Set.of(location)));
      }
      invocation.setToolExecutionNotifications(notifications);
    }
    return invocation;
  }
}
