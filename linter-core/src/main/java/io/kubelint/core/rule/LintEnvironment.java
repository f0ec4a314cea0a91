package io.kubelint.core.rule;

import io.kubelint.core.schema.KubernetesVersion;
import io.kubelint.core.schema.RunSchemas;
import io.kubelint.core.schema.SchemaSet;

/**
 * What every rule of a run may consult: the target Kubernetes version, its built-in schemas and the custom kinds
 * the run has learnt.
 *
 * @param run built-in and custom schemas of the run
 * @param settings rule choices of the run
 * @param ignoreMissingSchemas whether a custom resource without a CRD or schema goes unreported
 *     ({@code --ignore-missing-schemas})
 */
public record LintEnvironment(RunSchemas run, RuleSettings settings, boolean ignoreMissingSchemas) {

  /** The bundled schemas of the target version. */
  public SchemaSet schemas() {
    return run.builtIn();
  }

  /**
   * The Kubernetes version being linted against: the one whose schemas are used (for a requested minor without
   * schemas of its own, the one standing in for it, see {@link io.kubelint.core.schema.SchemaCatalog#resolve}).
   */
  public KubernetesVersion kubernetesVersion() {
    return run.builtIn().version();
  }
}
