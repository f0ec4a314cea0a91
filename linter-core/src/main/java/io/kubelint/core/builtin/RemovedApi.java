package io.kubelint.core.builtin;

import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.schema.ApiLifecycle;
import java.util.Optional;

/**
 * An apiVersion/kind that Kubernetes stopped serving at or before the target version, e.g. {@code batch/v1beta1
 * CronJob} (removed in 1.25). The finding names the release that removed it and the replacement apiVersion, points at
 * the apiVersion value and, when the replacement is a drop-in, offers the fix that rewrites it. Such objects get no
 * {@code unknown-kind} finding. The target is the version the user asked for, also where another version's schemas
 * stand in for it (1.29). Source of the removals:
 * https://kubernetes.io/docs/reference/using-api/deprecation-guide/ (via {@link ApiLifecycle}).
 */
@RuleInfo(id = "removed-api", severity = Severity.ERROR,
    summary = "The apiVersion/kind was removed from Kubernetes at or before the target version",
    rationale = "Once a release stops serving a deprecated API version, the API server rejects manifests that use it "
        + "(kubectl: \"no matches for kind\"); the object must be written with the replacement apiVersion, "
        + "sometimes with renamed or newly required fields.",
    docs = "https://kubernetes.io/docs/reference/using-api/deprecation-guide/",
    sets = RuleSet.RECOMMENDED)
public final class RemovedApi extends RetiredApiRule {

  /** @param lifecycle the table of retired APIs */
  public RemovedApi(ApiLifecycle lifecycle) {
    super(lifecycle);
  }

  /** Removed at or before the target version, and no CRD or schema of the run defines the apiVersion/kind. */
  @Override
  boolean reports(ApiLifecycle.Entry entry, RuleContext ctx) {
    return entry.removedBy(ctx.kubernetesVersion()) && ctx.resourceType().isEmpty();
  }

  @Override
  String message(ApiLifecycle.Entry entry, Optional<ApiLifecycle.Replacement> replacement, RuleContext ctx) {
    String removed = entry.display() + " was removed in Kubernetes " + entry.removedIn().orElseThrow();
    return replacement.map(r -> removed + "; use " + r.display(entry.kind()))
        .orElseGet(() -> removed + " and no API of Kubernetes " + ctx.kubernetesVersion() + " replaces it");
  }
}
