package io.kubelint.core.lint;

import io.kubelint.core.rule.RuleSettings;
import io.kubelint.core.schema.KubernetesVersion;
import io.kubelint.core.yaml.YamlLimits;
import java.nio.file.Path;
import java.util.List;

/**
 * Settings of one lint run.
 *
 * @param kubernetesVersion the version whose API the manifests are checked against, as the user named it (a minor
 *     without bundled schemas is resolved by the {@link Linter})
 * @param rules which rules are off and severity overrides
 * @param limits YAML size, depth and alias limits
 * @param threads worker threads for documents (at least 1)
 * @param stdinName how standard input is named in reports
 * @param baseDir files below this folder are named relative to it in reports
 * @param schemaDirs folders of extra JSON Schemas and CRD manifests ({@code --schema-dir})
 * @param ignoreMissingSchemas whether custom resources without a CRD or schema go unreported
 * @param listObjects whether the result lists every linted object ({@link LintResult#objects()}); off by default,
 *     as a long stream of documents would otherwise keep one entry per document in memory
 */
public record LintOptions(KubernetesVersion kubernetesVersion, RuleSettings rules, YamlLimits limits, int threads,
                          String stdinName, Path baseDir, List<Path> schemaDirs, boolean ignoreMissingSchemas,
                          boolean listObjects) {

  /** Checks the values. */
  public LintOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    baseDir = baseDir.toAbsolutePath().normalize();
    schemaDirs = List.copyOf(schemaDirs);
  }

  /** Settings that do not list the linted objects. */
  public LintOptions(KubernetesVersion kubernetesVersion, RuleSettings rules, YamlLimits limits, int threads,
                     String stdinName, Path baseDir, List<Path> schemaDirs, boolean ignoreMissingSchemas) {
    this(kubernetesVersion, rules, limits, threads, stdinName, baseDir, schemaDirs, ignoreMissingSchemas, false);
  }

  /** Defaults for a version: all rules, default limits, one thread per core, {@code <stdin>}, the working directory. */
  public static LintOptions defaults(KubernetesVersion version) {
    return new LintOptions(version, RuleSettings.DEFAULT, YamlLimits.DEFAULT,
        Runtime.getRuntime().availableProcessors(), "<stdin>", Path.of(""), List.of(), false);
  }

  /** A copy with another stdin name. */
  public LintOptions withStdinName(String name) {
    return new LintOptions(kubernetesVersion, rules, limits, threads, name, baseDir, schemaDirs, ignoreMissingSchemas,
        listObjects);
  }

  /** A copy with other rule settings. */
  public LintOptions withRules(RuleSettings settings) {
    return new LintOptions(kubernetesVersion, settings, limits, threads, stdinName, baseDir, schemaDirs,
        ignoreMissingSchemas, listObjects);
  }

  /** A copy with other schema folders and the ignore-missing-schemas choice. */
  public LintOptions withSchemas(List<Path> dirs, boolean ignoreMissing) {
    return new LintOptions(kubernetesVersion, rules, limits, threads, stdinName, baseDir, dirs, ignoreMissing,
        listObjects);
  }

  /** A copy with another Kubernetes version. */
  public LintOptions withKubernetesVersion(KubernetesVersion version) {
    return new LintOptions(version, rules, limits, threads, stdinName, baseDir, schemaDirs, ignoreMissingSchemas,
        listObjects);
  }

  /** A copy with another base folder for the file names in reports (made absolute). */
  public LintOptions withBaseDir(Path folder) {
    return new LintOptions(kubernetesVersion, rules, limits, threads, stdinName, folder, schemaDirs,
        ignoreMissingSchemas, listObjects);
  }

  /** A copy with another thread count. */
  public LintOptions withThreads(int n) {
    return new LintOptions(kubernetesVersion, rules, limits, n, stdinName, baseDir, schemaDirs, ignoreMissingSchemas,
        listObjects);
  }

  /** A copy that lists the linted objects in its result, or not. */
  public LintOptions withObjectList(boolean on) {
    return new LintOptions(kubernetesVersion, rules, limits, threads, stdinName, baseDir, schemaDirs,
        ignoreMissingSchemas, on);
  }
}
