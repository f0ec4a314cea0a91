package io.kubelint.rules.probe;

import io.kubelint.core.k8s.Probe;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.ProbeMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;

/**
 * A liveness probe without {@code initialDelaySeconds} in a container without a {@code startupProbe}: the kubelet
 * probes from the moment the container starts and kills it after {@code failureThreshold} consecutive failures,
 * {@code periodSeconds} apart (defaults 3 × 10 s), so an application that needs longer to start is restarted
 * before it ever answers. Source:
 * https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#configure-probes
 */
@RuleInfo(id = "probe-initial-delay", severity = Severity.WARNING,
    summary = "A liveness probe starts at once, with no initialDelaySeconds and no startupProbe",
    rationale = "The kubelet kills a container whose liveness probe fails failureThreshold times in a row. Without "
        + "initialDelaySeconds or a startupProbe, that happens periodSeconds × failureThreshold seconds after start "
        + "(30 s by default), so an application that starts more slowly never gets to serve: it ends in "
        + "CrashLoopBackOff.",
    docs = "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"
        + "#define-startup-probes",
    probes = Probe.Type.LIVENESS,
    sets = {RuleSet.RECOMMENDED, RuleSet.RELIABILITY})
public final class ProbeInitialDelay implements ProbeMatcher {

  @Override
  public void matchProbe(Probe probe, RuleContext ctx) {
    if (probe.has("initialDelaySeconds") || probe.container().hasProbe(Probe.Type.STARTUP)) {
      return;
    }
    int period = probe.periodSeconds();
    int threshold = probe.failureThreshold();
    long killAfter = (long) period * threshold;
    ctx.report(probe.path())
        .message("liveness probe of container %s starts at once (no initialDelaySeconds, no startupProbe): the "
            + "kubelet kills the container if it is not answering within %d s (periodSeconds %d × failureThreshold "
            + "%d)", probe.container().name(), killAfter, period, threshold)
        .help("add a startupProbe whose failureThreshold × periodSeconds is longer than the slowest start, or set "
            + "initialDelaySeconds on the liveness probe")
        .emit();
  }
}
