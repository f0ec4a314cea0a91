package io.kubelint.core.rule;

import io.kubelint.core.schema.KubernetesVersion;
import io.kubelint.core.schema.RunSchemas;
import io.kubelint.core.schema.SchemaCatalog;
import io.kubelint.core.schema.SchemaSet;
import java.util.List;

/**
 * What every rule of a run may consult: the target Kubernetes version, the built-in schemas standing in for it, the
 * custom kinds the run has learnt, and the bundled indexes of the other supported versions.
 *
 * @param run built-in and custom schemas of the run
 * @param settings rule choices of the run
 * @param ignoreMissingSchemas whether a custom resource without a CRD or schema goes unreported
 *     ({@code --ignore-missing-schemas})
 * @param requested the version the user asked for; the schemas of {@code run.builtIn()} are those of it, or of
 *     the version standing in for it ({@link SchemaCatalog#resolve})
 * @param catalog the bundled schemas of every supported version, for {@link #versionsServing}
 */
public record LintEnvironment(RunSchemas run, RuleSettings settings, boolean ignoreMissingSchemas,
                              KubernetesVersion requested, SchemaCatalog catalog) {

  /** The bundled schemas of the used version. */
  public SchemaSet schemas() {
    return run.builtIn();
  }

  /**
   * The Kubernetes version the run targets, as requested: the one lifecycle decisions (deprecated, removed) are made
   * for and messages name. For a minor without schemas of its own (1.29) it differs from {@link #schemaVersion()}.
   */
  public KubernetesVersion kubernetesVersion() {
    return requested;
  }

  /** The version whose bundled schemas and served-kind index are used (see {@link SchemaCatalog#resolve}). */
  public KubernetesVersion schemaVersion() {
    return run.builtIn().version();
  }

  /**
   * The supported versions whose bundled index serves {@code apiVersion}/{@code kind}, oldest first; reads the
   * indexes not read yet, so call it only for kinds the used version does not serve.
   *
   * @throws java.io.UncheckedIOException when a bundled index cannot be read
   */
  public List<KubernetesVersion> versionsServing(String apiVersion, String kind) {
    return catalog.versionsServing(apiVersion, kind);
  }
}
