package io.kubelint.core.builtin;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.FindingBuilder;
import io.kubelint.core.rule.ObjectMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.schema.ApiLifecycle;
import io.kubelint.core.schema.KubernetesVersion;
import io.kubelint.core.schema.ResourceType;
import io.kubelint.core.schema.SchemaSet;
import io.kubelint.core.text.DidYouMean;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonPointer;

/**
 * An apiVersion/kind that the target Kubernetes version does not serve and that no schema was given for. Such an
 * object cannot be validated; the finding says what is known instead:
 * <ul>
 *   <li>another supported Kubernetes version serves it (its bundled index is consulted only now, for the first such
 *       object): the manifest is written for another release than the target ({@code resource.k8s.io/v1beta1
 *       DeviceClass} under 1.30) and the finding names the releases that serve it, points at the apiVersion and
 *       suggests the apiVersion the target serves the kind under; {@code --ignore-missing-schemas} does not silence
 *       it, as it is no custom resource;</li>
 *   <li>the apiVersion has a kind of a close name (a misspelt kind);</li>
 *   <li>the target serves the kind under another apiVersion ({@code v1 Deployment}): the finding points at the
 *       apiVersion and suggests it, with a fix when there is exactly one;</li>
 *   <li>otherwise, for an unknown group or version, a custom resource without a CRD or schema.</li>
 * </ul>
 * When the apiVersion's group is a built-in group that the target serves ({@code v1}, {@code apps}, …), the object
 * cannot be a custom resource (a CRD cannot define kinds in a built-in group) and the API server refuses it, so the
 * finding is an error: a kind in the wrong case ({@code configmap}), a kind of another group ({@code v1}
 * {@code PodDisruptionBudget}), a version of the group the target does not serve. For other groups it is a warning:
 * a CRD may be installed that this run does not see. An apiVersion that differs from a served one only in case
 * ({@code Apps/v1}) is an error with the fix.
 *
 * <p>An apiVersion/kind that the {@link ApiLifecycle} table lists as removed at or before the target version is left
 * to {@code removed-api}, which names the release that removed it and the replacement. The target is the version
 * the user asked for; where another version's schemas stand in for it (1.29), the served kinds are those of the
 * stand-in. Source: https://kubernetes.io/docs/reference/using-api/#api-groups and the served apiVersion/kind index
 * of every bundled version.
 */
@RuleInfo(id = "unknown-kind", severity = Severity.WARNING,
    summary = "The apiVersion/kind is not served by the target Kubernetes version and has no CRD or schema",
    rationale = "kubectl fails with \"no matches for kind\" when the cluster does not serve an apiVersion/kind; a "
        + "custom resource needs its CustomResourceDefinition installed first. Without a schema the object's fields "
        + "cannot be checked.",
    docs = "https://kubernetes.io/docs/reference/using-api/#api-groups",
    sets = RuleSet.RECOMMENDED)
public final class UnknownKind implements ObjectMatcher {

  private static final JsonPointer KIND = JsonPointer.compile("/kind");
  private static final JsonPointer API_VERSION = JsonPointer.compile("/apiVersion");

  private final ApiLifecycle lifecycle;

  /** @param lifecycle the table of retired APIs, whose removed apiVersion/kinds this rule leaves alone */
  public UnknownKind(ApiLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void matchObject(KubeObject object, RuleContext ctx) {
    String apiVersion = object.ref().apiVersion();
    String kind = object.ref().kind();
    if (apiVersion == null || kind == null) {
      return;
    }
    if (ctx.resourceType().isPresent()) {
      String failure = ctx.schemaFailure();
      if (failure != null) {
        ctx.report(KIND).atValue()
            .message("the schema of %s %s cannot be used, so its fields are not checked: %s", apiVersion, kind,
                failure)
            .emit();
      }
      return;
    }
    KubernetesVersion target = ctx.kubernetesVersion();
    if (lifecycle.find(apiVersion, kind).filter(e -> e.removedBy(target)).isPresent()) {
      return;
    }
    SchemaSet schemas = ctx.schemas();
    Optional<String> apiVersionCase = schemas.resources().stream().map(r -> r.apiVersion())
        .filter(v -> v.equalsIgnoreCase(apiVersion) && !v.equals(apiVersion)).findFirst();
    if (apiVersionCase.isPresent()) {
      ctx.report(API_VERSION).atValue().severity(Severity.ERROR)
          .message("apiVersion %s is not served by Kubernetes %s: apiVersions are case-sensitive", apiVersion,
              target)
          .fixValue("use apiVersion " + apiVersionCase.get(), apiVersionCase.get())
          .emit();
      return;
    }
    Severity severity = schemas.servesGroup(object.group()) ? Severity.ERROR : Severity.WARNING;
    List<String> servedAs = schemas.apiVersionsOf(kind);
    List<KubernetesVersion> servedBy = ctx.versionsServing(apiVersion, kind);
    if (!servedBy.isEmpty()) {
      var finding = ctx.report(API_VERSION).atValue().severity(severity)
          .message("%s %s is served by Kubernetes %s; you target %s", apiVersion, kind,
              KubernetesVersion.ranges(servedBy), target);
      suggestApiVersions(finding, kind, servedAs, "Kubernetes " + target + " serves " + kind + " as ");
      if (servedAs.isEmpty()) {
        finding.help("Kubernetes " + target + " serves no " + kind + " under any apiVersion: check the version "
            + "your cluster runs (kubectl version)");
      }
      finding.emit();
      return;
    }
    String k8s = "Kubernetes " + target;
    List<String> kinds = schemas.kindsOf(apiVersion);
    List<ResourceType> sameButCase = schemas.kindsIgnoringCase(kind);
    Optional<String> close = sameButCase.stream().map(ResourceType::kind).filter(kinds::contains).findFirst()
        .or(() -> DidYouMean.closest(kind, kinds));
    if (close.isPresent()) {
      ctx.report(KIND).atValue().severity(severity)
          .message("kind %s is not served in %s by %s%s", kind, apiVersion, k8s,
              close.get().equalsIgnoreCase(kind) ? ": kinds are case-sensitive" : "")
          .help("did you mean \"" + close.get() + "\"?").fixValue("use kind " + close.get(), close.get())
          .emit();
      return;
    }
    if (!sameButCase.isEmpty() && servedAs.isEmpty() && severity == Severity.ERROR) {
      String meant = sameButCase.get(0).kind();
      ctx.report(KIND).atValue().severity(severity)
          .message("kind %s is not served in %s by %s: kinds are case-sensitive", kind, apiVersion, k8s)
          .help(meant + " is served as " + String.join(", ", schemas.apiVersionsOf(meant)))
          .fixValue("use kind " + meant, meant)
          .emit();
      return;
    }
    if (!servedAs.isEmpty()) {
      var finding = ctx.report(API_VERSION).atValue().severity(severity)
          .message("%s %s is not served by %s", apiVersion, kind, k8s);
      suggestApiVersions(finding, kind, servedAs, kind + " is served as ");
      finding.emit();
      return;
    }
    if (!kinds.isEmpty() || severity == Severity.ERROR) {
      ctx.report(KIND).atValue().severity(severity)
          .message("kind %s is not served in %s by %s", kind, apiVersion, k8s).emit();
      return;
    }
    List<String> crdVersions = ctx.customApiVersions(object.group(), kind);
    if (!crdVersions.isEmpty()) {
      var finding = ctx.report(API_VERSION).atValue()
          .message("the CustomResourceDefinition of %s does not serve %s; it serves %s", kind, apiVersion,
              String.join(", ", crdVersions));
      if (crdVersions.size() == 1) {
        finding.fixValue("use apiVersion " + crdVersions.get(0), crdVersions.get(0));
      }
      finding.emit();
      return;
    }
    if (ctx.ignoreMissingSchemas()) {
      return;
    }
    ctx.report(KIND).atValue()
        .message("no schema for %s %s: it is not a built-in kind of %s and no CustomResourceDefinition or schema "
            + "defines it", apiVersion, kind, k8s)
        .help("lint its CustomResourceDefinition in the same run, or pass a folder of schemas with --schema-dir "
            + "(files named {kind}-{group}-{version}.json); --ignore-missing-schemas silences this")
        .emit();
  }

  /** Help naming the apiVersions the target serves the kind under, and the fix when there is exactly one. */
  private static void suggestApiVersions(FindingBuilder finding, String kind, List<String> servedAs, String lead) {
    if (servedAs.isEmpty()) {
      return;
    }
    finding.help(lead + String.join(", ", servedAs));
    if (servedAs.size() == 1) {
      finding.fixValue("use apiVersion " + servedAs.get(0), servedAs.get(0));
    }
  }
}
