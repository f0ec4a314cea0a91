package io.kubelint.cli;

/** Entry point of the {@code kubelint} command. */
public final class Main {

  private Main() {
  }

  /**
   * Runs kubelint and ends the JVM with its exit code: 0 nothing at or above {@code --fail-on}, 1 findings at or
   * above it, 2 usage or I/O errors.
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs kubelint in this JVM and returns the exit code (for tests and embedding). */
  public static int run(String... args) {
    return KubelintCommand.commandLine().execute(args);
  }
}
