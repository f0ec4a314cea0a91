package io.kubelint.cli;

import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.InputError;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.LintResult;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.model.Severity;
import io.kubelint.core.report.ReportFile;
import io.kubelint.core.report.ReportFormat;
import io.kubelint.core.report.ReportSettings;
import io.kubelint.core.report.TextReporter;
import io.kubelint.core.rule.Rule;
import io.kubelint.core.schema.ResolvedVersion;
import io.kubelint.core.schema.SchemaCatalog;
import io.kubelint.rules.BuiltinRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kubelint lint PATH…}: validate and lint manifests, report findings, exit 0/1/2. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = "Lint Kubernetes manifests: files, folders (searched for *.yaml, *.yml, *.json) or - for stdin.",
    footer = {"", "Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage or I/O error."})
final class LintCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to lint; - reads stdin.")
  List<String> paths;

  @Option(names = "--kubernetes-version", paramLabel = "VERSION",
      description = "Kubernetes version whose API to validate against (e.g. 1.31, v1.31, 1.31.4 or what kubectl "
          + "version prints, v1.31.4-gke.1000; default: the newest known). A minor without schemas between two "
          + "supported ones uses the next newer one's.")
  String kubernetesVersion;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "Lowest severity that makes the exit code 1: error, warning, info or none (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(names = "--stdin-name", paramLabel = "NAME", defaultValue = "<stdin>",
      description = "Name of standard input in reports (default: ${DEFAULT-VALUE}).")
  String stdinName;

  @Option(names = "--schema-dir", paramLabel = "DIR",
      description = "Folder of extra JSON Schemas ({kind}-{group}-{version}.json) and CRD manifests (repeatable).")
  List<Path> schemaDirs = new ArrayList<>();

  @Option(names = "--ignore-missing-schemas",
      description = "Do not report custom resources that no CRD or schema defines.")
  boolean ignoreMissingSchemas;

  @Mixin
  RuleChoices ruleChoices = new RuleChoices();

  @Option(names = {"-q", "--quiet"},
      description = "Print only findings and errors: no summary line, no notes or warnings on stderr.")
  boolean quiet;

  @Option(names = "--allow-empty",
      description = "Exit 0 when the inputs hold no document at all (an empty folder, empty stdin); without it "
          + "that is an error (exit code 2), so that CI never passes because nothing was linted.")
  boolean allowEmpty;

  /** When text output is coloured. */
  enum ColorMode { auto, always, never }

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour text output: auto (on a terminal, unless NO_COLOR is set), always (even with NO_COLOR: "
          + "the command line wins) or never.")
  ColorMode color;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  Integer threads;

  private final List<OutputSpec> outputs = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (repeatable; default text on stdout).",
      completionCandidates = FormatNames.class)
  void format(String format) {
    try {
      outputs.add(new OutputSpec(ReportFormat.forName(format), "-"));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage().replace("unknown format", "unknown --format"));
    }
  }

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the preceding --format to FILE instead of stdout (- is stdout).")
  void output(String file) {
    if (outputs.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--output must follow the --format it is for");
    }
    OutputSpec last = outputs.remove(outputs.size() - 1);
    outputs.add(new OutputSpec(last.format(), file));
  }

  @Override
  public Integer call() throws Exception {
    Severity threshold = failOn.equalsIgnoreCase("none") ? null : parseSeverity(failOn);
    SchemaCatalog catalog = new SchemaCatalog();
    ResolvedVersion version = kubernetesVersion == null ? catalog.resolve(catalog.defaultVersion())
        : catalog.resolve(kubernetesVersion);
    PrintWriter err = spec.commandLine().getErr();
    version.note().filter(note -> !quiet).ifPresent(note -> {
      err.println("kubelint: " + note);
      err.flush();
    });
    List<Rule> rules = BuiltinRules.all();
    LintOptions options = LintOptions.defaults(version.requested()).withStdinName(stdinName)
        .withRules(ruleChoices.settings(RulesCommand.descriptors(rules)))
        .withSchemas(schemaDirs, ignoreMissingSchemas);
    if (threads != null) {
      options = options.withThreads(threads);
    }
    List<OutputSpec> targets = outputs.isEmpty() ? List.of(new OutputSpec(ReportFormat.TEXT, "-")) : outputs;
    if (targets.stream().filter(o -> o.file().equals("-")).count() > 1) {
      throw new UsageException("more than one --format writes to stdout; give the others an --output FILE");
    }
    Set<Path> reportFiles = new HashSet<>();
    for (OutputSpec target : targets) {
      if (!target.file().equals("-") && !reportFiles.add(Path.of(target.file()).toAbsolutePath().normalize())) {
        throw new UsageException("two --format reports are written to " + target.file());
      }
    }
    if (paths.stream().filter("-"::equals).count() > 1) {
      throw new UsageException("- (stdin) is given more than once");
    }
    options = options.withObjectList(targets.stream().anyMatch(o -> o.format().listsObjects()));
    Linter linter = new Linter(options, rules, catalog);
    List<Input> inputs = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (String path : paths) {
      if (path.equals("-")) {
        inputs.add(new Input.StreamInput(stdinName, System.in));
      } else if (seen.add(Path.of(path).toAbsolutePath().normalize())) {
        inputs.add(Input.of(Path.of(path)));
      }
    }
    LintResult result = linter.lint(inputs);
    boolean debug = KubelintCommand.debug(spec);
    for (InputError error : result.errors()) {
      err.println("kubelint: error: " + error.display());
      if (debug && error.cause() != null) {
        error.cause().printStackTrace(err);
      }
    }
    err.flush();
    boolean colour = switch (color) {
      case always -> true;
      case never -> false;
      case auto -> TextReporter.colourWanted(System.console() != null, System.getenv());
    };
    ReportSettings settings = ReportSettings.defaults(VersionProvider.version()).withColour(colour)
        .withInputBase(options.baseDir()).withFailOn(threshold).withSummary(!quiet);
    boolean written = writeReports(targets, result, settings);
    if (!quiet && targets.stream().anyMatch(o -> o.format() == ReportFormat.GITHUB)
        && targets.stream().noneMatch(o -> o.format() == ReportFormat.TEXT && o.toStdout())) {
      // the github format holds workflow commands only; the log gets the summary here
      err.println(TextReporter.summary(result));
    }
    boolean empty = result.documents() == 0 && result.errors().isEmpty() && !allowEmpty;
    if (empty) {
      err.println("kubelint: warning: nothing was linted: the inputs hold no YAML or JSON document (give "
          + "--allow-empty to accept that)");
    }
    err.flush();
    if (!result.errors().isEmpty() || !written || empty) {
      return ExitCode.ERROR;
    }
    return result.hasFindingsAtLeast(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /**
   * Writes every report that can be written, then names each one that could not be ({@code cannot write PATH:
   * REASON}) on stderr.
   *
   * @return whether every report file was written (stdout's failures are {@link KubelintCommand#execute}'s)
   */
  private boolean writeReports(List<OutputSpec> targets, LintResult result, ReportSettings settings) {
    List<String> failures = new ArrayList<>();
    for (OutputSpec target : targets) {
      try {
        target.write(result, settings, spec.commandLine().getOut());
      } catch (IOException e) {
        failures.add("kubelint: error: cannot write " + target.file() + ": " + ReportFile.reason(e));
        if (KubelintCommand.debug(spec)) {
          e.printStackTrace(spec.commandLine().getErr());
        }
      }
    }
    failures.forEach(spec.commandLine().getErr()::println);
    return failures.isEmpty();
  }

  private static Severity parseSeverity(String text) {
    try {
      return Severity.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--fail-on must be error, warning, info or none, not '" + text + "'");
    }
  }
}
