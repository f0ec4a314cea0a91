package io.kubelint.rules.sim;

import io.kubelint.core.k8s.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the containers that restart in a loop: they reached {@code CrashLoopBackOff} (the kubelet held a restart
 * back: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-restarts), or restarted at least
 * three times within the window (a restart every run, each after more than 10 minutes, which resets the back-off).
 * Also says how bare pods ended, and which pods never became Ready.
 */
final class RestartLoops {

  /** Restarts within the window that count as a loop even without CrashLoopBackOff. */
  static final int MIN_RESTARTS = 3;

  private RestartLoops() {
  }

  /** The verdict for the first looping container (by the time of its first crash), if any. */
  static List<Verdict> find(PodFactory pods, long end) {
    ContainerSim worst = null;
    for (PodSim pod : pods.pods()) {
      for (ContainerSim c : pod.allContainers()) {
        boolean looping = c.firstCrashLoopAt() >= 0 || c.restartCount() >= MIN_RESTARTS;
        if (looping && (worst == null
            || c.terminations().get(0).atMillis() < worst.terminations().get(0).atMillis())) {
          worst = c;
        }
      }
    }
    if (worst == null) {
      return List.of();
    }
    Termination first = worst.terminations().get(0);
    WorkloadKind kind = pods.template().workload();
    Cause cause = Causes.ofTermination(first, kind, worst.pod().restartPolicy());
    String what = first.kind() == Termination.Kind.EXITED ? "first crash at " + Durations.exact(first.atMillis())
        : "first kill at " + Durations.exact(first.killedAtMillis()) + (first.killedAtMillis() == first.atMillis()
            ? "" : ", ended by SIGKILL at " + Durations.exact(first.atMillis()));
    String loop = worst.firstCrashLoopAt() >= 0 ? ", CrashLoopBackOff from " + Durations.exact(worst.firstCrashLoopAt())
        : "";
    String details = String.format(Locale.ROOT, "%s%s, %d restart%s after %s", what, loop, worst.restartCount(),
        worst.restartCount() == 1 ? "" : "s", Durations.exact(end));
    return List.of(new Verdict(Verdict.Kind.RESTART_LOOP, "pod/" + worst.pod().name() + " container "
        + worst.name(), "container " + worst.name() + " restarts in a loop", details, cause, first.atMillis(),
        worst.restartCount()));
  }

  /**
   * Pods of a long-running workload that never became Ready in the window, when evidence shows why (restart loops
   * are reported on their own and not again here).
   */
  static List<Verdict> neverReady(PodFactory pods, long end) {
    PodSim pod = pods.pods().stream().filter(p -> p.firstReadyAt() < 0 && p.phase() == PodSim.Phase.RUNNING)
        .findFirst().orElse(null);
    Cause cause = pod == null ? null : NotReady.cause(pods, end);
    return cause == null ? List.of() : List.of(new Verdict(Verdict.Kind.NEVER_READY, pod.object(), "pod "
        + pod.name() + " never becomes Ready", "in " + Durations.exact(end), cause, -1, 0));
  }

  /** How a bare pod ended: Succeeded, Failed (with the cause), or nothing while it runs. */
  static List<Verdict> podEnd(PodFactory pods) {
    List<Verdict> out = new ArrayList<>();
    for (PodSim pod : pods.pods()) {
      if (pod.phase() == PodSim.Phase.SUCCEEDED) {
        out.add(new Verdict(Verdict.Kind.POD_SUCCEEDED, pod.object(), "the pod succeeded", "", null, -1, 0));
      } else if (pod.phase() == PodSim.Phase.FAILED) {
        Cause cause = null;
        long at = -1;
        for (ContainerSim c : pod.allContainers()) {
          Termination t = c.lastTermination();
          if (cause == null && t != null && t.exitCode() != 0) {
            cause = Causes.ofTermination(t, pods.template().workload(), pod.restartPolicy());
            at = t.atMillis();
          }
        }
        out.add(new Verdict(Verdict.Kind.POD_FAILED, pod.object(), "the pod fails at " + Durations.exact(at),
            "restartPolicy " + pod.restartPolicy(), cause, at, 0));
      }
    }
    return out;
  }
}
