package io.kubelint.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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

  static synchronized CliRun withStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = KubelintCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    InputStream saved = System.in;
    try {
      if (stdin != null) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      }
      int exit = cli.execute(args);
      return new CliRun(exit, out.toString(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }
}
