package io.kubelint.cli;

/** The exit codes of {@code kubelint}, for CI. */
final class ExitCode {

  /** No finding at or above {@code --fail-on}. */
  static final int OK = 0;
  /** At least one finding at or above {@code --fail-on}. */
  static final int FINDINGS = 1;
  /** A usage error, or an input that could not be read. */
  static final int ERROR = 2;

  private ExitCode() {
  }
}
