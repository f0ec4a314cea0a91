package io.kubelint.core.builtin;

import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
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
    docs = "https://kubernetes.io/docs/reference/using-api/deprecation-guide/",
    sets = RuleSet.RECOMMENDED)
public final class DeprecatedApi extends RetiredApiRule {

  /** @param lifecycle the table of retired APIs */
  public DeprecatedApi(ApiLifecycle lifecycle) {
    super(lifecycle);
  }

  /** Deprecated, and still served, in the target version. */
  @Override
  boolean reports(ApiLifecycle.Entry entry, RuleContext ctx) {
    return entry.deprecatedAt(ctx.kubernetesVersion());
  }

  @Override
  String message(ApiLifecycle.Entry entry, Optional<ApiLifecycle.Replacement> replacement, RuleContext ctx) {
    return entry.display() + " is deprecated since Kubernetes " + entry.deprecatedIn().orElseThrow()
        + entry.removedIn().map(r -> " and will be removed in " + r).orElse(", with no removal scheduled")
        + replacement.map(r -> "; use " + r.display(entry.kind())).orElse("");
  }
}
