package io.kubelint.core.lint;

import io.kubelint.core.model.Finding;
import java.util.List;

/**
 * What {@link Linter#read} found besides the objects.
 *
 * @param problems findings about the documents themselves (yaml-syntax, yaml-limit, duplicate-key, and
 *     missing-type-meta for documents or List items that are not objects), sorted by file, line and column
 * @param files number of files (stdin counts as one) that were read
 * @param documents number of non-empty YAML documents
 * @param errors inputs that could not be read, and documents kubelint failed on (out of memory or stack)
 */
public record ReadResult(List<Finding> problems, int files, int documents, List<InputError> errors) {

  /** Copies the lists. */
  public ReadResult {
    problems = List.copyOf(problems);
    errors = List.copyOf(errors);
  }
}
