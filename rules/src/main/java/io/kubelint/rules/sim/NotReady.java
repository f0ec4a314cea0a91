package io.kubelint.rules.sim;

/** Finds why the pods of a workload are not Ready: the first container that is not, and its cause. */
final class NotReady {

  private NotReady() {
  }

  /** The cause for the first pod that is not Ready at {@code now}, or {@code null} when none rests on evidence. */
  static Cause cause(PodFactory pods, long now) {
    for (PodSim pod : pods.pods()) {
      if (pod.ready()) {
        continue;
      }
      for (ContainerSim c : pod.allContainers()) {
        if (c.ready() || c.spec().type() == io.kubelint.core.k8s.Container.Type.INIT && !c.spec().isSidecar()
            && c.state() == ContainerSim.State.TERMINATED && c.lastTermination().exitCode() == 0) {
          continue;
        }
        Cause cause = Causes.ofNotReady(c, pods.template().workload(), pod.restartPolicy(), now);
        if (cause != null) {
          return cause;
        }
      }
    }
    return null;
  }
}
