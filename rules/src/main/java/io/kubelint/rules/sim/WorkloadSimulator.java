package io.kubelint.rules.sim;

import io.kubelint.core.k8s.Container;
import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.k8s.WorkloadKind;
import io.kubelint.rules.workload.RestartPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Plays a workload forward in virtual time the way the kubelet and its controller would: the entry point of the
 * simulator. Deterministic: the same manifest and settings always give the same result.
 *
 * <p>Not simulated (a {@code not simulated} verdict says why): what the API server rejects (no containers, a
 * {@code restartPolicy} the workload does not allow, a CronJob's schedule or {@code timeZone}), and pods whose
 * containers set their own {@code restartPolicy} (other than a sidecar's {@code Always}) or
 * {@code restartPolicyRules}: container restart rules (alpha in Kubernetes 1.34 and 1.35, feature gate
 * {@code ContainerRestartRules},
 * https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-restart-rules) let a container
 * restart, or restart all containers of its pod, where the pod's {@code restartPolicy} would not; they are not
 * modelled, and predicting such a pod from its {@code restartPolicy} alone could suggest a wrong fix.
 */
public final class WorkloadSimulator {

  private WorkloadSimulator() {
  }

  /**
   * The evidence gathered for a pod template before it is simulated.
   *
   * @param pod the pod template
   * @param behaviours each container's behaviour, keyed by the container's pointer
   * @param hintProblems hints that cannot be used, or not fully: annotations (with their pointer) and flags
   *     ({@code at} is {@code null}) alike
   * @param cron a CronJob's schedule in its time zone, read once for the window and the simulation; {@code null}
   *     for any other workload
   */
  public record Plan(PodTemplate pod, Map<String, ContainerBehaviour> behaviours, List<Hints.Problem> hintProblems,
                     CronSpec cron) {

    /** Whether any container's behaviour rests on evidence; without, a simulation predicts nothing. */
    public boolean hasEvidence() {
      return behaviours.values().stream().anyMatch(ContainerBehaviour::hasEvidence);
    }

    /** The names of the pod's containers (init and app containers). */
    public Set<String> containerNames() {
      Set<String> names = new HashSet<>();
      pod.containers().stream().filter(c -> c.type() != Container.Type.EPHEMERAL).forEach(c -> names.add(c.name()));
      return names;
    }
  }

  /**
   * Gathers the evidence of a pod template: static evidence, then its hint annotations, overridden by flags.
   *
   * @param flags hints from the command line ({@link Hints#NONE} for lint)
   */
  public static Plan plan(PodTemplate pod, Hints flags) {
    List<Hints.Problem> problems = new ArrayList<>();
    Hints hints = Hints.fromAnnotations(pod, problems).overriddenBy(flags);
    problems.addAll(Hints.misplaced(pod));
    Map<String, ContainerBehaviour> behaviours = new HashMap<>();
    for (Container c : pod.containers()) {
      if (c.type() != Container.Type.EPHEMERAL) {
        behaviours.put(c.path().toString(), ContainerBehaviour.of(c, hints));
      }
    }
    CronSpec cron = pod.workload() == WorkloadKind.CRON_JOB ? CronSpec.read(pod.owner().json().path("spec")) : null;
    Plan plan = new Plan(pod, behaviours, problems, cron);
    problems.addAll(hints.unused(plan.containerNames()));
    return plan;
  }

  /** Simulates a pod template's workload with the settings' flags. */
  public static SimResult simulate(PodTemplate pod, SimSettings settings) {
    return simulate(plan(pod, settings.flagHints()), settings);
  }

  /**
   * Simulates a planned workload for {@link SimSettings#windowMillis()}, or less when it settles first
   * ({@link SimSettings#minWindowMillis()}) or the step limit is reached.
   *
   * @return the timeline, events and verdicts; a PodTemplate (which runs nothing) and a workload that is not
   *     simulated give an empty result
   */
  public static SimResult simulate(Plan plan, SimSettings settings) {
    PodTemplate pod = plan.pod();
    String name = pod.owner().ref().name() == null ? "unnamed" : pod.owner().ref().name();
    SimContext ctx = new SimContext(settings, pod.owner().ref().namespace());
    PodFactory pods = new PodFactory(ctx, pod, plan.behaviours());
    Names names = new Names(pod.workload().kind() + "/" + name);
    JsonNode spec = pod.controllerSpec();
    CronSpec cron = plan.cron();
    String skip = notSimulated(pod, cron);
    Controller controller = skip != null ? null : switch (pod.workload()) {
      case POD -> bare(pods, name);
      case POD_TEMPLATE -> null;
      case REPLICA_SET -> new ReplicaSetController(pods, names, "replicaset/" + name, "replicaset-controller", name,
          replicas(spec));
      case REPLICATION_CONTROLLER -> new ReplicaSetController(pods, names, "replicationcontroller/" + name,
          "replication-controller", name, replicas(spec));
      case DAEMON_SET -> new ReplicaSetController(pods, names, "daemonset/" + name, "daemonset-controller", name, 1);
      case DEPLOYMENT -> new DeploymentController(pods, names, name, spec);
      case STATEFUL_SET -> new StatefulSetController(pods, name, replicas(spec),
          "Parallel".equals(spec.path("podManagementPolicy").asString("")));
      case JOB -> new JobWorkload(pods, names, name, spec);
      case CRON_JOB -> new CronJobController(pods, names, name, pod.owner().json().path("spec"), cron);
    };
    String startedAt = controller instanceof CronJobController c ? c.created().toOffsetDateTime().toString() : null;
    long end = settings.windowMillis();
    if (controller != null) {
      ctx.queue().at(0, controller::start);
      ctx.queue().runUntil(settings.windowMillis(), settings.minWindowMillis(), controller::settled);
      end = ctx.queue().now();
    }
    List<Verdict> verdicts = new ArrayList<>();
    if (controller != null) {
      verdicts.addAll(controller.verdicts());
    }
    verdicts.addAll(RestartLoops.find(pods, end));
    boolean looping = verdicts.stream().anyMatch(v -> v.kind() == Verdict.Kind.RESTART_LOOP);
    boolean longRunning = !pod.workload().isBatch() && pod.workload() != WorkloadKind.DEPLOYMENT;
    if (longRunning && !looping) {
      verdicts.addAll(RestartLoops.neverReady(pods, end));
    }
    if (looping) {
      verdicts.replaceAll(WorkloadSimulator::qualifyRollout);
    }
    if (pod.workload() == WorkloadKind.POD) {
      verdicts.addAll(RestartLoops.podEnd(pods));
    }
    if (controller == null && pod.workload() != WorkloadKind.POD_TEMPLATE) {
      verdicts.add(new Verdict(Verdict.Kind.NOT_SIMULATED, pod.owner().ref().display(), "not simulated", skip, null,
          -1, 0));
    }
    boolean exhausted = ctx.queue().exhausted();
    if (exhausted) {
      verdicts.add(new Verdict(Verdict.Kind.INCOMPLETE, pod.owner().ref().display(), "the simulation stopped early "
          + "at " + Durations.exact(end) + ", after " + settings.maxActions() + " steps; what it shows is partial",
          "", null, end, 0));
    }
    if (verdicts.stream().noneMatch(v -> v.kind().failure()) && controller != null && !exhausted) {
      verdicts.add(new Verdict(Verdict.Kind.HEALTHY, pod.owner().ref().display(), "nothing went wrong in the "
          + "simulated time", plan.hasEvidence() ? "" : "no evidence about the programs: they are assumed to start "
          + "at once and run until stopped", null, -1, 0));
    }
    verdicts.sort(Comparator.comparing((Verdict v) -> !v.kind().failure()));
    return new SimResult(pod.owner().ref(), end, startedAt, ctx.watch().rows(), ctx.events().events(), verdicts,
        plan.hasEvidence(), ctx.queue().actions(), ctx.notes());
  }

  /** A completed rollout beside a restart loop: it completed, but its pods then become unavailable. */
  private static Verdict qualifyRollout(Verdict v) {
    if (v.kind() != Verdict.Kind.ROLLOUT_COMPLETE) {
      return v;
    }
    return new Verdict(v.kind(), v.subject(), v.message() + ", then its pods become unavailable as a container "
        + "restarts in a loop", v.details(), v.cause(), v.atMillis(), v.count());
  }

  /** Why a pod template is not simulated, or {@code null}. */
  private static String notSimulated(PodTemplate pod, CronSpec cron) {
    if (pod.containers().stream().noneMatch(c -> c.type() == Container.Type.APP)) {
      return "the pod template has no containers (the API server rejects it)";
    }
    String invalid = invalidRestartPolicy(pod);
    if (invalid != null) {
      return invalid;
    }
    for (Container c : pod.containers()) {
      boolean rules = c.json().has("restartPolicyRules");
      if (c.type() != Container.Type.EPHEMERAL && (rules || c.json().has("restartPolicy") && !c.isSidecar())) {
        return "container " + c.name() + " sets " + (rules ? "restartPolicyRules" : "its own restartPolicy")
            + ", an alpha feature of Kubernetes 1.34 and 1.35 (ContainerRestartRules) that the simulator does not "
            + "model";
      }
    }
    return cron != null && !cron.usable() ? cron.problem() : null;
  }

  /** Why the API server would reject the pod template's restartPolicy for its workload, or {@code null}. */
  private static String invalidRestartPolicy(PodTemplate pod) {
    String policy = pod.restartPolicy();
    return RestartPolicy.allows(pod.workload(), policy) ? null : "restartPolicy "
        + (policy == null ? "Always" : policy) + " is not allowed for a " + pod.workload().kind()
        + " (the API server rejects it)";
  }

  private static Controller bare(PodFactory pods, String name) {
    return () -> pods.create(name, PodObserver.NONE);
  }

  private static int replicas(JsonNode spec) {
    JsonNode r = spec.path("replicas");
    return r.isIntegralNumber() ? Math.max(0, r.asInt()) : 1;
  }
}
