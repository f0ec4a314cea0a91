package io.kubelint.core.lint;

import io.kubelint.core.model.ObjectRef;

/**
 * A Kubernetes object that was linted, with or without findings: a YAML document that is a mapping, or one item
 * of a {@code kind: List} document. Listed in {@link LintResult#objects()} when the run was asked for them
 * ({@link LintOptions#listObjects()}), for reports that account for every object, such as JUnit's one test case
 * per object.
 *
 * @param file the file as named in the findings
 * @param line 1-based line where the object starts (its first key; for a List item, the item)
 * @param ref apiVersion, kind, namespace and name as far as the manifest gives them
 */
public record LintedObject(String file, int line, ObjectRef ref) {
}
