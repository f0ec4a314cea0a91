package io.kubelint.core.run;

import tools.jackson.core.JsonPointer;

/**
 * What a {@link FactType.Extractor} sees besides the object, while its document is in memory: where the object's
 * fields are written, and whether its kind is one of Kubernetes' own.
 */
public interface FactContext {

  /** Where the key of the field at {@code path} (inside the object) is written; its item, for a list item. */
  Position key(JsonPointer path);

  /** Where the value of the field at {@code path} (inside the object) is written. */
  Position value(JsonPointer path);

  /**
   * Whether the object's apiVersion/kind is built into the target Kubernetes version, as opposed to a custom
   * resource (defined by a CustomResourceDefinition or a schema of the run, or by nothing kubelint knows).
   */
  boolean builtInKind();
}
