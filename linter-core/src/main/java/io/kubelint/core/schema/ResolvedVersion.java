package io.kubelint.core.schema;

import java.util.Optional;

/**
 * The Kubernetes version a run asked for and the version whose bundled schemas it uses
 * ({@link SchemaCatalog#resolve}).
 *
 * @param requested what the user named, e.g. {@code 1.29}
 * @param used the version with bundled schemas that stands in for it, e.g. {@code 1.30}; equal to
 *     {@code requested} unless that version has no schemas of its own
 */
public record ResolvedVersion(KubernetesVersion requested, KubernetesVersion used) {

  /** Whether another version's schemas stand in for the requested one. */
  public boolean substituted() {
    return !requested.equals(used);
  }

  /**
   * A one-line note for the user when {@link #substituted()}:
   * {@code no API schemas for Kubernetes 1.29 exist; using 1.30}; empty otherwise.
   */
  public Optional<String> note() {
    return substituted()
        ? Optional.of("no API schemas for Kubernetes " + requested + " exist; using " + used)
        : Optional.empty();
  }
}
