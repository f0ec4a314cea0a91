package io.kubelint.rules.sim;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** A Job applied on its own: its controller, and what it concluded. */
final class JobWorkload implements Controller {

  private final PodFactory pods;
  private final JobController job;

  JobWorkload(PodFactory pods, Names names, String name, JsonNode spec) {
    this.pods = pods;
    this.job = new JobController(pods, names, name, spec);
  }

  @Override
  public void start() {
    job.start();
  }

  @Override
  public List<Verdict> verdicts() {
    return List.of(verdict(job, pods));
  }

  /** The Job has ended and its pods have stopped. */
  @Override
  public boolean settled() {
    return job.settled();
  }

  /** What became of a Job: complete, failed (with the cause of its pods' failures), or still running. */
  static Verdict verdict(JobController job, PodFactory pods) {
    String subject = job.object();
    if ("Failed".equals(job.status())) {
      Cause cause = cause(job, pods);
      String why = job.failReason().equals("DeadlineExceeded") ? "still active after activeDeadlineSeconds"
          : job.failReason().equals("PodFailurePolicy") ? "a failed pod matches a FailJob rule of its podFailurePolicy"
          : job.failed() > 0 ? job.failed() + " failed pods, more than backoffLimit allows"
          : "its containers' restarts reached backoffLimit";
      return new Verdict(Verdict.Kind.JOB_FAILED, subject, String.format(Locale.ROOT, "the Job fails %s after it "
          + "starts, with reason %s", Durations.exact(job.endedAt() - job.startedAt()), job.failReason()), why, cause,
          job.endedAt(), job.failed());
    }
    if ("Complete".equals(job.status())) {
      return new Verdict(Verdict.Kind.JOB_COMPLETE, subject, "the Job completes "
          + Durations.exact(job.endedAt() - job.startedAt()) + " after it starts", "", null, job.endedAt(), 0);
    }
    return new Verdict(Verdict.Kind.JOB_RUNNING, subject, job.startedAt() < 0 ? "the Job is suspended"
        : "the Job is still running at the end of the simulated time", "", null, -1, 0);
  }

  /** The cause of the Job's failure: the last failed run of its pods' containers, or why it ran so long. */
  private static Cause cause(JobController job, PodFactory pods) {
    for (PodSim pod : job.failedPods()) {
      Cause c = lastFailure(pod, pods);
      if (c != null) {
        return c;
      }
    }
    for (PodSim pod : job.pods()) {
      Cause c = lastFailure(pod, pods);
      if (c != null) {
        return c;
      }
      for (ContainerSim container : pod.apps()) {
        Evidence exit = container.behaviour().process().exit();
        if (exit != null && job.failReason().equals("DeadlineExceeded")) {
          return new Cause(exit.strength(), exit.text(), "raise activeDeadlineSeconds above the "
              + Durations.exact(exit.millis()) + " the Job's pods need, or make them finish sooner", exit.at());
        }
      }
    }
    return null;
  }

  private static Cause lastFailure(PodSim pod, PodFactory pods) {
    for (ContainerSim c : pod.allContainers()) {
      for (Termination t : c.terminations()) {
        if (t.failed()) {
          return Causes.ofTermination(t, pods.template().workload(), pod.restartPolicy());
        }
      }
    }
    return null;
  }
}
