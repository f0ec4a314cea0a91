package io.kubelint.rules.sim;

/**
 * The STATUS column of {@code kubectl get pods}, derived from the pod as kubectl does: {@code Terminating} while it
 * is deleted; {@code Init:N/M}, {@code Init:Error} or {@code Init:CrashLoopBackOff} while init containers run;
 * otherwise the waiting or terminated reason of the last app container that has one ({@code CrashLoopBackOff},
 * {@code Error}, {@code Completed}), {@code Running} when a container runs, and {@code Completed} for a pod that
 * succeeded (https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/ and
 * https://kubernetes.io/docs/tasks/debug/debug-application/debug-init-containers/#understanding-pod-status).
 */
final class PodStatusText {

  private PodStatusText() {
  }

  static String of(PodSim pod) {
    if (pod.deleting()) {
      return "Terminating";
    }
    ContainerSim init = pod.currentInit();
    if (init != null) {
      if (init.state() == ContainerSim.State.WAITING && "CrashLoopBackOff".equals(init.waitingReason())) {
        return "Init:CrashLoopBackOff";
      }
      if (init.state() == ContainerSim.State.TERMINATED && init.lastTermination().exitCode() != 0) {
        return "Init:Error";
      }
      return "Init:" + pod.initsDone() + "/" + pod.initCount();
    }
    if (pod.phase() == PodSim.Phase.SUCCEEDED) {
      return "Completed";
    }
    String reason = pod.phase() == PodSim.Phase.FAILED ? "Error" : "Running";
    boolean running = false;
    for (int i = pod.apps().size() - 1; i >= 0; i--) {
      ContainerSim c = pod.apps().get(i);
      if (c.state() == ContainerSim.State.WAITING && c.waitingReason() != null) {
        reason = c.waitingReason();
      } else if (c.state() == ContainerSim.State.TERMINATED && c.lastTermination() != null) {
        reason = c.lastTermination().reason();
      } else if (c.state() == ContainerSim.State.RUNNING) {
        running = true;
      }
    }
    return reason.equals("Completed") && running ? "Running" : reason;
  }
}
