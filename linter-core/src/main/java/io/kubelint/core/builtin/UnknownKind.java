package io.kubelint.core.builtin;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.ObjectMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.schema.ApiLifecycle;
import io.kubelint.core.schema.ResourceType;
import io.kubelint.core.schema.SchemaSet;
import io.kubelint.core.text.DidYouMean;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonPointer;

/**
 * An apiVersion/kind that the target Kubernetes version does not serve and that no schema was given for. Such an
 * object cannot be validated; when the kind exists under another apiVersion, or the apiVersion has a kind of a
 * close name, the finding says so. An apiVersion/kind that the {@link ApiLifecycle} table lists as removed at or
 * before the target version is left to {@code removed-api}, which names the release that removed it and the
 * replacement.
 */
@RuleInfo(id = "unknown-kind", severity = Severity.WARNING,
    summary = "The apiVersion/kind is not served by the target Kubernetes version and has no CRD or schema",
    rationale = "kubectl fails with \"no matches for kind\" when the cluster does not serve an apiVersion/kind; a "
        + "custom resource needs its CustomResourceDefinition installed first. Without a schema the object's fields "
        + "cannot be checked.",
    docs = "https://kubernetes.io/docs/reference/using-api/#api-groups")
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
    if (lifecycle.find(apiVersion, kind).filter(e -> e.removedBy(ctx.kubernetesVersion())).isPresent()) {
      return;
    }
    SchemaSet schemas = ctx.schemas();
    String k8s = "Kubernetes " + ctx.kubernetesVersion();
    if (schemas.servesApiVersion(apiVersion)) {
      List<String> kinds = schemas.resources().stream().filter(r -> r.apiVersion().equals(apiVersion))
          .map(ResourceType::kind).sorted().toList();
      Optional<String> close = DidYouMean.closest(kind, kinds);
      var finding = ctx.report(KIND).atValue()
          .message("kind %s is not served in %s by %s", kind, apiVersion, k8s);
      close.ifPresent(c -> finding.help("did you mean \"" + c + "\"?").fixValue("use kind " + c, c));
      finding.emit();
      return;
    }
    List<String> elsewhere = schemas.resources().stream().filter(r -> r.kind().equals(kind))
        .map(ResourceType::apiVersion).sorted().toList();
    if (!elsewhere.isEmpty()) {
      var finding = ctx.report(API_VERSION).atValue()
          .message("%s %s is not served by %s", apiVersion, kind, k8s)
          .help(kind + " is served as " + String.join(", ", elsewhere));
      if (elsewhere.size() == 1) {
        finding.fixValue("use apiVersion " + elsewhere.get(0), elsewhere.get(0));
      }
      finding.emit();
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
}
