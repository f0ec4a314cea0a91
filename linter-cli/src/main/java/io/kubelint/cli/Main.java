package io.kubelint.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

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

  /**
   * Runs kubelint in this JVM on the process's stdout and stderr (UTF-8) and returns the exit code (for embedding).
   * A failed write to stdout makes the exit code 2.
   */
  public static int run(String... args) {
    StandardOutput stdout = StandardOutput.process();
    CommandLine cli = KubelintCommand.commandLine();
    cli.setOut(new PrintWriter(stdout));
    cli.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
        true));
    return KubelintCommand.execute(cli, stdout, args);
  }
}
