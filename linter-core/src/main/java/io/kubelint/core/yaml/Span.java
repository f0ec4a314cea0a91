package io.kubelint.core.yaml;

/**
 * A place in a file.
 *
 * @param line 1-based line
 * @param column 1-based column, in Unicode code points
 * @param length code points covered on that line (at least 1)
 * @param exact {@code false} when the JSON pointer asked for does not exist in the document and the span is that
 *     of its nearest existing ancestor (a missing required field points at its parent's key)
 */
public record Span(int line, int column, int length, boolean exact) {
}
