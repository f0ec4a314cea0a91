package io.kubelint.cli;

/** A wrong combination of options found after parsing; reported as one line, exit code 2. */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
