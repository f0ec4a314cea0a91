package io.kubelint.rules.sim;

import io.kubelint.core.k8s.Container;
import io.kubelint.core.k8s.PodTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * One pod on the (single, simulated) node: init containers run one at a time in order, each to completion before the
 * next; sidecars (init containers with {@code restartPolicy: Always}) start in their turn and the next init container
 * follows as soon as the sidecar has started; then all app containers start together
 * (https://kubernetes.io/docs/concepts/workloads/pods/init-containers/ and
 * https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/). A container that ended is restarted
 * according to the pod's {@code restartPolicy}: {@code Always} after any exit, {@code OnFailure} after a non-zero
 * exit, {@code Never} not at all; a failed init container is retried unless the policy is {@code Never}, which
 * fails the pod; sidecars are always restarted
 * (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy). The phase is {@code Pending}
 * until the init containers are done, {@code Running} while a container runs or may be restarted, and
 * {@code Succeeded} or {@code Failed} once every app container has ended for good: Succeeded when all exited with
 * 0 (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-phase).
 */
final class PodSim {

  /** The pod phases. */
  enum Phase { PENDING, RUNNING, SUCCEEDED, FAILED }

  private final SimContext ctx;
  private final String name;
  private final String ip;
  private final long createdAt;
  private final String restartPolicy;
  private final long graceMillis;
  private final List<ContainerSim> inits = new ArrayList<>();
  private final List<ContainerSim> apps = new ArrayList<>();
  private final PodObserver observer;
  private int initIndex;
  private boolean appsStarted;
  private Phase phase = Phase.PENDING;
  private boolean deleting;
  private boolean gone;
  private long firstReadyAt = -1;

  /** A pod of the factory's template, its containers behaving as the factory says. */
  PodSim(PodFactory factory, String name, PodObserver observer) {
    this.ctx = factory.ctx();
    this.name = name;
    this.ip = "10.244.0." + (10 + ctx.nextPodNumber());
    this.createdAt = ctx.queue().now();
    this.observer = observer;
    PodTemplate template = factory.template();
    String policy = template.restartPolicy();
    this.restartPolicy = policy == null ? "Always" : policy;
    long grace = template.spec().path("terminationGracePeriodSeconds").asLong(30);
    this.graceMillis = Durations.millis(grace);
    for (Container c : template.containers()) {
      ContainerSim sim = new ContainerSim(ctx, this, c, factory.behaviour(c));
      if (c.type() == Container.Type.INIT) {
        inits.add(sim);
      } else if (c.type() == Container.Type.APP) {
        apps.add(sim);
      }
    }
  }

  /** Schedules the pod and starts its first container. */
  void create() {
    ctx.watch().add(this);
    ctx.events().normal("Scheduled", object(), "default-scheduler", "Successfully assigned " + ctx.namespace()
        + "/" + name + " to node-1");
    nextInit();
  }

  private void nextInit() {
    if (initIndex < inits.size()) {
      inits.get(initIndex).start();
      return;
    }
    appsStarted = true;
    phase = Phase.RUNNING;
    apps.forEach(ContainerSim::start);
    if (apps.isEmpty()) {
      finish(Phase.SUCCEEDED);
    }
  }

  /** A container began a run. */
  void containerRunning(ContainerSim c) {
    if (isSidecar(c) && c.started() && isCurrentInit(c)) {
      initIndex++;
      nextInit();
    }
  }

  /** A container's startup probe passed. */
  void containerStartedUp(ContainerSim c) {
    if (isSidecar(c) && isCurrentInit(c)) {
      initIndex++;
      nextInit();
    }
  }

  /** A container was restarted. */
  void containerRestarted() {
    observer.containerRestarted(this);
  }

  /** A container's run ended: restart it, move on, or end the pod. */
  void containerTerminated(ContainerSim c) {
    ctx.watch().record(this);
    if (deleting) {
      checkGone();
      return;
    }
    Termination t = c.lastTermination();
    if (inits.contains(c)) {
      if (isSidecar(c)) {
        c.restart();
      } else if (t.exitCode() == 0) {
        initIndex++;
        nextInit();
      } else if (restartPolicy.equals("Never")) {
        finish(Phase.FAILED);
      } else {
        c.restart();
      }
      return;
    }
    boolean restart = restartPolicy.equals("Always") || restartPolicy.equals("OnFailure") && t.exitCode() != 0;
    if (restart && t.kind() != Termination.Kind.STOPPED) {
      c.restart();
      return;
    }
    if (apps.stream().allMatch(a -> a.state() == ContainerSim.State.TERMINATED)) {
      boolean allZero = apps.stream().allMatch(a -> a.lastTermination().exitCode() == 0);
      finish(allZero ? Phase.SUCCEEDED : Phase.FAILED);
    }
  }

  private void finish(Phase end) {
    phase = end;
    for (ContainerSim sidecar : inits) {
      if (isSidecar(sidecar)) {
        sidecar.stop(graceMillis);
      }
    }
    ctx.watch().record(this);
    observer.podFinished(this);
  }

  /**
   * Deletes the pod: every running container is stopped (SIGTERM, SIGKILL after the grace period) and nothing is
   * restarted; the pod is gone once all have ended.
   */
  void delete() {
    if (deleting || gone) {
      return;
    }
    deleting = true;
    for (ContainerSim c : allContainers()) {
      c.stop(graceMillis);
    }
    ctx.watch().record(this);
    checkGone();
  }

  private void checkGone() {
    if (!gone && allContainers().stream().allMatch(c -> c.state() != ContainerSim.State.RUNNING)) {
      gone = true;
      ctx.watch().remove(this);
    }
  }

  private boolean isSidecar(ContainerSim c) {
    return c.spec().isSidecar();
  }

  private boolean isCurrentInit(ContainerSim c) {
    return !appsStarted && initIndex < inits.size() && inits.get(initIndex) == c;
  }

  /** Init containers in order, then app containers. */
  List<ContainerSim> allContainers() {
    List<ContainerSim> all = new ArrayList<>(inits);
    all.addAll(apps);
    return all;
  }

  List<ContainerSim> apps() {
    return apps;
  }

  /** Initialized, running, and every app container and sidecar ready. */
  boolean ready() {
    if (!appsStarted || phase != Phase.RUNNING || deleting) {
      return false;
    }
    for (ContainerSim c : allContainers()) {
      if ((apps.contains(c) || isSidecar(c)) && !c.ready()) {
        return false;
      }
    }
    return true;
  }

  /** The READY, STATUS and RESTARTS columns of kubectl get pods, now. */
  TimelineRow row() {
    int total = 0;
    int ready = 0;
    int restarts = 0;
    long lastRestart = -1;
    for (ContainerSim c : allContainers()) {
      if (apps.contains(c) || isSidecar(c)) {
        total++;
        ready += c.ready() ? 1 : 0;
      }
      restarts += c.restartCount();
      lastRestart = Math.max(lastRestart, c.lastTerminationShown());
    }
    long now = ctx.queue().now();
    if (firstReadyAt < 0 && ready()) {
      firstReadyAt = now;
    }
    return new TimelineRow(now, name, ready + "/" + total, PodStatusText.of(this), restarts, lastRestart,
        now - createdAt);
  }

  /** The init container now running or waiting, or {@code null} once the app containers started. */
  ContainerSim currentInit() {
    return appsStarted || initIndex >= inits.size() ? null : inits.get(initIndex);
  }

  /** How many init containers have completed (sidecars count once started). */
  int initsDone() {
    return initIndex;
  }

  int initCount() {
    return inits.size();
  }

  String name() {
    return name;
  }

  /** When the kubelet first posted the pod Ready, or -1 when it never did. */
  long firstReadyAt() {
    return firstReadyAt;
  }

  /** {@code pod/NAME}, as events name it. */
  String object() {
    return "pod/" + name;
  }

  String ip() {
    return ip;
  }

  Phase phase() {
    return phase;
  }

  boolean deleting() {
    return deleting;
  }

  long graceMillis() {
    return graceMillis;
  }

  String restartPolicy() {
    return restartPolicy;
  }

  /** Whether nothing of the pod runs any more: it ended (Succeeded or Failed) or was deleted, and no container runs. */
  boolean stopped() {
    return (gone || phase == Phase.SUCCEEDED || phase == Phase.FAILED)
        && allContainers().stream().noneMatch(c -> c.state() == ContainerSim.State.RUNNING);
  }

  /** The restart count of all its containers together. */
  int restarts() {
    return allContainers().stream().mapToInt(ContainerSim::restartCount).sum();
  }
}
