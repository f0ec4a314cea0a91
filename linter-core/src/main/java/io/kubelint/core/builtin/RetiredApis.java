package io.kubelint.core.builtin;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.rule.FindingBuilder;
import io.kubelint.core.schema.ApiLifecycle;
import java.util.Optional;
import tools.jackson.core.JsonPointer;

/** What {@link RemovedApi} and {@link DeprecatedApi} share: the lookup of the object's entry and the finding's end. */
final class RetiredApis {

  /** Where both rules point: the value of {@code apiVersion}. */
  static final JsonPointer API_VERSION = JsonPointer.compile("/apiVersion");

  private RetiredApis() {
  }

  /** The lifecycle entry of the object's apiVersion/kind; empty when either is missing or the table lacks it. */
  static Optional<ApiLifecycle.Entry> entry(ApiLifecycle lifecycle, KubeObject object) {
    String apiVersion = object.ref().apiVersion();
    String kind = object.ref().kind();
    if (apiVersion == null || kind == null) {
      return Optional.empty();
    }
    return lifecycle.find(apiVersion, kind);
  }

  /**
   * Adds the entry's note as help and, when the replacement is a drop-in that the target version serves, the fix
   * that rewrites the apiVersion; then emits the finding.
   */
  static void finish(FindingBuilder finding, ApiLifecycle.Entry entry,
                     Optional<ApiLifecycle.Replacement> replacement) {
    if (!entry.note().isEmpty()) {
      finding.help(entry.note());
    }
    if (entry.dropIn() && replacement.isPresent()) {
      String apiVersion = replacement.get().apiVersion();
      finding.help("only the apiVersion changes: the fields of " + entry.kind() + " are the same in " + apiVersion);
      finding.fixValue("use apiVersion " + apiVersion, apiVersion);
    }
    finding.emit();
  }
}
