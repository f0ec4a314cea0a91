package io.kubelint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** The {@code kubelint} command and its subcommands. */
@Command(name = "kubelint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lints and validates Kubernetes manifests before they reach a cluster.",
    subcommands = {LintCommand.class, SimulateCommand.class, RulesCommand.class, CommandLine.HelpCommand.class},
    exitCodeOnInvalidInput = ExitCode.ERROR,
    exitCodeOnExecutionException = ExitCode.ERROR)
final class KubelintCommand implements Runnable {

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces of internal errors.")
  boolean debug;

  @CommandLine.Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Whether {@code --debug} was given, before or after the subcommand: picocli sets the option's field here for
   * either place, as the option is inherited.
   */
  static boolean debug(CommandSpec command) {
    return ((KubelintCommand) command.root().userObject()).debug;
  }

  /**
   * Runs the command line, whose stdout is {@code stdout}, and returns the exit code: 2 when a write to stdout failed
   * (named in one line on stderr), as the output is then incomplete, whatever the command found.
   */
  static int execute(CommandLine cli, StandardOutput stdout, String... args) {
    int exit = cli.execute(args);
    cli.getOut().flush();
    if (cli.getOut().checkError() || stdout.failure().isPresent()) {
      PrintWriter err = cli.getErr();
      err.println("kubelint: error: cannot write to standard output: " + stdout.failure().orElse("input/output error"));
      err.flush();
      return ExitCode.ERROR;
    }
    return exit;
  }

  /** The configured command line: exit codes, and one-line errors instead of stack traces. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new KubelintCommand());
    cli.setExecutionExceptionHandler(new OneLineErrors());
    cli.setParameterExceptionHandler((e, args) -> {
      // a wrong option: one line and where to find the usage, not the whole help text
      CommandLine sub = e.getCommandLine();
      PrintWriter err = sub.getErr();
      err.println("kubelint: error: " + e.getMessage());
      err.println("kubelint: see '" + sub.getCommandSpec().qualifiedName() + " --help'");
      err.flush();
      return ExitCode.ERROR;
    });
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setHelpFactory(UsageHelp::new);
    // --format and --output are setters called once per occurrence, in command-line order
    cli.setOverwrittenOptionsAllowed(true);
    return cli;
  }

  /** Prints {@code kubelint: error: …}; the stack trace only with {@code --debug}. */
  private static final class OneLineErrors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
      PrintWriter err = cli.getErr();
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      err.println("kubelint: error: " + message);
      if (debug(cli.getCommandSpec())) {
        e.printStackTrace(err);
      } else if (!(e instanceof IllegalArgumentException) && !(e instanceof UsageException)) {
        err.println("kubelint: run with --debug for details");
      }
      err.flush();
      return ExitCode.ERROR;
    }
  }
}
