package io.kubelint.core.lint;

/**
 * An input that could not be read at all (missing, unreadable, a folder that cannot be listed, a symbolic link that
 * leads nowhere or in a loop), or a document that could not be linted because kubelint itself failed on it (out
 * of memory, out of stack). It is reported as one line on stderr and makes the exit code 2; the other inputs and
 * documents are still linted.
 *
 * @param path the input as the user named it; for a document, {@code file:line} of its first line
 * @param reason why, in a few words ("no such file or directory")
 * @param cause what stopped the linting of a document (for {@code --debug}), or {@code null} for an input that
 *     could not be read
 */
public record InputError(String path, String reason, Throwable cause) {

  /** An input that could not be read. */
  public InputError(String path, String reason) {
    this(path, reason, null);
  }

  /** {@code cannot read PATH: REASON}, or {@code cannot lint FILE:LINE: REASON} for a document. */
  public String display() {
    return (cause == null ? "cannot read " : "cannot lint ") + path + ": " + reason;
  }
}
