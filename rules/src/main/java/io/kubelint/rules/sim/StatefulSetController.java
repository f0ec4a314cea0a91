package io.kubelint.rules.sim;

import java.util.List;

/**
 * A StatefulSet's controller: pods {@code NAME-0}, {@code NAME-1}, … With the default
 * {@code podManagementPolicy: OrderedReady} a pod is created only when all before it are Running and Ready, so a
 * first pod that never becomes Ready holds back all others; with {@code Parallel} all are created at once
 * (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-management-policies). Only the
 * first {@link SimSettings#maxPods()} pods are simulated; they behave alike, so the later ones would add nothing.
 */
final class StatefulSetController implements Controller {

  private final PodFactory pods;
  private final String name;
  private final int replicas;
  private final boolean parallel;
  private int created;
  private boolean pending;

  StatefulSetController(PodFactory pods, String name, int replicas, boolean parallel) {
    this.pods = pods;
    this.name = name;
    this.replicas = Math.min(replicas, pods.ctx().settings().maxPods());
    this.parallel = parallel;
    if (this.replicas < replicas) {
      pods.ctx().note("statefulset/" + name + " has " + replicas + " replicas: only the first " + this.replicas
          + " pods are simulated (they behave alike)");
    }
  }

  @Override
  public void start() {
    if (parallel) {
      while (created < replicas) {
        createNext();
      }
      return;
    }
    if (replicas > 0) {
      createNext();
      pods.ctx().queue().onInstantEnd(() -> {
        List<PodSim> all = pods.pods();
        if (created < replicas && !pending && all.stream().allMatch(PodSim::ready)) {
          pending = true;
          pods.ctx().queue().after(0, () -> {
            pending = false;
            createNext();
          });
        }
      });
    }
  }

  private void createNext() {
    String pod = name + "-" + created++;
    pods.ctx().events().normal("SuccessfulCreate", "statefulset/" + name, "statefulset-controller",
        "create Pod " + pod + " in StatefulSet " + name + " successful");
    pods.create(pod, PodObserver.NONE);
  }
}
