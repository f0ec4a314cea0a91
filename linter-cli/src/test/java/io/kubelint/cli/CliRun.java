package io.kubelint.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Runs the kubelint command in this JVM with captured stdout and stderr, the way the launcher runs it.
 *
 * @param exit the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
record CliRun(int exit, String out, String err) {

  static CliRun of(String... args) {
    return withStdin(null, args);
  }

  static CliRun withStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    return run(stdin, out, () -> out.toString(), args);
  }

  /** Runs with stdout going to {@code stdout} (a writer that fails, say); {@link #out()} is then empty. */
  static CliRun withStdout(Writer stdout, String... args) {
    return run(null, stdout, () -> "", args);
  }

  private static synchronized CliRun run(String stdin, Writer stdout, Supplier<String> captured, String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = KubelintCommand.commandLine();
    StandardOutput out = new StandardOutput(stdout);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    InputStream saved = System.in;
    try {
      if (stdin != null) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      }
      int exit = KubelintCommand.execute(cli, out, args);
      return new CliRun(exit, captured.get(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }
}
