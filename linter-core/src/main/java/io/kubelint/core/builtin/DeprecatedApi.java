package io.kubelint.core.builtin;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.ObjectMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.schema.ApiLifecycle;
import java.util.Optional;

/**
 * An apiVersion/kind that the target version still serves but has deprecated, e.g.
 * {@code flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema} under Kubernetes 1.29 to 1.31, {@code v1 Endpoints} from
 * 1.33 on. The finding names the release that removes it (or says that none is scheduled) and the replacement, as
 * the API server's deprecation warning does; it points at the apiVersion value and, when the replacement is a
 * drop-in, offers the fix that rewrites it. The target is the version the user asked for, also where another
 * version's schemas stand in for it. Source: https://kubernetes.io/docs/reference/using-api/deprecation-guide/ and
 * the API lifecycle tags of k8s.io/api (via {@link ApiLifecycle}).
 */
@RuleInfo(id = "deprecated-api", severity = Severity.WARNING,
    summary = "The apiVersion/kind is deprecated in the target version and will be removed",
    rationale = "A deprecated API version keeps working until the release that removes it; kubectl prints a "
        + "\"deprecated in v1.X+, unavailable in v1.Y+\" warning. Moving to the replacement apiVersion before the "
        + "upgrade keeps the manifest applicable.",
    docs = "https://kubernetes.io/docs/reference/using-api/deprecation-guide/")
public final class DeprecatedApi implements ObjectMatcher {

  private final ApiLifecycle lifecycle;

  /** @param lifecycle the table of retired APIs */
  public DeprecatedApi(ApiLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void matchObject(KubeObject object, RuleContext ctx) {
    Optional<ApiLifecycle.Entry> found = RetiredApis.entry(lifecycle, object);
    if (found.isEmpty() || !found.get().deprecatedAt(ctx.kubernetesVersion())) {
      return;
    }
    ApiLifecycle.Entry entry = found.get();
    Optional<ApiLifecycle.Replacement> replacement = entry.replacementServedBy(ctx.schemas());
    var finding = ctx.report(RetiredApis.API_VERSION).atValue();
    finding.message("%s is deprecated since Kubernetes %s%s%s", entry.display(), entry.deprecatedIn().orElseThrow(),
        entry.removedIn().map(r -> " and will be removed in " + r).orElse(", with no removal scheduled"),
        replacement.map(r -> "; use " + r.display(entry.kind())).orElse(""));
    RetiredApis.finish(finding, entry, replacement);
  }
}
