package io.kubelint.core.run;

import io.kubelint.core.model.ObjectRef;

/**
 * The object a fact was recorded from.
 *
 * @param ref its apiVersion, kind, namespace and name as far as the manifest gives them
 * @param file the file as named in reports
 * @param line 1-based line where the object starts
 */
public record RunObject(ObjectRef ref, String file, int line) {

  /** {@code Deployment/web (web.yaml:3)}, for messages that say where kubelint looked. */
  public String display() {
    return ref.display() + " (" + file + ":" + line + ")";
  }

  /**
   * Whether two objects are written with the same namespace: the same {@code metadata.namespace}, or neither has one.
   */
  public boolean sameNamespace(RunObject other) {
    return java.util.Objects.equals(ref.namespace(), other.ref.namespace());
  }

  /**
   * Whether two objects may be in the same namespace: equal namespaces, or one without {@code metadata.namespace},
   * which kubectl applies to the namespace of its context, whatever that is.
   */
  public boolean mayShareNamespace(RunObject other) {
    String a = ref.namespace();
    String b = other.ref.namespace();
    return a == null || b == null || a.equals(b);
  }
}
