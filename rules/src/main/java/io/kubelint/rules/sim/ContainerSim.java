package io.kubelint.rules.sim;

import io.kubelint.core.k8s.Container;
import io.kubelint.core.k8s.Probe;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The kubelet's view of one container of a pod: its runs, probes, kills and restarts. A run starts at once (the
 * image is taken to be present); its process exits when its behaviour says, or is killed when a liveness or
 * startup probe fails: the kubelet sends SIGTERM and, when the program ignores it, SIGKILL after the grace period
 * (the probe's {@code terminationGracePeriodSeconds}, else the pod's, default 30 s), which makes the exit code 137;
 * a program that ends on SIGTERM exits with 143
 * (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination and
 * https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#probe-level-terminationgraceperiodseconds).
 *
 * <p>Whether a run that ended is restarted is the pod's decision ({@link PodSim}); the restart itself follows the
 * kubelet's back-off ({@link BackOff}): the first restart after a crash is immediate, later ones wait 10 s, 20 s,
 * 40 s, … up to the maximum, in the {@code CrashLoopBackOff} state; a run that lasted 10 minutes since its restart
 * resets the back-off (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-restarts).
 */
final class ContainerSim {

  /** The container states of https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-states. */
  enum State { WAITING, RUNNING, TERMINATED }

  private final SimContext ctx;
  private final PodSim pod;
  private final Container spec;
  private final ContainerBehaviour behaviour;
  private final Map<Probe.Type, Probe> probes = new EnumMap<>(Probe.Type.class);
  private final List<ProbeWorker> workers = new ArrayList<>();
  private final List<Termination> terminations = new ArrayList<>();
  private State state = State.WAITING;
  private String waitingReason = "ContainerCreating";
  private int restartCount;
  private long startedAt;
  private boolean started;
  private boolean readyByProbe;
  private boolean stopping;
  private boolean stopped;
  private long backoff;
  private long backoffUpdatedAt;
  private long firstCrashLoopAt = -1;
  private long killedAt;
  private EventQueue.Timer exitTimer;
  private EventQueue.Timer restartTimer;

  ContainerSim(SimContext ctx, PodSim pod, Container spec, ContainerBehaviour behaviour) {
    this.ctx = ctx;
    this.pod = pod;
    this.spec = spec;
    this.behaviour = behaviour;
    spec.probes().forEach(p -> probes.put(p.type(), p));
  }

  /** Starts the first run. */
  void start() {
    run();
  }

  private void run() {
    state = State.RUNNING;
    waitingReason = null;
    startedAt = ctx.queue().now();
    started = !probes.containsKey(Probe.Type.STARTUP);
    readyByProbe = false;
    stopping = false;
    String object = pod.object();
    ctx.events().normal("Pulled", object, "kubelet", "Container image \"" + spec.json().path("image").asString("")
        + "\" already present on machine");
    ctx.events().normal("Created", object, "kubelet", "Created container: " + name());
    ctx.events().normal("Started", object, "kubelet", "Started container " + name());
    ProcessBehaviour process = behaviour.process();
    if (process.exitMillis() != null) {
      exitTimer = ctx.queue().after(process.exitMillis(), () -> exited(process.exitCode(), Termination.Kind.EXITED,
          null, process.exit()));
    }
    for (Probe probe : probes.values()) {
      ProbeWorker worker = new ProbeWorker(ctx, this, probe, behaviour.probes().get(probe.type()), startedAt);
      workers.add(worker);
      worker.start();
    }
    pod.containerRunning(this);
  }

  /** A liveness or startup probe failed failureThreshold times: kill; a readiness probe: not ready. */
  void probeFailed(ProbeWorker worker, Evidence evidence) {
    Probe probe = worker.probe();
    if (probe.type() == Probe.Type.READINESS) {
      readyByProbe = false;
      return;
    }
    if (stopping) {
      return;
    }
    Termination.Kind kind = probe.type() == Probe.Type.LIVENESS ? Termination.Kind.LIVENESS
        : Termination.Kind.STARTUP;
    ctx.events().normal("Killing", pod.object(), "kubelet", "Container " + name() + " failed "
        + Causes.label(probe) + " probe, will be restarted");
    terminate(graceMillis(probe), kind, probe, evidence);
  }

  /** A startup probe passed: liveness and readiness probes begin; a readiness probe passed: ready. */
  void probePassed(ProbeWorker worker) {
    if (worker.probe().type() == Probe.Type.STARTUP) {
      started = true;
      pod.containerStartedUp(this);
    } else if (worker.probe().type() == Probe.Type.READINESS) {
      readyByProbe = true;
    }
  }

  /** Stops the container for good (its pod is being deleted): SIGTERM, then SIGKILL after the grace period. */
  void stop(long graceMillis) {
    stopped = true;
    if (restartTimer != null) {
      restartTimer.cancel();
    }
    if (state == State.RUNNING && !stopping) {
      ctx.events().normal("Killing", pod.object(), "kubelet", "Stopping container " + name());
      terminate(graceMillis, Termination.Kind.STOPPED, null, null);
    } else if (state == State.WAITING) {
      state = State.TERMINATED;
    }
  }

  private void terminate(long graceMillis, Termination.Kind kind, Probe probe, Evidence evidence) {
    stopping = true;
    killedAt = ctx.queue().now();
    workers.forEach(ProbeWorker::stop);
    workers.clear();
    if (behaviour.process().ignoresSigterm()) {
      ctx.queue().after(graceMillis, () -> exited(137, kind, probe, evidence));
    } else {
      ctx.queue().after(0, () -> exited(143, kind, probe, evidence));
    }
  }

  private void exited(int code, Termination.Kind kind, Probe probe, Evidence evidence) {
    if (state != State.RUNNING) {
      return;
    }
    if (exitTimer != null) {
      exitTimer.cancel();
    }
    workers.forEach(ProbeWorker::stop);
    workers.clear();
    state = State.TERMINATED;
    long now = ctx.queue().now();
    terminations.add(new Termination(now, stopping ? killedAt : now, code, kind, probe, evidence));
    pod.containerTerminated(this);
  }

  /**
   * Restarts the container after its last run ended, waiting out the back-off: immediately when there is no
   * back-off yet or the last run lasted more than 10 minutes since its restart, else after the current delay in
   * {@code CrashLoopBackOff}, which then doubles (up to the maximum).
   */
  void restart() {
    if (stopped) {
      return;
    }
    Termination last = lastTermination();
    BackOff policy = ctx.settings().restartBackOff();
    boolean fresh = backoff == 0 || last.atMillis() - backoffUpdatedAt > BackOff.RESET_MILLIS;
    if (fresh) {
      backoff = policy.initialMillis();
      backoffUpdatedAt = ctx.queue().now();
      restartNow();
      return;
    }
    state = State.WAITING;
    waitingReason = "CrashLoopBackOff";
    if (firstCrashLoopAt < 0) {
      firstCrashLoopAt = ctx.queue().now();
    }
    ctx.events().warning("BackOff", pod.object(), "kubelet", "Back-off restarting failed container " + name()
        + " in pod " + pod.name() + "_" + ctx.namespace());
    restartTimer = ctx.queue().at(last.atMillis() + backoff, () -> {
      backoff = policy.next(backoff);
      backoffUpdatedAt = ctx.queue().now();
      restartNow();
    });
  }

  private void restartNow() {
    if (stopped) {
      return;
    }
    restartCount++;
    run();
    pod.containerRestarted();
  }

  String name() {
    return spec.name();
  }

  Container spec() {
    return spec;
  }

  PodSim pod() {
    return pod;
  }

  State state() {
    return state;
  }

  String waitingReason() {
    return waitingReason;
  }

  /** When the current (or last) run started. */
  long startedAt() {
    return startedAt;
  }

  boolean started() {
    return started;
  }

  /** Running, started, not being stopped, and its readiness probe (if any) passed. */
  boolean ready() {
    return state == State.RUNNING && started && !stopping
        && (!probes.containsKey(Probe.Type.READINESS) || readyByProbe);
  }

  int restartCount() {
    return restartCount;
  }

  /**
   * When its last termination state ended, as kubectl's RESTARTS column counts "ago" from: the latest run's end while
   * it waits or runs again, the one before while it is terminated; -1 when it never restarted.
   */
  long lastTerminationShown() {
    if (restartCount == 0) {
      return -1;
    }
    int i = terminations.size() - (state == State.TERMINATED ? 2 : 1);
    return i >= 0 ? terminations.get(i).atMillis() : -1;
  }

  /** When it first waited in CrashLoopBackOff, or -1. */
  long firstCrashLoopAt() {
    return firstCrashLoopAt;
  }

  List<Termination> terminations() {
    return List.copyOf(terminations);
  }

  Termination lastTermination() {
    return terminations.isEmpty() ? null : terminations.get(terminations.size() - 1);
  }

  ContainerBehaviour behaviour() {
    return behaviour;
  }

  /** A probe's {@code terminationGracePeriodSeconds} when set, else the pod's, in milliseconds. */
  private long graceMillis(Probe probe) {
    tools.jackson.databind.JsonNode node = probe.json().path("terminationGracePeriodSeconds");
    return node.isIntegralNumber() && node.asLong() >= 0 ? Durations.millis(node.asLong()) : pod.graceMillis();
  }
}
