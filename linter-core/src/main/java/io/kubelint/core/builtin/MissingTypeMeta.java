package io.kubelint.core.builtin;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.DocumentMatcher;
import io.kubelint.core.rule.FindingBuilder;
import io.kubelint.core.rule.LoadedDocument;
import io.kubelint.core.rule.ObjectMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.text.DidYouMean;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A document (or an item of a {@code kind: List}) that is not a mapping, or one without {@code apiVersion} or
 * {@code kind}, or with one that is not a string. Near-miss keys
 * ({@code Kind}, {@code apiversion}, {@code apiVeersion}) are named in the message and offered as a fix. When only
 * the apiVersion is missing and the kind is one the target version serves, the help names the apiVersion(s) it is
 * served under ({@code kind: Service} → {@code v1}) and, when there is exactly one, offers the fix that adds it as
 * a line before {@code kind}. Sources: the served apiVersion/kind index of the target version, and
 * https://kubernetes.io/docs/concepts/overview/working-with-objects/#required-fields.
 */
@RuleInfo(id = "missing-type-meta", severity = Severity.ERROR,
    summary = "A document has no apiVersion or kind",
    rationale = "The API server picks the schema, the storage and the controller of an object by its apiVersion "
        + "and kind; kubectl refuses a document without them (\"apiVersion not set\" / \"kind not set\").",
    docs = "https://kubernetes.io/docs/concepts/overview/working-with-objects/#required-fields",
    sets = RuleSet.RECOMMENDED)
public final class MissingTypeMeta implements ObjectMatcher, DocumentMatcher {

  private static final JsonPointer KIND = JsonPointer.compile("/kind");

  /** A document, or an item of its List, that is not a mapping at all. */
  @Override
  public void matchDocument(LoadedDocument document, RuleContext ctx) {
    for (LoadedDocument.NonObject item : document.nonObjects()) {
      JsonPointer at = item.at();
      ctx.reportAt(at, item.span().line(), item.span().column(), item.span().length())
          .message("%sexpected a Kubernetes object (a mapping with apiVersion and kind), found %s",
              at.matches() ? "" : KubeObject.subject(at) + ": ", describe(item.value()))
          .emit();
    }
  }

  /** {@code a list}, {@code a string}, {@code a number}, … */
  static String describe(JsonNode json) {
    return json.isArray() ? "a list" : json.isObject() ? "a mapping" : json.isString() ? "a string"
        : "a " + json.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  @Override
  public void matchObject(KubeObject object, RuleContext ctx) {
    String subject = KubeObject.subject(object.base());
    for (String field : List.of("apiVersion", "kind")) {
      JsonNode value = object.json().path(field);
      if (value.isString() && !value.asString().isBlank()) {
        continue;
      }
      if (!value.isMissingNode()) {
        ctx.report(JsonPointer.compile("/" + field)).atValue()
            .message("%s must be a non-empty string", field)
            .emit();
        continue;
      }
      Optional<String> nearMiss = nearMiss(object.json(), field);
      if (nearMiss.isPresent()) {
        ctx.report(JsonPointer.empty().appendProperty(nearMiss.get()))
            .message("%s has no %s; found \"%s\" instead", subject, field, nearMiss.get())
            .help("did you mean \"" + field + "\"?")
            .fixKey("rename to \"" + field + "\"", field)
            .emit();
      } else if (field.equals("kind")) {
        ctx.report(JsonPointer.empty())
            .message("%s has no kind", subject)
            .help("add the object's kind, e.g. kind: Deployment")
            .emit();
      } else {
        missingApiVersion(object, subject, ctx);
      }
    }
  }

  /** No apiVersion: suggest the ones the target serves the kind under, when the kind is a known one. */
  private static void missingApiVersion(KubeObject object, String subject, RuleContext ctx) {
    JsonNode kind = object.json().path("kind");
    List<String> servedAs = kind.isString() ? ctx.schemas().apiVersionsOf(kind.asString()) : List.of();
    FindingBuilder finding = ctx.report(JsonPointer.empty()).message("%s has no apiVersion", subject);
    if (servedAs.isEmpty()) {
      finding.help("add the object's apiVersion, e.g. apiVersion: apps/v1");
    } else if (servedAs.size() == 1) {
      finding.help("add the object's apiVersion: Kubernetes " + ctx.kubernetesVersion() + " serves "
          + kind.asString() + " as " + servedAs.get(0))
          .fixInsertLineBefore("add apiVersion: " + servedAs.get(0), KIND, "apiVersion: " + servedAs.get(0));
    } else {
      finding.help("add the object's apiVersion: Kubernetes " + ctx.kubernetesVersion() + " serves "
          + kind.asString() + " as " + String.join(", ", servedAs));
    }
    finding.emit();
  }

  private static Optional<String> nearMiss(JsonNode object, String field) {
    List<String> keys = object.propertyNames().stream()
        .filter(k -> !k.equals("apiVersion") && !k.equals("kind")).toList();
    for (String key : keys) {
      if (DidYouMean.closest(key, List.of(field)).isPresent()) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }
}
