package io.kubelint.core.rule;

import io.kubelint.core.schema.KubernetesVersion;
import io.kubelint.core.schema.SchemaSet;

/**
 * What every rule of a run may consult: the target Kubernetes version and its schemas.
 *
 * @param schemas the served kinds and schemas of the target version
 * @param settings rule choices of the run
 */
public record LintEnvironment(SchemaSet schemas, RuleSettings settings) {

  /**
   * The Kubernetes version being linted against: the one whose schemas are used (for a requested minor without
   * schemas of its own, the one standing in for it, see {@link io.kubelint.core.schema.SchemaCatalog#resolve}).
   */
  public KubernetesVersion kubernetesVersion() {
    return schemas.version();
  }
}
