package io.kubelint.cli;

import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.k8s.WorkloadKind;
import io.kubelint.core.lint.Input;
import io.kubelint.core.lint.InputError;
import io.kubelint.core.lint.LintOptions;
import io.kubelint.core.lint.Linter;
import io.kubelint.core.lint.ManifestObject;
import io.kubelint.core.lint.ReadResult;
import io.kubelint.core.model.Finding;
import io.kubelint.core.model.ObjectRef;
import io.kubelint.core.model.Severity;
import io.kubelint.core.schema.SchemaCatalog;
import io.kubelint.core.yaml.SourceDocument;
import io.kubelint.core.yaml.Span;
import io.kubelint.rules.cron.GoDuration;
import io.kubelint.rules.sim.BackOff;
import io.kubelint.rules.sim.Hints;
import io.kubelint.rules.sim.LintSimulation;
import io.kubelint.rules.sim.Location;
import io.kubelint.rules.sim.SimJsonReport;
import io.kubelint.rules.sim.SimResult;
import io.kubelint.rules.sim.SimSettings;
import io.kubelint.rules.sim.SimTextReport;
import io.kubelint.rules.sim.WorkloadSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code kubelint simulate PATH…}: plays every workload of the inputs forward through the simulated kubelet and
 * controllers and prints what an operator would see, then the verdicts.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Play workloads forward in virtual time as the kubelet and the controllers would, and show the "
        + "pods' timeline (as kubectl get pods -w), the events (as kubectl describe) and the verdict with its cause.",
        "",
        "What a container does comes from evidence: its command (false, exit 3, sh -c \"sleep 10; exit 1\"), "
            + "probes that test a file its script removes or use a port it does not declare; else from hints "
            + "(the pod template annotations kubelint.io/startup-seconds, kubelint.io/run-seconds, "
            + "kubelint.io/exit-code, or the flags below, which override them); else it is assumed to start at "
            + "once and run until stopped."},
    footer = {"", "Hint values: SECONDS (or a duration such as 1m30s; CODE for --exit-code) for every container, or "
        + "CONTAINER=VALUE; repeat the flag or separate with commas. Hints that cannot be used (a container the "
        + "pods do not have, an exit code without a run time, a container named twice, annotations outside the pod "
        + "template) are warnings on standard error.",
        "", "Exit codes: 0 every verdict is fine (healthy, completed, still running), 1 at least one verdict is a "
        + "failure (restart loop, pods never Ready, pod or Job failed, rollout stalled, CronJob runs that overlap, "
        + "are skipped, killed or missed), 2 usage error, unreadable input or YAML that cannot be parsed."})
final class SimulateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read; - reads stdin.")
  List<String> paths;

  @Option(names = "--for", paramLabel = "DURATION",
      description = "How long to simulate, such as 15m, 1h or 90s; at most 7 days (default: the window the lint "
          + "rules use for the workload: 15m; for a Deployment up to progressDeadlineSeconds; for a Job until it "
          + "ends; for a CronJob over its first runs and until its first Job ends; at most 24h).")
  String window;

  @Option(names = "--object", paramLabel = "KIND/NAME",
      description = "Simulate only this workload (repeatable), such as Deployment/web.")
  List<String> objects = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--backoff-initial", paramLabel = "DURATION", defaultValue = "10s",
      description = "The kubelet's first restart back-off delay (default: ${DEFAULT-VALUE}).")
  String backoffInitial;

  @Option(names = "--backoff-max", paramLabel = "DURATION", defaultValue = "300s",
      description = "The kubelet's maximum restart back-off delay (default: ${DEFAULT-VALUE}).")
  String backoffMax;

  @Option(names = "--startup-seconds", paramLabel = "[CONTAINER=]SECONDS",
      description = "Seconds (or a duration such as 1m30s) until the process answers probes.")
  List<String> startupSeconds = new ArrayList<>();

  @Option(names = "--run-seconds", paramLabel = "[CONTAINER=]SECONDS",
      description = "Seconds (or a duration such as 1m30s) until the main process exits on its own.")
  List<String> runSeconds = new ArrayList<>();

  @Option(names = "--exit-code", paramLabel = "[CONTAINER=]CODE",
      description = "Its exit code then (default 0).")
  List<String> exitCodes = new ArrayList<>();

  @Option(names = "--stdin-name", paramLabel = "NAME", defaultValue = "<stdin>",
      description = "Name of standard input in reports (default: ${DEFAULT-VALUE}).")
  String stdinName;

  private record Output(String text, ObjectNode json, boolean failed) {
  }

  @Override
  public Integer call() {
    boolean json = switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> false;
      case "json" -> true;
      default -> throw new UsageException("--format must be text or json");
    };
    List<Hints.Problem> flagWarnings = new ArrayList<>();
    SimSettings settings = settings(flagWarnings);
    List<ObjectFilter> filters = objects.stream().map(ObjectFilter::parse).toList();
    SchemaCatalog catalog = new SchemaCatalog();
    Linter linter = new Linter(LintOptions.defaults(catalog.defaultVersion()).withStdinName(stdinName), List.of(),
        catalog);
    List<Input> inputs = new ArrayList<>();
    for (String path : paths) {
      inputs.add(path.equals("-") ? new Input.StreamInput(stdinName, System.in) : Input.of(Path.of(path)));
    }
    Map<ManifestObject, Output> outputs = new ConcurrentSkipListMap<>(ManifestObject.ORDER);
    Set<ObjectFilter> matched = ConcurrentHashMap.newKeySet();
    Set<String> containers = ConcurrentHashMap.newKeySet();
    Set<String> warnings = new ConcurrentSkipListSet<>();
    ReadResult read = linter.read(inputs, object -> {
      PodTemplate pod = PodTemplate.of(object.object());
      if (pod == null || pod.workload() == WorkloadKind.POD_TEMPLATE) {
        return;
      }
      if (!filters.isEmpty()) {
        List<ObjectFilter> hits = filters.stream().filter(f -> f.matches(object.object().ref())).toList();
        if (hits.isEmpty()) {
          return;
        }
        matched.addAll(hits);
      }
      outputs.put(object, simulate(object, pod, settings, json, containers, warnings));
    });
    for (Hints.Problem p : settings.flagHints().unused(containers)) {
      if (p.kind() == Hints.Problem.Kind.UNKNOWN_CONTAINER) {
        warnings.add(p.message());
      }
    }
    flagWarnings.forEach(p -> warnings.add(p.message()));
    PrintWriter err = spec.commandLine().getErr();
    boolean broken = !read.errors().isEmpty();
    for (InputError e : read.errors()) {
      err.println("kubelint: error: " + e.display());
    }
    for (Finding f : read.problems()) {
      if (f.severity() == Severity.ERROR && (f.ruleId().equals("yaml-syntax") || f.ruleId().equals("yaml-limit"))) {
        err.println("kubelint: error: " + f.file() + ":" + f.line() + ":" + f.column() + ": " + f.message());
        broken = true;
      }
    }
    for (ObjectFilter f : filters) {
      if (!matched.contains(f)) {
        err.println("kubelint: error: no workload " + f.text() + " in the inputs");
        broken = true;
      }
    }
    warnings.forEach(w -> err.println("kubelint: warning: " + w));
    err.flush();
    print(outputs.values(), json);
    if (broken) {
      return ExitCode.ERROR;
    }
    return outputs.values().stream().anyMatch(Output::failed) ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /**
   * Simulates one workload, in the lint window unless {@code --for} is given. Problems with its hint annotations go
   * to {@code warnings}, its container names to {@code containers}.
   */
  private Output simulate(ManifestObject object, PodTemplate pod, SimSettings settings, boolean json,
                          Set<String> containers, Set<String> warnings) {
    WorkloadSimulator.Plan plan = WorkloadSimulator.plan(pod, settings.flagHints());
    containers.addAll(plan.containerNames());
    String display = object.object().ref().display();
    for (Hints.Problem p : plan.hintProblems()) {
      if (p.at() != null) {
        warnings.add(location(object, p.at()) + ": " + p.message());
      } else if (p.kind() == Hints.Problem.Kind.NO_RUN_SECONDS) {
        warnings.add(p.message() + " (" + display + ")");
      }
    }
    LintSimulation.Window lintWindow = window == null ? LintSimulation.window(plan) : null;
    SimResult result = WorkloadSimulator.simulate(plan, lintWindow == null ? settings
        : settings.withWindow(lintWindow.minMillis(), lintWindow.maxMillis()));
    String windowNote = lintWindow == null ? null : "the window lint uses"
        + (lintWindow.description().equals("15m") ? "" : ": " + lintWindow.description());
    Location where = pointer -> location(object, pointer);
    if (json) {
      ObjectNode node = SimJsonReport.of(result, where);
      node.put("file", object.file());
      node.put("line", object.line());
      node.put("window", windowNote);
      return new Output(null, node, result.failed());
    }
    StringWriter text = new StringWriter();
    String header = display + " (" + object.file() + ":" + object.line() + ")";
    SimTextReport.write(result, header, windowNote, where, new PrintWriter(text));
    return new Output(text.toString(), null, result.failed());
  }

  /** Prints the workloads' reports in input order: one JSON document, or the texts with a blank line between. */
  private void print(Collection<Output> outputs, boolean json) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
      ObjectNode root = mapper.createObjectNode();
      root.put("failed", outputs.stream().anyMatch(Output::failed));
      ArrayNode workloads = root.putArray("workloads");
      outputs.forEach(o -> workloads.add(o.json()));
      out.println(mapper.writeValueAsString(root));
    } else {
      boolean first = true;
      for (Output o : outputs) {
        if (!first) {
          out.println();
        }
        out.print(o.text());
        first = false;
      }
      if (outputs.isEmpty()) {
        out.println("no workloads to simulate");
      }
    }
    out.flush();
  }

  private SimSettings settings(List<Hints.Problem> flagWarnings) {
    // BackOff and Hints reject bad values with an IllegalArgumentException: a one-line usage error as it is
    SimSettings base = window == null ? SimSettings.DEFAULT : SimSettings.DEFAULT.withWindow(window());
    BackOff backOff = new BackOff(millis("--backoff-initial", backoffInitial), millis("--backoff-max", backoffMax));
    Map<Hints.Key, List<String>> flags = new EnumMap<>(Hints.Key.class);
    flags.put(Hints.Key.STARTUP_SECONDS, startupSeconds);
    flags.put(Hints.Key.RUN_SECONDS, runSeconds);
    flags.put(Hints.Key.EXIT_CODE, exitCodes);
    return base.withRestartBackOff(backOff).withFlagHints(Hints.fromFlags(flags, flagWarnings));
  }

  private long window() {
    long millis = millis("--for", window);
    if (millis > SimSettings.MAX_WINDOW_MILLIS) {
      throw new UsageException("--for: the simulated time must be more than 0 and at most 7 days");
    }
    return millis;
  }

  private static long millis(String option, String text) {
    try {
      long nanos = GoDuration.parseNanos(text);
      if (nanos <= 0) {
        throw new UsageException(option + " must be a positive duration, not '" + text + "'");
      }
      return Math.max(1, nanos / 1_000_000);
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + ": '" + text + "' is not a duration such as 90s, 15m or 1h30m (" 
          + e.getMessage() + ")");
    }
  }

  private static String location(ManifestObject object, JsonPointer pointer) {
    Span span = object.source().locate(object.object().absolute(pointer), SourceDocument.Target.KEY);
    return object.file() + ":" + span.line() + ":" + span.column();
  }

  /** A {@code --object Kind/name}: kind compared without regard to case. */
  private record ObjectFilter(String text, String kind, String name) {
    static ObjectFilter parse(String text) {
      int slash = text.indexOf('/');
      if (slash <= 0 || slash == text.length() - 1) {
        throw new UsageException("--object must be KIND/NAME, such as Deployment/web, not '" + text + "'");
      }
      return new ObjectFilter(text, text.substring(0, slash), text.substring(slash + 1));
    }

    boolean matches(ObjectRef ref) {
      return kind.equalsIgnoreCase(ref.kind() == null ? "" : ref.kind()) && name.equals(ref.name());
    }
  }
}
