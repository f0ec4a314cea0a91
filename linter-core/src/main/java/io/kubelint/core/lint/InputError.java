package io.kubelint.core.lint;

/**
 * An input that could not be read at all (missing, unreadable, a folder that cannot be listed). It is reported as
 * one line on stderr and makes the exit code 2; the other inputs are still linted.
 *
 * @param path the input as the user named it
 * @param reason why, in a few words ("no such file or directory")
 */
public record InputError(String path, String reason) {

  /** {@code kubelint: cannot read PATH: REASON}. */
  public String display() {
    return "cannot read " + path + ": " + reason;
  }
}
