package io.kubelint.rules.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The Job controller (https://kubernetes.io/docs/concepts/workloads/controllers/job/): it keeps up to
 * {@code parallelism} pods (default 1) running until {@code completions} pods (default 1) have succeeded, and then
 * the Job is complete. A failed pod ({@code restartPolicy: Never}) is replaced after the pod failure back-off of
 * 10 s, 20 s, 40 s, … capped at six minutes, counted from the last failure; with {@code restartPolicy: OnFailure}
 * the kubelet restarts the containers in place and their restarts count instead. The Job fails with
 * {@code BackoffLimitExceeded} when more pods failed than {@code backoffLimit} (default 6) allows retries, or when
 * the restarts of its running pods reach {@code backoffLimit}
 * (https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-backoff-failure-policy); its running pods are
 * then terminated. {@code activeDeadlineSeconds} takes precedence: when the Job has been active that long, it fails
 * with {@code DeadlineExceeded} and starts no more pods
 * (https://kubernetes.io/docs/concepts/workloads/controllers/job/#job-termination-and-cleanup). A
 * {@code podFailurePolicy} is applied to each failed pod ({@link PodFailurePolicy}). A suspended Job starts nothing.
 * {@code backoffLimitPerIndex} is not modelled.
 *
 * <p>At most {@link SimSettings#maxPods()} pods run at once in the simulation; when {@code parallelism} is higher,
 * each simulated pod stands for several identical pods (all behave alike in the model), so that a Job of 50
 * completions with parallelism 50 is done after one pod's run, as on a cluster, and not after five waves of ten:
 * its successes and failures count once per pod it stands for, and so do its containers' restarts.
 */
final class JobController implements PodObserver {

  private final PodFactory pods;
  private final Names names;
  private final String name;
  private final int parallelism;
  private final int completions;
  private final int backoffLimit;
  private final long activeDeadlineMillis;
  private final boolean suspended;
  private final PodFailurePolicy failurePolicy;
  private final int perPod;
  private final Map<PodSim, Integer> weight = new HashMap<>();
  private final List<PodSim> active = new ArrayList<>();
  private final List<PodSim> failedPods = new ArrayList<>();
  private final List<PodSim> created = new ArrayList<>();
  private int succeeded;
  private int failed;
  private int failuresSinceSuccess;
  private boolean creating;
  private boolean counting;
  private long startedAt = -1;
  private long endedAt = -1;
  private String failReason;
  private boolean deleted;
  private EventQueue.Timer deadline;
  private Runnable whenEnded = () -> { };

  JobController(PodFactory pods, Names names, String name, JsonNode spec) {
    this.pods = pods;
    this.names = names;
    this.name = name;
    this.parallelism = Math.max(0, spec.path("parallelism").asInt(1));
    this.completions = spec.path("completions").isIntegralNumber() ? Math.max(0, spec.path("completions").asInt())
        : -1;
    this.backoffLimit = Math.max(0, spec.path("backoffLimit").asInt(6));
    this.activeDeadlineMillis = spec.path("activeDeadlineSeconds").isIntegralNumber()
        ? Durations.millis(spec.path("activeDeadlineSeconds").asLong()) : -1;
    this.suspended = spec.path("suspend").asBoolean(false);
    this.failurePolicy = PodFailurePolicy.of(spec);
    int cap = pods.ctx().settings().maxPods();
    this.perPod = Math.max(1, (int) ((parallelism + (long) cap - 1) / cap));
    if (perPod > 1) {
      pods.ctx().note("each simulated pod of job/" + name + " stands for up to " + perPod + " identical pods "
          + "(parallelism " + parallelism + "; at most " + cap + " pods are simulated at once)");
    }
  }

  /** What to do when the Job has ended (completed, failed or been deleted). */
  void whenEnded(Runnable action) {
    this.whenEnded = action;
  }

  /** Creates the first pods; nothing for a suspended Job. */
  void start() {
    if (suspended) {
      return;
    }
    startedAt = pods.ctx().queue().now();
    if (activeDeadlineMillis >= 0) {
      deadline = pods.ctx().queue().after(activeDeadlineMillis, () -> fail("DeadlineExceeded",
          "Job was active longer than specified deadline"));
    }
    fill();
  }

  /** How many pods the Job wants running now (real pods, not simulated ones). */
  private int wanted() {
    long remaining = completions < 0 ? (succeeded > 0 ? 0 : parallelism) : (long) completions - succeeded;
    return (int) Math.min(parallelism, Math.max(0, remaining));
  }

  /** How many pods are running now, counting each simulated pod for the pods it stands for. */
  private int running() {
    return active.stream().mapToInt(weight::get).sum();
  }

  private void fill() {
    creating = false;
    if (ended()) {
      return;
    }
    for (int running = running(); running < wanted(); running = running()) {
      String pod = names.suffixed(name);
      pods.ctx().events().normal("SuccessfulCreate", object(), "job-controller", "Created pod: " + pod);
      PodSim sim = pods.create(pod, this);
      weight.put(sim, Math.min(perPod, wanted() - running));
      created.add(sim);
      active.add(sim);
    }
  }

  @Override
  public void podFinished(PodSim pod) {
    if (ended() || !active.remove(pod)) {
      return;
    }
    int w = weight.get(pod);
    if (pod.phase() == PodSim.Phase.SUCCEEDED) {
      succeeded = (int) Math.min(Integer.MAX_VALUE, (long) succeeded + w);
      failuresSinceSuccess = 0;
      boolean done = completions < 0 ? active.isEmpty() : succeeded >= completions;
      if (done) {
        endedAt = pods.ctx().queue().now();
        cancelDeadline();
        pods.ctx().events().normal("Completed", object(), "job-controller", "Job completed");
        active.forEach(PodSim::delete);
        whenEnded.run();
      } else {
        fill();
      }
      return;
    }
    failedPods.add(pod);
    PodFailurePolicy.Match match = failurePolicy.match(pod).orElse(null);
    if (match != null && match.action().equals("FailJob")) {
      failed += w;
      fail("PodFailurePolicy", "Container " + match.container() + " for pod " + pods.ctx().namespace() + "/"
          + pod.name() + " failed with exit code " + match.exitCode() + " matching FailJob rule at index "
          + match.index());
      return;
    }
    if (match != null && match.action().equals("Ignore")) {
      fill();
      return;
    }
    failed = (int) Math.min(Integer.MAX_VALUE, (long) failed + w);
    failuresSinceSuccess = (int) Math.min(Integer.MAX_VALUE, (long) failuresSinceSuccess + w);
    if (!counting) {
      counting = true;
      pods.ctx().queue().after(0, this::afterFailures);
    }
  }

  /**
   * After the pods that failed in one instant have all been counted (the controller sees them in one sync): fail
   * the Job when they are more than backoffLimit allows, else replace them after the pod failure back-off.
   */
  private void afterFailures() {
    counting = false;
    if (ended()) {
      return;
    }
    if (failed > backoffLimit) {
      fail("BackoffLimitExceeded", "Job has reached the specified backoff limit");
    } else if (!creating) {
      creating = true;
      pods.ctx().queue().after(BackOff.JOB_POD_FAILURE.delay(failuresSinceSuccess), this::fill);
    }
  }

  @Override
  public void containerRestarted(PodSim pod) {
    if (ended() || !"OnFailure".equals(pod.restartPolicy())) {
      return;
    }
    long restarts = active.stream().mapToLong(p -> (long) p.restarts() * weight.get(p)).sum();
    if (backoffLimit == 0 ? restarts > 0 : restarts >= backoffLimit) {
      fail("BackoffLimitExceeded", "Job has reached the specified backoff limit");
    }
  }

  private void fail(String reason, String message) {
    if (ended()) {
      return;
    }
    endedAt = pods.ctx().queue().now();
    failReason = reason;
    cancelDeadline();
    pods.ctx().events().warning(reason, object(), "job-controller", message);
    terminateActive();
    whenEnded.run();
  }

  /** Deletes the Job (a CronJob replacing it): its running pods are terminated. */
  void delete() {
    deleted = true;
    if (endedAt < 0) {
      endedAt = pods.ctx().queue().now();
    }
    cancelDeadline();
    terminateActive();
  }

  private void terminateActive() {
    for (PodSim pod : List.copyOf(active)) {
      pods.ctx().events().normal("SuccessfulDelete", object(), "job-controller", "Deleted pod: " + pod.name());
      pod.delete();
    }
    active.clear();
  }

  private void cancelDeadline() {
    if (deadline != null) {
      deadline.cancel();
    }
  }

  boolean ended() {
    return endedAt >= 0;
  }

  /** {@code Complete}, {@code Failed}, or {@code null} while running (or when deleted before it ended). */
  String status() {
    if (!ended() || deleted && failReason == null && succeeded == 0) {
      return null;
    }
    return failReason != null ? "Failed" : "Complete";
  }

  String failReason() {
    return failReason;
  }

  long endedAt() {
    return endedAt;
  }

  long startedAt() {
    return startedAt;
  }

  String name() {
    return name;
  }

  int failed() {
    return failed;
  }

  /** Whether the Job has ended and none of its pods is still running (or being stopped). */
  boolean settled() {
    return ended() && created.stream().allMatch(PodSim::stopped);
  }

  /**
   * How long a Job whose pods each take {@code podMillis} and succeed would take: one run of a pod per wave of
   * {@code parallelism} pods until {@code completions} succeeded (both default 1), or {@code podMillis} alone when
   * {@code completions} is unset (a work queue: done when the first pods succeed).
   */
  static long expectedMillis(JsonNode spec, long podMillis) {
    long parallelism = Math.max(1, spec.path("parallelism").asLong(1));
    long completions = spec.path("completions").isIntegralNumber() ? Math.max(1, spec.path("completions").asLong())
        : 1;
    long waves = (completions + parallelism - 1) / parallelism;
    return waves > Durations.LONGEST_MILLIS / Math.max(1, podMillis) ? Durations.LONGEST_MILLIS : waves * podMillis;
  }

  /** Every pod the Job created, in order. */
  List<PodSim> pods() {
    return List.copyOf(created);
  }

  /** The pods that failed, in order. */
  List<PodSim> failedPods() {
    return List.copyOf(failedPods);
  }

  String object() {
    return "job/" + name;
  }
}
