package io.kubelint.maven;

import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.InputError;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.report.ReportFile;
import io.kubelint.core.report.ReportFormat;
import io.kubelint.core.report.ReportSettings;
import io.kubelint.core.schema.ResolvedVersion;
import io.kubelint.core.schema.SchemaCatalog;
import io.kubelint.rules.BuiltinRules;
import io.kubelint.core.rule.RuleSettings;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The {@code kubelint:lint} goal: lints the Kubernetes manifests of the current module in the Maven JVM (no forked
 * process), logs each finding as {@code file:line:col: [rule-id] message} at the level of its severity, writes the
 * reports to the module's own output directory and fails the build on findings at or above {@code failOn}.
 *
 * <p>Bound to the {@code verify} phase, so {@code mvn verify} lints; {@code mvn kubelint:lint} runs it on its own.
 * Each module of a multi-module build lints its own source directories and writes its own reports.
 *
 * <p>Problems with the tool or its configuration (an unknown format or Kubernetes version, a source directory
 * that is a file or cannot be read, a manifest that cannot be read, a report that cannot be written) end the goal
 * with a {@link MojoExecutionException}; findings that fail the build with a {@link MojoFailureException} that
 * gives their count.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class LintMojo extends AbstractMojo {

  /** Skips the goal: nothing is linted and no report is written. */
  @Parameter(property = "kubelint.skip", defaultValue = "false")
  private boolean skip;

  /**
   * The directories whose manifests are linted, relative to the module's basedir. Directories that do not exist
   * are left out. Default: those of {@code src/main/k8s}, {@code src/main/kubernetes} and
   * {@code src/main/resources/k8s} that exist.
   */
  @Parameter(property = "kubelint.sourceDirectories")
  private List<File> sourceDirectories;

  /** Ant-style patterns, relative to each source directory, of the files to lint. */
  @Parameter(property = "kubelint.includes", defaultValue = "**/*.yaml,**/*.yml")
  private List<String> includes;

  /** Ant-style patterns, relative to each source directory, of files not to lint (for example Helm templates). */
  @Parameter(property = "kubelint.excludes")
  private List<String> excludes;

  /**
   * The Kubernetes version whose API the manifests are validated against ({@code 1.31}, {@code v1.31} or
   * {@code 1.31.4}). Default: the newest version kubelint has schemas for.
   */
  @Parameter(property = "kubelint.kubernetesVersion")
  private String kubernetesVersion;

  /**
   * The lowest severity that fails the build: {@code error}, {@code warning}, {@code info}, or {@code none} to
   * never fail on findings.
   */
  @Parameter(property = "kubelint.failOn", defaultValue = "error")
  private String failOn;

  /**
   * Whether findings at or above {@code failOn} fail the build; with {@code false} they are logged and reported and
   * the build goes on.
   */
  @Parameter(property = "kubelint.failOnViolation", defaultValue = "true")
  private boolean failOnViolation;

  /** Where the reports are written, one file per format. */
  @Parameter(property = "kubelint.outputDirectory", defaultValue = "${project.build.directory}/kubelint")
  private File outputDirectory;

  /**
   * The report formats: {@code sarif} (written to {@code kubelint.sarif}), {@code json} ({@code kubelint.json}),
   * {@code junit} ({@code kubelint-junit.xml}), {@code text} ({@code kubelint.txt}) and the other formats of the
   * {@code kubelint lint --format} option.
   */
  @Parameter(property = "kubelint.formats", defaultValue = "sarif")
  private List<String> formats;

  /**
   * Folders of extra JSON Schemas ({@code {kind}-{group}-{version}.json}, as kubeconform users keep them) and
   * CustomResourceDefinition manifests, for custom resources whose CRD lives elsewhere (another module, an
   * operator's release).
   */
  @Parameter(property = "kubelint.schemaDirectories")
  private List<File> schemaDirectories;

  /** Whether custom resources without a CRD or schema go unreported. */
  @Parameter(property = "kubelint.ignoreMissingSchemas", defaultValue = "false")
  private boolean ignoreMissingSchemas;

  /**
   * Rules and rule sets to turn on, by id ({@code security}, {@code pod-security-baseline}, a rule id; see
   * {@code kubelint rules}), as {@code kubelint lint --enable}. Applied before {@code disabledRules}.
   */
  @Parameter(property = "kubelint.enabledRules")
  private List<String> enabledRules;

  /**
   * Rules and rule sets to turn off, by id (see {@code kubelint rules}), as {@code kubelint lint --disable}. Applied
   * after {@code enabledRules}, so a rule both enables and disables is off.
   */
  @Parameter(property = "kubelint.disabledRules")
  private List<String> disabledRules;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("kubelint: skipped (kubelint.skip is true)");
      return;
    }
    FailurePolicy policy = FailurePolicy.of(failOn, failOnViolation);
    List<ReportFormat> reportFormats = ReportFiles.formats(formats);
    Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
    boolean configured = sourceDirectories != null && !sourceDirectories.isEmpty();
    List<Path> candidates = ManifestFiles.candidates(basedir, sourceDirectories);
    List<Path> directories = ManifestFiles.existingDirectories(candidates);
    if (configured) {
      // a folder the POM names explicitly and that is missing is most likely a typo: say so
      for (Path dir : candidates) {
        if (!directories.contains(dir)) {
          getLog().warn("kubelint: source directory " + relative(basedir, dir) + " does not exist");
        }
      }
    }
    if (directories.isEmpty()) {
      getLog().info("kubelint: nothing to lint, no source directory exists (" + String.join(", ", configured
          ? candidates.stream().map(dir -> relative(basedir, dir)).toList() : ManifestFiles.DEFAULT_DIRECTORIES) + ")");
      return;
    }
    List<Path> files = ManifestFiles.scan(directories, includes, excludes);
    if (getLog().isDebugEnabled()) {
      getLog().debug("kubelint: source directories " + directories + ", files " + files);
    }
    LintResult result = linter(basedir).lint(files.stream().map(Input::of).toList());
    FindingLog.write(result, getLog());
    writeReports(result, reportFormats, basedir);
    failOnInputErrors(result);
    if (policy.counted(result) == 0) {
      return;
    }
    String found = "kubelint found " + policy.describe(result);
    if (policy.fails(result)) {
      throw new MojoFailureException(found + "; see the lines above and the reports in "
          + relative(basedir, outputDirectory.toPath()));
    }
    getLog().warn(found + "; the build goes on because failOnViolation is false");
  }

  /** A linter for the configured Kubernetes version that names files relative to {@code basedir}. */
  private Linter linter(Path basedir) throws MojoExecutionException {
    SchemaCatalog catalog;
    try {
      catalog = new SchemaCatalog();
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("kubelint: cannot read the bundled Kubernetes schemas: "
          + e.getCause().getMessage(), e);
    }
    ResolvedVersion version;
    try {
      version = kubernetesVersion == null || kubernetesVersion.isBlank()
          ? catalog.resolve(catalog.defaultVersion()) : catalog.resolve(kubernetesVersion);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("kubelint: kubernetesVersion: " + e.getMessage(), e);
    }
    version.note().ifPresent(note -> getLog().warn("kubelint: " + note));
    List<Path> schemaDirs = schemaDirectories == null ? List.of()
        : schemaDirectories.stream().map(f -> basedir.resolve(f.toPath()).toAbsolutePath().normalize()).toList();
    RuleSettings rules = RuleSettings.DEFAULT;
    for (String id : ids(enabledRules)) {
      rules = rules.with(new RuleSettings.Step(true, id));
    }
    for (String id : ids(disabledRules)) {
      rules = rules.with(new RuleSettings.Step(false, id));
    }
    LintOptions options = LintOptions.defaults(version.requested()).withBaseDir(basedir)
        .withSchemas(schemaDirs, ignoreMissingSchemas).withRules(rules);
    Linter linter = new Linter(options, BuiltinRules.all(), catalog);
    List<RuleSettings.Unknown> unknown = rules.unknown(linter.engine().descriptors());
    if (!unknown.isEmpty()) {
      RuleSettings.Unknown first = unknown.get(0);
      throw new MojoExecutionException("kubelint: " + (first.step().enable() ? "enabledRules" : "disabledRules")
          + ": " + first.message());
    }
    return linter;
  }

  /** The ids of a list parameter: its entries, each split at commas, blanks dropped. */
  private static List<String> ids(List<String> entries) {
    List<String> ids = new ArrayList<>();
    for (String entry : entries == null ? List.<String>of() : entries) {
      for (String id : entry.split(",")) {
        if (!id.isBlank()) {
          ids.add(id.strip());
        }
      }
    }
    return ids;
  }

  /**
   * Writes every report that can be written, each replacing its file in one step, then fails naming each one that
   * could not be written.
   */
  private void writeReports(LintResult result, List<ReportFormat> reportFormats, Path basedir)
      throws MojoExecutionException {
    ReportSettings settings = ReportSettings.defaults(toolVersion()).withInputBase(basedir)
        .withSourceRoot(sourceRoot(basedir));
    Path directory = outputDirectory.toPath().toAbsolutePath().normalize();
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new MojoExecutionException("kubelint: cannot create the report directory " + relative(basedir, directory)
          + ": " + ReportFile.reason(e), e);
    }
    List<String> written = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    IOException first = null;
    for (ReportFormat format : reportFormats) {
      try {
        written.add(ReportFiles.write(format, result, settings, directory).getFileName().toString());
      } catch (IOException e) {
        String failure = "kubelint: cannot write " + relative(basedir, directory.resolve(ReportFiles.fileName(format)))
            + ": " + ReportFile.reason(e);
        getLog().error(failure);
        failures.add(failure);
        first = first == null ? e : first;
      }
    }
    if (!written.isEmpty()) {
      getLog().info("kubelint: reports in " + relative(basedir, directory) + ": " + String.join(", ", written));
    }
    if (!failures.isEmpty()) {
      throw new MojoExecutionException(failures.size() == 1 ? failures.get(0)
          : "kubelint: " + failures.size() + " reports could not be written (see the errors above)", first);
    }
  }

  private void failOnInputErrors(LintResult result) throws MojoExecutionException {
    if (result.errors().isEmpty()) {
      return;
    }
    for (InputError error : result.errors()) {
      getLog().error("kubelint: " + error.display());
    }
    InputError first = result.errors().get(0);
    throw new MojoExecutionException("kubelint: " + first.display()
        + (result.errors().size() > 1 ? " (and " + (result.errors().size() - 1) + " more)" : ""));
  }

  /** The plugin's version, written to SARIF as the tool version. */
  private String toolVersion() {
    return plugin.getVersion() == null ? "dev" : plugin.getVersion();
  }

  /**
   * The folder SARIF artifact URIs are relative to: the root of the git checkout the module lies in (what GitHub
   * code scanning matches URIs against), else the top folder of the Maven build, else the module's basedir.
   */
  private Path sourceRoot(Path basedir) {
    for (Path dir = basedir; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    File top = session.getRequest().getMultiModuleProjectDirectory();
    return top != null && basedir.startsWith(top.toPath().toAbsolutePath().normalize()) ? top.toPath() : basedir;
  }

  private static String relative(Path basedir, Path path) {
    Path abs = basedir.resolve(path).toAbsolutePath().normalize();
    return abs.startsWith(basedir) ? basedir.relativize(abs).toString() : abs.toString();
  }
}
