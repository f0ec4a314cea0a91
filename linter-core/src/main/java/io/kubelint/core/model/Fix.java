package io.kubelint.core.model;

/**
 * A suggested edit that resolves a finding: replace {@code length} characters at {@code line}:{@code column} of
 * the finding's file with {@code replacement}. Reporters show it as a {@code help:} line and write it as a SARIF
 * fix.
 *
 * @param description what the edit does, for people ("rename to "port"")
 * @param line 1-based line of the text to replace
 * @param column 1-based column (in Unicode code points) of the text to replace
 * @param length number of code points replaced (0 inserts)
 * @param replacement the new text
 */
public record Fix(String description, int line, int column, int length, String replacement) {
}
