package io.kubelint.rules.sim;

import io.kubelint.core.k8s.Probe;
import io.kubelint.rules.shell.ShellScript;
import io.kubelint.rules.shell.ShellScript.SimpleCommand;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * How a probe will answer, from static evidence first: an {@code httpGet} or {@code tcpSocket} probe on a named
 * port the container does not declare cannot be run at all (the kubelet resolves the name among the container's
 * {@code ports}; a {@code grpc} probe's port is always a number); an exec probe that tests a file
 * ({@code cat F}, {@code test -f F}, {@code [ -e F ]}, {@code ls F}, {@code stat F}) answers by whether the
 * container's own script has created or removed that file. Otherwise the probe passes once the process answers
 * (its startup time, 0 unless hinted). Probe mechanisms: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#probe-check-methods.
 */
public final class ProbeEvidence {

  private static final Set<String> FILE_TESTS = Set.of("cat", "test", "[", "ls", "stat", "head");
  private static final Pattern PORT_NUMBER = Pattern.compile("\\d+");
  /** The {@code test} operators that ask whether a file exists. */
  private static final Pattern FILE_OPERATOR = Pattern.compile("-[efsr]");

  private ProbeEvidence() {
  }

  /**
   * The behaviour of a probe.
   *
   * @param probe the probe
   * @param command the container's command evidence, if any
   * @param process the container's process behaviour (for its startup time)
   */
  public static ProbeBehaviour of(Probe probe, Optional<CommandEvidence> command, ProcessBehaviour process) {
    FileTest test = fileTest(probe);
    String file = test == null ? null : test.file();
    String output = output(probe, test);
    Evidence cannotRun = undeclaredPort(probe);
    if (cannotRun != null) {
      return new ProbeBehaviour(null, null, cannotRun, output);
    }
    Optional<ScriptRun> run = command.flatMap(CommandEvidence::run);
    if (file != null && run.isPresent()) {
      Long created = null;
      Long removed = null;
      for (ScriptRun.FileChange change : run.get().files()) {
        if (!change.path().equals(file)) {
          continue;
        }
        if (change.exists() && created == null && removed == null) {
          created = change.atMillis();
        } else if (!change.exists() && removed == null) {
          removed = change.atMillis();
        }
      }
      if (created != null || removed != null) {
        String what = "the probe tests " + file + ", which the container's script ";
        Evidence from = created != null && created > 0 ? new Evidence(Evidence.Strength.STATIC,
            Evidence.Fact.FILE_CREATED, what + "creates only after " + Durations.exact(created), created,
            command.get().at()) : null;
        Evidence after = removed != null ? new Evidence(Evidence.Strength.STATIC, Evidence.Fact.FILE_REMOVED,
            what + "removes after " + Durations.exact(removed), removed, command.get().at()) : null;
        return new ProbeBehaviour(from, after, null, output);
      }
    }
    return new ProbeBehaviour(process.startup(), null, null, output);
  }

  /** Evidence that the probe names a port the container does not declare, or {@code null}. */
  static Evidence undeclaredPort(Probe probe) {
    for (String handler : List.of("httpGet", "tcpSocket")) {
      JsonNode port = probe.json().path(handler).path("port");
      if (!port.isString() || PORT_NUMBER.matcher(port.asString()).matches()) {
        continue;
      }
      Set<String> declared = new HashSet<>();
      probe.container().json().path("ports").forEach(p -> declared.add(p.path("name").asString("")));
      if (!declared.contains(port.asString())) {
        return new Evidence(Evidence.Strength.STATIC, Evidence.Fact.UNDECLARED_PORT, "container "
            + probe.container().name() + " declares no port named \"" + port.asString() + "\"", 0,
            probe.path().appendProperty(handler).appendProperty("port"));
      }
    }
    return null;
  }

  /** An exec probe of one simple command that tests a file: the command's name and the file. */
  record FileTest(String command, String file) {
  }

  /** The file test an exec probe of one simple command makes, or {@code null}. */
  static FileTest fileTest(Probe probe) {
    ShellScript script = ShellScript.of(ShellScript.execCommand(probe));
    if (script.commands().size() != 1 || !script.isStraightLine()) {
      return null;
    }
    SimpleCommand c = script.commands().get(0);
    if (!FILE_TESTS.contains(c.name())) {
      return null;
    }
    List<String> operands = c.args().stream().filter(a -> !a.startsWith("-") && !a.equals("]")).toList();
    if (operands.size() != 1 || operands.get(0).contains("$") || operands.get(0).contains("*")) {
      return null;
    }
    if ((c.name().equals("test") || c.name().equals("["))
        && c.args().stream().noneMatch(a -> FILE_OPERATOR.matcher(a).matches())) {
      return null;
    }
    return new FileTest(c.name(), operands.get(0));
  }

  /**
   * What the kubelet reports when the probe fails; {@code {podIP}} stands for the pod's address.
   *
   * @param test the file test the probe makes ({@link #fileTest}), or {@code null}
   */
  static String output(Probe probe, FileTest test) {
    JsonNode json = probe.json();
    if (json.has("httpGet")) {
      JsonNode http = json.path("httpGet");
      String scheme = http.path("scheme").asString("HTTP").toLowerCase(java.util.Locale.ROOT);
      String host = http.path("host").asString("{podIP}");
      String port = http.path("port").asString("80");
      String path = http.path("path").asString("/");
      return "Get \"" + scheme + "://" + host + ":" + port + path + "\": dial tcp " + host + ":" + port
          + ": connect: connection refused";
    }
    if (json.has("tcpSocket")) {
      JsonNode tcp = json.path("tcpSocket");
      String host = tcp.path("host").asString("{podIP}");
      return "dial tcp " + host + ":" + tcp.path("port").asString("") + ": connect: connection refused";
    }
    if (json.has("grpc")) {
      return "timeout: failed to connect service \"{podIP}:" + json.path("grpc").path("port").asString("")
          + "\" within " + probe.timeoutSeconds() + "s";
    }
    // busybox cat's message; test and [ print nothing
    return test != null && test.command().equals("cat")
        ? "cat: can't open '" + test.file() + "': No such file or directory" : "";
  }

  /** {@code Liveness}, {@code Readiness} or {@code Startup}, as the kubelet's events name probes. */
  public static String label(Probe.Type type) {
    return switch (type) {
      case LIVENESS -> "Liveness";
      case READINESS -> "Readiness";
      case STARTUP -> "Startup";
    };
  }
}
