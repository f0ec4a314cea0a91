package io.kubelint.core.builtin;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.rule.FindingBuilder;
import io.kubelint.core.rule.ObjectMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.schema.ApiLifecycle;
import java.util.Optional;
import tools.jackson.core.JsonPointer;

/**
 * What {@link RemovedApi} and {@link DeprecatedApi} share: the object's entry in the {@link ApiLifecycle} table, and
 * a finding at the value of {@code apiVersion} with the entry's note as help and, when the replacement is a drop-in
 * that the target version serves, the fix that rewrites the apiVersion. Each rule says which lifecycle stage it
 * reports and words the message.
 */
abstract class RetiredApiRule implements ObjectMatcher {

  private static final JsonPointer API_VERSION = JsonPointer.compile("/apiVersion");

  private final ApiLifecycle lifecycle;

  /** @param lifecycle the table of retired APIs */
  RetiredApiRule(ApiLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  /** Whether this rule reports the object of {@code ctx}, whose apiVersion/kind has {@code entry}. */
  abstract boolean reports(ApiLifecycle.Entry entry, RuleContext ctx);

  /**
   * The finding's message.
   *
   * @param replacement the most preferred replacement the target version serves, if any
   */
  abstract String message(ApiLifecycle.Entry entry, Optional<ApiLifecycle.Replacement> replacement, RuleContext ctx);

  @Override
  public final void matchObject(KubeObject object, RuleContext ctx) {
    String apiVersion = object.ref().apiVersion();
    String kind = object.ref().kind();
    if (apiVersion == null || kind == null) {
      return;
    }
    Optional<ApiLifecycle.Entry> found = lifecycle.find(apiVersion, kind).filter(e -> reports(e, ctx));
    if (found.isEmpty()) {
      return;
    }
    ApiLifecycle.Entry entry = found.get();
    Optional<ApiLifecycle.Replacement> replacement = entry.replacementServedBy(ctx.schemas());
    FindingBuilder finding = ctx.report(API_VERSION).atValue().message(message(entry, replacement, ctx));
    if (!entry.note().isEmpty()) {
      finding.help(entry.note());
    }
    if (entry.dropIn() && replacement.isPresent()) {
      String replacementVersion = replacement.get().apiVersion();
      finding.help("only the apiVersion changes: the fields of " + entry.kind() + " are the same in " + replacementVersion);
      finding.fixValue("use apiVersion " + replacementVersion, replacementVersion);
    }
    finding.emit();
  }
}
