package io.kubelint.rules.sim;

import tools.jackson.core.JsonPointer;

/** Where a field of the simulated object is written, for reports: {@code deploy.yaml:23:11}. */
@FunctionalInterface
public interface Location {

  /**
   * @param pointer the field, inside the object
   * @return where it is written, as text
   */
  String of(JsonPointer pointer);

  /** Where the field a cause names is written, or {@code command-line flag} for a cause that a flag gave. */
  default String ofCause(Cause cause) {
    return cause.at() == null ? "command-line flag" : of(cause.at());
  }
}
