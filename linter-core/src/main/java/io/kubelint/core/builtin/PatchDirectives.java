package io.kubelint.core.builtin;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.rule.RuleContext;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Whether an object is a strategic merge patch, as kustomize patches are: it uses the patch directives
 * {@code $patch}, {@code $retainKeys}, {@code $setElementOrder/…} or {@code $deleteFromPrimitiveList/…}
 * (https://github.com/kubernetes/community/blob/master/contributors/devel/sig-api-machinery/strategic-merge-patch.md).
 * A patch states only what it changes, so required fields may be missing from it and the directives are not
 * unknown fields.
 *
 * @param isPatch whether the object contains a directive
 */
record PatchDirectives(boolean isPatch) {

  /** Whether a mapping key is a strategic-merge-patch directive. */
  static boolean isDirective(String key) {
    return key.equals("$patch") || key.equals("$retainKeys") || key.startsWith("$setElementOrder/")
        || key.startsWith("$deleteFromPrimitiveList/");
  }

  /** The answer for the object of {@code ctx}, computed once and shared by the schema rules. */
  static boolean of(KubeObject object, RuleContext ctx) {
    return ctx.shared(PatchDirectives.class, () -> new PatchDirectives(contains(object.json()))).isPatch();
  }

  private static boolean contains(JsonNode node) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (isDirective(e.getKey()) || contains(e.getValue())) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (contains(item)) {
          return true;
        }
      }
    }
    return false;
  }
}
