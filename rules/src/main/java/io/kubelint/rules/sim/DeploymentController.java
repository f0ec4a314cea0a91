package io.kubelint.rules.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A Deployment's controller for its first rollout: it creates a ReplicaSet for the pod template and scales it to
 * {@code replicas} (default 1); the rollout is complete once all pods are available (Ready for
 * {@code minReadySeconds}, default 0). Each time more pods become Ready or available counts as progress; when none is
 * made for {@code progressDeadlineSeconds} (default 600) before the rollout completes, the Progressing condition
 * turns False with reason {@code ProgressDeadlineExceeded}, shown here as a Warning event
 * (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#progress-deadline-seconds and
 * https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#failed-deployment). A paused Deployment
 * creates nothing.
 */
final class DeploymentController implements Controller {

  private final PodFactory pods;
  private final Names names;
  private final String name;
  private final int replicas;
  private final long deadlineMillis;
  private final long minReadyMillis;
  private final boolean paused;
  private final Map<PodSim, Long> readySince = new HashMap<>();
  private String replicaSet;
  private int target;
  private int lastReady;
  private int lastAvailable;
  private long completedAt = -1;
  private long stalledAt = -1;
  private Cause stallCause;
  private EventQueue.Timer deadline;

  DeploymentController(PodFactory pods, Names names, String name, JsonNode spec) {
    this.pods = pods;
    this.names = names;
    this.name = name;
    this.replicas = Math.max(0, spec.path("replicas").asInt(1));
    this.deadlineMillis = progressDeadlineMillis(spec);
    this.minReadyMillis = Durations.millis(spec.path("minReadySeconds").asLong(0));
    this.paused = spec.path("paused").asBoolean(false);
  }

  /** A Deployment spec's {@code progressDeadlineSeconds} (default 600, at least 1), in milliseconds. */
  static long progressDeadlineMillis(JsonNode spec) {
    return Durations.millis(Math.max(1, spec.path("progressDeadlineSeconds").asLong(600)));
  }

  @Override
  public void start() {
    if (paused) {
      return;
    }
    replicaSet = name + "-" + names.templateHash();
    pods.ctx().events().normal("ScalingReplicaSet", "deployment/" + name, "deployment-controller",
        "Scaled up replica set " + replicaSet + " from 0 to " + replicas);
    ReplicaSetController set = new ReplicaSetController(pods, names, "replicaset/" + replicaSet,
        "replicaset-controller", replicaSet, replicas);
    set.start();
    target = set.simulated();
    if (target == 0) {
      completedAt = 0;
      return;
    }
    armDeadline();
    pods.ctx().queue().onInstantEnd(this::evaluate);
  }

  private void evaluate() {
    if (completedAt >= 0 || stalledAt >= 0) {
      return;
    }
    long now = pods.ctx().queue().now();
    int ready = 0;
    int available = 0;
    for (PodSim pod : pods.pods()) {
      if (!pod.ready()) {
        readySince.remove(pod);
        continue;
      }
      ready++;
      Long since = readySince.get(pod);
      if (since == null) {
        readySince.put(pod, now);
        since = now;
        if (minReadyMillis > 0) {
          pods.ctx().queue().at(now + minReadyMillis, () -> { });
        }
      }
      if (now - since >= minReadyMillis) {
        available++;
      }
    }
    if (ready > lastReady || available > lastAvailable) {
      armDeadline();
    }
    lastReady = ready;
    lastAvailable = available;
    if (available >= target) {
      completedAt = now;
      deadline.cancel();
    }
  }

  private void armDeadline() {
    if (deadline != null) {
      deadline.cancel();
    }
    deadline = pods.ctx().queue().after(deadlineMillis, () -> {
      if (completedAt < 0) {
        stalledAt = pods.ctx().queue().now();
        stallCause = NotReady.cause(pods, stalledAt);
        pods.ctx().events().warning("ProgressDeadlineExceeded", "deployment/" + name, "deployment-controller",
            "ReplicaSet \"" + replicaSet + "\" has timed out progressing.");
      }
    });
  }

  @Override
  public List<Verdict> verdicts() {
    List<Verdict> out = new ArrayList<>();
    String subject = "deployment/" + name;
    if (completedAt >= 0) {
      out.add(new Verdict(Verdict.Kind.ROLLOUT_COMPLETE, subject, "the rollout completes at "
          + Durations.exact(completedAt), "", null, completedAt, replicas));
    } else if (stalledAt >= 0) {
      out.add(new Verdict(Verdict.Kind.ROLLOUT_STALLED, subject, "the rollout stalls: its pods do not "
          + "become available within progressDeadlineSeconds", "ProgressDeadlineExceeded at "
          + Durations.exact(stalledAt) + ", progressDeadlineSeconds " + deadlineMillis / 1000, stallCause, stalledAt, 0));
    }
    return out;
  }
}
