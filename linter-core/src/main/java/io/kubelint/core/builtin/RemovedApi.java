package io.kubelint.core.builtin;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.ObjectMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.schema.ApiLifecycle;
import io.kubelint.core.schema.KubernetesVersion;
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
    docs = "https://kubernetes.io/docs/reference/using-api/deprecation-guide/")
public final class RemovedApi implements ObjectMatcher {

  private final ApiLifecycle lifecycle;

  /** @param lifecycle the table of retired APIs */
  public RemovedApi(ApiLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void matchObject(KubeObject object, RuleContext ctx) {
    KubernetesVersion target = ctx.kubernetesVersion();
    Optional<ApiLifecycle.Entry> found = RetiredApis.entry(lifecycle, object);
    if (found.isEmpty() || !found.get().removedBy(target) || ctx.resourceType().isPresent()) {
      return;
    }
    ApiLifecycle.Entry entry = found.get();
    Optional<ApiLifecycle.Replacement> replacement = entry.replacementServedBy(ctx.schemas());
    var finding = ctx.report(RetiredApis.API_VERSION).atValue();
    KubernetesVersion removedIn = entry.removedIn().orElseThrow();
    if (replacement.isPresent()) {
      finding.message("%s was removed in Kubernetes %s; use %s", entry.display(), removedIn,
          replacement.get().display(entry.kind()));
    } else {
      finding.message("%s was removed in Kubernetes %s and no API of Kubernetes %s replaces it", entry.display(),
          removedIn, target);
    }
    RetiredApis.finish(finding, entry, replacement);
  }
}
