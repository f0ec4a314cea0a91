package io.kubelint.rules.sim;

import io.kubelint.core.k8s.Probe;

/**
 * The kubelet's prober for one probe of one container run, as
 * https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#configure-probes
 * describes it: the first probe {@code initialDelaySeconds} after the container started, then one every
 * {@code periodSeconds}; {@code failureThreshold} failures in a row make the probe fail (a liveness or startup
 * probe then has the container killed), {@code successThreshold} successes in a row make it pass. Liveness and
 * readiness probes are not run until the startup probe has passed, and the startup probe is not run after it
 * passed. So a startup or liveness probe kills at the failureThreshold-th failure in a row, at the earliest
 * {@code initialDelaySeconds + (failureThreshold − 1) × periodSeconds} after the start; the documentation's budget of
 * {@code initialDelaySeconds + failureThreshold × periodSeconds} is that plus one period. An Unknown outcome changes
 * nothing (an event says the probe errored). Every failure is an
 * {@code Unhealthy} event. Answers are immediate: the probe's {@code timeoutSeconds} (default 1) only matters to a
 * program that answers slowly, which no evidence shows. The real kubelet's ticks may start up to one period later;
 * the documented timing is modelled.
 */
final class ProbeWorker {

  private final SimContext ctx;
  private final ContainerSim container;
  private final Probe probe;
  private final ProbeBehaviour behaviour;
  private final long startedAt;
  private ProbeBehaviour.Outcome last;
  private int run;
  private EventQueue.Timer timer;
  private boolean stopped;

  ProbeWorker(SimContext ctx, ContainerSim container, Probe probe, ProbeBehaviour behaviour, long startedAt) {
    this.ctx = ctx;
    this.container = container;
    this.probe = probe;
    this.behaviour = behaviour;
    this.startedAt = startedAt;
  }

  Probe probe() {
    return probe;
  }

  void start() {
    timer = ctx.queue().at(startedAt + probe.initialDelaySeconds() * 1000L, this::tick);
  }

  void stop() {
    stopped = true;
    if (timer != null) {
      timer.cancel();
    }
  }

  private void tick() {
    if (stopped) {
      return;
    }
    boolean startup = probe.type() == Probe.Type.STARTUP;
    if (startup && container.started()) {
      return;
    }
    timer = ctx.queue().after(Math.max(1, probe.periodSeconds()) * 1000L, this::tick);
    if (!startup && !container.started()) {
      return;
    }
    long since = ctx.queue().now() - startedAt;
    ProbeBehaviour.Outcome outcome = behaviour.answer(since);
    String label = ProbeEvidence.label(probe.type());
    if (outcome == ProbeBehaviour.Outcome.UNKNOWN) {
      ctx.events().warning("Unhealthy", container.pod().object(), "kubelet", label + " probe errored: "
          + behaviour.cannotRun().text());
      return;
    }
    run = outcome == last ? run + 1 : 1;
    last = outcome;
    if (outcome == ProbeBehaviour.Outcome.FAILURE) {
      ctx.events().warning("Unhealthy", container.pod().object(), "kubelet", label + " probe failed: "
          + behaviour.failureOutput().replace("{podIP}", container.pod().ip()));
      if (run >= Math.max(1, probe.failureThreshold())) {
        container.probeFailed(this, behaviour.failureEvidence(since));
      }
    } else if (run >= Math.max(1, probe.successThreshold())) {
      container.probePassed(this);
    }
  }
}
