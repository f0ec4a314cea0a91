package io.kubelint.core.builtin;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.ObjectMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.text.DidYouMean;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A document (or an item of a {@code kind: List}) without {@code apiVersion} or {@code kind}, or with one that is not
 * a string. Near-miss keys
 * ({@code Kind}, {@code apiversion}, {@code apiVeersion}) are named in the message and offered as a fix.
 */
@RuleInfo(id = "missing-type-meta", severity = Severity.ERROR,
    summary = "A document has no apiVersion or kind",
    rationale = "The API server picks the schema, the storage and the controller of an object by its apiVersion "
        + "and kind; kubectl refuses a document without them (\"apiVersion not set\" / \"kind not set\").",
    docs = "https://kubernetes.io/docs/concepts/overview/working-with-objects/#required-fields")
public final class MissingTypeMeta implements ObjectMatcher {

  @Override
  public void matchObject(KubeObject object, RuleContext ctx) {
    // an item of a kind: List is named as such: its line may be far from the List's apiVersion and kind
    String subject = object.base().matches() ? "document"
        : "List item " + (object.base().last().getMatchingIndex() + 1);
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
      } else {
        ctx.report(JsonPointer.empty())
            .message("%s has no %s", subject, field)
            .help(field.equals("kind")
                ? "add the object's kind, e.g. kind: Deployment"
                : "add the object's apiVersion, e.g. apiVersion: apps/v1")
            .emit();
      }
    }
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
