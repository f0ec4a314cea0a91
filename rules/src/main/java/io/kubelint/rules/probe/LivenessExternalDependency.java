package io.kubelint.rules.probe;

import io.kubelint.core.k8s.Probe;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.ProbeMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.rules.shell.ShellScript;
import io.kubelint.rules.shell.ShellScript.SimpleCommand;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A liveness probe that depends on something outside its container: {@code httpGet.host} or
 * {@code tcpSocket.host} naming another host, or an exec probe whose command reaches another host with curl, wget,
 * nc, pg_isready, mysqladmin, redis-cli and the like. Only literal host names count: localhost, loopback addresses
 * and shell variables (which may expand to the pod's own address) are not flagged. Readiness probes may check
 * dependencies and are not looked at. Source:
 * https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/#liveness-probe
 */
@RuleInfo(id = "liveness-external-dependency", severity = Severity.WARNING,
    summary = "A liveness probe checks another service, not the container itself",
    rationale = "When the dependency goes down, every container whose liveness probe checks it is killed and "
        + "restarted, over and over, which cannot bring the dependency back and turns one outage into a cascade. "
        + "Liveness should test only the process itself; dependency checks belong in the readiness probe.",
    docs = "https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/",
    probes = Probe.Type.LIVENESS,
    sets = {RuleSet.RECOMMENDED, RuleSet.RELIABILITY})
public final class LivenessExternalDependency implements ProbeMatcher {

  private static final Set<String> NETWORK_TOOLS = Set.of("curl", "wget", "nc", "ncat", "netcat", "telnet",
      "pg_isready", "psql", "mysqladmin", "mysql", "redis-cli", "mongo", "mongosh", "grpc_health_probe", "http",
      "nslookup", "dig", "ping", "cqlsh", "kafka-broker-api-versions", "nats");
  private static final Pattern URL = Pattern.compile("^(?:[a-z][a-z0-9+.-]*://)(?:[^@/]*@)?(\\[[^\\]]+]|[^:/?#]+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HOST_PORT = Pattern.compile("^([A-Za-z0-9.-]+\\.[A-Za-z]{2,}|[A-Za-z0-9-]+):\\d+");
  /** The tools that take the host as their first operand. */
  private static final Set<String> POSITIONAL_HOST = Set.of("nc", "ncat", "netcat", "telnet", "ping", "nslookup",
      "dig");
  /** Options of those tools whose value is the next word. */
  private static final Set<String> VALUE_OPTIONS = Set.of("-w", "-W", "-c", "-i", "-p", "-q", "-s", "-t");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  @Override
  public void matchProbe(Probe probe, RuleContext ctx) {
    for (String handler : List.of("httpGet", "tcpSocket")) {
      JsonNode host = probe.json().path(handler).path("host");
      if (host.isString() && !isLocal(host.asString())) {
        ctx.report(probe.path().appendProperty(handler).appendProperty("host")).atValue()
            .message("liveness probe of container %s checks host %s, not the container itself",
                probe.container().name(), host.asString())
            .help("remove host so the kubelet probes the pod's own IP; check %s in a readinessProbe instead"
                .formatted(host.asString()))
            .emit();
      }
    }
    List<String> argv = ShellScript.execCommand(probe);
    for (SimpleCommand c : ShellScript.of(argv).commands()) {
      if (!NETWORK_TOOLS.contains(c.name())) {
        continue;
      }
      String host = remoteHost(c);
      if (host != null) {
        JsonPointer at = probe.path().appendProperty("exec").appendProperty("command");
        int index = indexContaining(argv, host);
        ctx.report(index >= 0 ? at.appendIndex(index) : at)
            .message("liveness probe of container %s runs %s against %s: if %s is down, the kubelet restarts "
                + "this container, which cannot fix it", probe.container().name(), c.name(), host, host)
            .help("let the liveness probe check only this container (localhost); move the check of " + host
                + " to a readinessProbe")
            .emit();
        return;
      }
    }
  }

  /** The first non-local host a network tool's arguments name, or {@code null}. */
  static String remoteHost(SimpleCommand command) {
    for (int i = 0; i < command.args().size(); i++) {
      String host = hostAt(command, i);
      if (host != null) {
        host = stripPort(host);
        if (!host.isEmpty() && !isLocal(host)) {
          return host;
        }
      }
    }
    return null;
  }

  /** The host (perhaps with a port) that argument {@code i} of a network tool names or introduces, or {@code null}. */
  private static String hostAt(SimpleCommand command, int i) {
    List<String> args = command.args();
    String a = args.get(i);
    boolean curl = command.name().equals("curl");
    Matcher url = URL.matcher(a);
    if (url.find()) {
      return url.group(1);
    }
    if ((a.equals("-h") || a.equals("--host") || a.equals("-host") || a.equals("--hostname"))
        && i + 1 < args.size() && !curl) {
      return args.get(i + 1);
    }
    if (a.startsWith("--host=") || a.startsWith("-addr=") || a.startsWith("--addr=")) {
      return a.substring(a.indexOf('=') + 1);
    }
    if (a.startsWith("-h") && a.length() > 2 && !a.startsWith("-he") && !curl) {
      return a.substring(2);
    }
    Matcher hp = HOST_PORT.matcher(a);
    if (hp.find() && !a.startsWith("-")) {
      return hp.group(1);
    }
    return isPositionalHost(command.name(), args, i) ? a : null;
  }

  /** nc, telnet, ping, dig and nslookup take the host as their first operand. */
  private static boolean isPositionalHost(String tool, List<String> args, int i) {
    if (!POSITIONAL_HOST.contains(tool)) {
      return false;
    }
    String a = args.get(i);
    if (a.startsWith("-") || a.startsWith("@")) {
      return false;
    }
    boolean previousTakesValue = i > 0 && VALUE_OPTIONS.contains(args.get(i - 1));
    if (previousTakesValue) {
      return false;
    }
    for (int j = 0; j < i; j++) {
      String earlier = args.get(j);
      boolean earlierIsValue = j > 0 && VALUE_OPTIONS.contains(args.get(j - 1));
      if (!earlier.startsWith("-") && !earlierIsValue) {
        return false;
      }
    }
    return !DIGITS.matcher(a).matches();
  }

  private static String stripPort(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end > 0 ? host.substring(1, end) : host;
    }
    int colon = host.indexOf(':');
    return colon > 0 && host.indexOf(':', colon + 1) < 0 ? host.substring(0, colon) : host;
  }

  /** Loopback names, the unspecified address, and anything a shell or the kubelet would expand. */
  static boolean isLocal(String host) {
    String h = host.toLowerCase(Locale.ROOT).trim();
    return h.isEmpty() || h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.")
        || h.equals("::1") || h.equals("[::1]") || h.equals("0.0.0.0") || h.equals("::")
        || h.contains("$") || h.contains("`") || h.contains("{");
  }

  private static int indexContaining(List<String> argv, String host) {
    for (int i = argv.size() - 1; i >= 0; i--) {
      if (argv.get(i).contains(host)) {
        return i;
      }
    }
    return -1;
  }
}
