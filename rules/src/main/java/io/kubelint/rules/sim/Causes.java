package io.kubelint.rules.sim;

import io.kubelint.core.k8s.Probe;
import io.kubelint.core.k8s.WorkloadKind;
import java.util.Locale;

/**
 * Turns what ended a container run, or what keeps a container from being Ready, into a {@link Cause}: the cause as
 * a finding states it, the fix, and the field to change (the probe, or the command).
 */
final class Causes {

  private Causes() {
  }

  /**
   * The cause of a run that ended.
   *
   * @param t the run's end
   * @param workload the kind of workload (for the fix of a container that completes)
   * @param restartPolicy the pod's restart policy
   * @return the cause, or {@code null} when the end rests on no evidence (a pod deleted by its controller)
   */
  static Cause ofTermination(Termination t, WorkloadKind workload, String restartPolicy) {
    Evidence e = t.evidence();
    if (e == null) {
      return null;
    }
    if (t.kind() == Termination.Kind.EXITED) {
      String fix;
      if (t.exitCode() != 0 && restartPolicy.equals("Never")) {
        fix = "make the command succeed: it exits with code " + t.exitCode()
            + (workload.isBatch() ? ", and every failed pod counts against the Job's backoffLimit" : "");
      } else if (t.exitCode() != 0) {
        fix = "make the command succeed, or keep it running: the kubelet restarts the container after every exit "
            + "with a non-zero code (restartPolicy " + restartPolicy + ")";
      } else if (!restartPolicy.equals("Always")) {
        fix = "run work that finishes in an init container (or a Job): a pod is Ready only while all its containers "
            + "run";
      } else if (workload == WorkloadKind.POD || workload.isBatch()) {
        fix = "set restartPolicy: OnFailure or Never for work that is meant to finish";
      } else {
        fix = "keep the process running in the foreground: a " + workload.kind() + "'s containers must not exit; "
            + "run work that finishes in a Job";
      }
      return new Cause(e.strength(), e.text(), fix, e.at());
    }
    Probe probe = t.probe();
    return new Cause(e.strength(), probeClause(probe) + ": " + e.text(), probeFix(probe, e), probe.path());
  }

  /**
   * Why a container is not Ready at the end of the window, or {@code null} when nothing shown by evidence keeps it.
   */
  static Cause ofNotReady(ContainerSim c, WorkloadKind workload, String restartPolicy, long now) {
    if (c.state() != ContainerSim.State.RUNNING) {
      Termination last = c.lastTermination();
      return last == null ? null : ofTermination(last, workload, restartPolicy);
    }
    for (Probe probe : c.spec().probes()) {
      boolean blocking = probe.type() == Probe.Type.STARTUP && !c.started()
          || probe.type() == Probe.Type.READINESS && c.started() && !c.ready();
      ProbeBehaviour b = c.behaviour().probes().get(probe.type());
      Evidence e = b == null ? null : b.failureEvidence(now - c.startedAt());
      if (blocking && e != null) {
        String clause = b.cannotRun() != null
            ? "the kubelet cannot run its " + label(probe) + " probe, so it never "
                + (probe.type() == Probe.Type.STARTUP ? "counts the container as started" : "marks it Ready")
            : "its " + label(probe) + " probe keeps failing";
        return new Cause(e.strength(), clause + ": " + e.text(), probeFix(probe, e),
            b.cannotRun() != null ? e.at() : probe.path());
      }
    }
    return null;
  }

  private static String probeClause(Probe p) {
    String times = p.failureThreshold() <= 1 ? "once" : p.failureThreshold() + " times in a row";
    return "its " + label(p) + " probe fails " + times + " (failureThreshold " + Math.max(1, p.failureThreshold())
        + "; first probe " + Durations.exact(Math.max(0, p.initialDelaySeconds()) * 1000L) + " after the start, then "
        + "every " + Durations.exact(Math.max(1, p.periodSeconds()) * 1000L) + ")";
  }

  private static String probeFix(Probe p, Evidence e) {
    long needed = (e.millis() + 999) / 1000;
    switch (e.fact()) {
      case UNDECLARED_PORT -> {
        return "declare the port under the container's ports with that name, or give the probe the port number";
      }
      case FILE_REMOVED -> {
        return "let the " + label(p) + " probe test something the container keeps, or do not remove the file";
      }
      default -> {
      }
    }
    if (p.type() == Probe.Type.STARTUP) {
      long threshold = Math.max(0, needed - p.initialDelaySeconds()) / Math.max(1, p.periodSeconds()) + 2;
      return String.format(Locale.ROOT, "raise the startupProbe's failureThreshold to %d, so that "
          + "initialDelaySeconds + failureThreshold × periodSeconds (%d + %d × %d s) exceeds the %d s the process "
          + "needs to start", threshold, p.initialDelaySeconds(), threshold, p.periodSeconds(), needed);
    }
    if (p.type() == Probe.Type.LIVENESS) {
      return String.format(Locale.ROOT, "add a startupProbe whose failureThreshold × periodSeconds exceeds %d s "
          + "(for example failureThreshold: %d, periodSeconds: 10), so that the liveness probe waits until the "
          + "process has started", needed, needed / 10 + 2);
    }
    return String.format(Locale.ROOT, "expect the pod to become Ready only after %d s, or make the readiness probe "
        + "pass sooner", needed);
  }

  static String label(Probe p) {
    return ProbeEvidence.label(p.type()).toLowerCase(Locale.ROOT);
  }
}
