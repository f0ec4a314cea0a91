package io.kubelint.core.rule;

import io.kubelint.core.schema.KubernetesVersion;
import io.kubelint.core.schema.ResolvedVersion;
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
 * @param version the version the user asked for and the one whose schemas are used ({@link SchemaCatalog#resolve});
 *     {@code version.used()} must be the version of {@code run.builtIn()}
 * @param catalog the bundled schemas of every supported version, for {@link #versionsServing}
 */
public record LintEnvironment(RunSchemas run, RuleSettings settings, boolean ignoreMissingSchemas,
                              ResolvedVersion version, SchemaCatalog catalog) {

  /**
   * Checks that the schemas are those of the used version.
   *
   * @throws IllegalArgumentException when {@code run.builtIn()} is of another version than {@code version.used()}
   */
  public LintEnvironment {
    if (!run.builtIn().version().equals(version.used())) {
      throw new IllegalArgumentException("the run's schemas are those of Kubernetes " + run.builtIn().version()
          + ", not of " + version.used());
    }
  }

  /** The bundled schemas of the used version. */
  public SchemaSet schemas() {
    return run.builtIn();
  }

  /**
   * The Kubernetes version the run targets, as requested: the one lifecycle decisions (deprecated, removed) are made
   * for and messages name. For a minor without schemas of its own (1.29) it differs from {@link #schemaVersion()}.
   */
  public KubernetesVersion kubernetesVersion() {
    return version.requested();
  }

  /** The version whose bundled schemas and served-kind index are used (see {@link SchemaCatalog#resolve}). */
  public KubernetesVersion schemaVersion() {
    return version.used();
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
