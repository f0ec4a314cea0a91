package io.kubelint.rules.sim;

import io.kubelint.core.k8s.Container;
import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.k8s.WorkloadKind;
import io.kubelint.rules.cron.CronParseException;
import io.kubelint.rules.cron.CronSchedule;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Plays a workload forward in virtual time the way the kubelet and its controller would: the entry point of the
 * simulator. Deterministic: the same manifest and settings always give the same result.
 */
public final class WorkloadSimulator {

  private WorkloadSimulator() {
  }

  /**
   * The evidence gathered for a pod template before it is simulated.
   *
   * @param pod the pod template
   * @param behaviours each container's behaviour, keyed by the container's pointer
   * @param hintProblems hint annotations that could not be read (they are ignored)
   * @param hints the hints in effect (annotations overridden by flags)
   */
  public record Plan(PodTemplate pod, Map<String, ContainerBehaviour> behaviours, List<Hints.Problem> hintProblems,
                     Hints hints) {

    /** Whether any container's behaviour rests on evidence; without, a simulation predicts nothing. */
    public boolean hasEvidence() {
      return behaviours.values().stream().anyMatch(ContainerBehaviour::hasEvidence);
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
    Map<String, ContainerBehaviour> behaviours = new HashMap<>();
    for (Container c : pod.containers()) {
      if (c.type() != Container.Type.EPHEMERAL) {
        behaviours.put(c.path().toString(), ContainerBehaviour.of(c, hints));
      }
    }
    return new Plan(pod, behaviours, problems, hints);
  }

  /** Simulates a pod template's workload with the settings' flags. */
  public static SimResult simulate(PodTemplate pod, SimSettings settings) {
    return simulate(plan(pod, settings.flagHints()), settings);
  }

  /**
   * Simulates a planned workload for {@link SimSettings#windowMillis()}.
   *
   * @return the timeline, events and verdicts; a PodTemplate (which runs nothing) and a CronJob whose schedule does
   *     not parse give an empty result
   */
  public static SimResult simulate(Plan plan, SimSettings settings) {
    PodTemplate pod = plan.pod();
    String name = pod.owner().ref().name() == null ? "unnamed" : pod.owner().ref().name();
    SimContext ctx = new SimContext(settings, pod.owner().ref().namespace());
    PodFactory pods = new PodFactory(ctx, pod, plan.behaviours());
    Names names = new Names(pod.workload().kind() + "/" + name);
    JsonNode spec = pod.controllerSpec();
    String startedAt = null;
    String invalid = pod.containers().stream().noneMatch(c -> c.type() == Container.Type.APP)
        ? "the pod template has no containers (the API server rejects it)" : invalidRestartPolicy(pod);
    Controller controller = invalid != null ? null : switch (pod.workload()) {
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
      case CRON_JOB -> cron(pods, names, name, pod.owner().json().path("spec"));
    };
    if (controller instanceof CronJobController cron) {
      startedAt = cron.created().toOffsetDateTime().toString();
    }
    if (controller != null) {
      ctx.queue().at(0, controller::start);
      ctx.queue().runUntil(settings.windowMillis());
    }
    List<Verdict> verdicts = new ArrayList<>();
    if (controller != null) {
      verdicts.addAll(controller.verdicts());
    }
    verdicts.addAll(RestartLoops.find(pods, settings.windowMillis()));
    boolean longRunning = !pod.workload().isBatch() && pod.workload() != WorkloadKind.DEPLOYMENT;
    if (longRunning && verdicts.stream().noneMatch(v -> v.kind() == Verdict.Kind.RESTART_LOOP)) {
      verdicts.addAll(RestartLoops.neverReady(pods, settings.windowMillis()));
    }
    if (pod.workload() == WorkloadKind.POD) {
      verdicts.addAll(RestartLoops.podEnd(pods));
    }
    if (controller == null && pod.workload() != WorkloadKind.POD_TEMPLATE) {
      verdicts.add(new Verdict(Verdict.Kind.NOT_SIMULATED, pod.owner().ref().display(), "not simulated",
          invalid != null ? invalid : "its schedule or time zone cannot be read, or it never fires", null, -1, 0));
    }
    if (ctx.queue().exhausted()) {
      verdicts.add(new Verdict(Verdict.Kind.INCOMPLETE, pod.owner().ref().display(), "the simulation stopped early "
          + "after " + settings.maxActions() + " steps; what it shows is partial", "", null, ctx.queue().now(), 0));
    }
    if (verdicts.stream().noneMatch(v -> v.kind().failure()) && controller != null) {
      verdicts.add(new Verdict(Verdict.Kind.HEALTHY, pod.owner().ref().display(), plan.hasEvidence()
          ? "nothing went wrong in the simulated time" : "nothing went wrong in the simulated time",
          plan.hasEvidence() ? "" : "no evidence about the programs: they are assumed to start at once and run "
              + "until stopped", null, -1, 0));
    }
    verdicts.sort(Comparator.comparing((Verdict v) -> !v.kind().failure()));
    return new SimResult(pod.owner().ref(), settings.windowMillis(), startedAt, ctx.watch().rows(),
        ctx.events().events(), verdicts, plan.hasEvidence());
  }

  /** Why the API server would reject the pod template's restartPolicy for its workload, or {@code null}. */
  private static String invalidRestartPolicy(PodTemplate pod) {
    String policy = pod.restartPolicy() == null ? "Always" : pod.restartPolicy();
    WorkloadKind kind = pod.workload();
    boolean ok = kind == WorkloadKind.POD ? List.of("Always", "OnFailure", "Never").contains(policy)
        : kind.isBatch() ? !policy.equals("Always") : policy.equals("Always");
    return ok ? null : "restartPolicy " + policy + " is not allowed for a " + kind.kind()
        + " (the API server rejects it)";
  }

  private static Controller bare(PodFactory pods, String name) {
    return new Controller() {
      @Override
      public void start() {
        pods.create(name, new PodObserver() { });
      }

      @Override
      public List<Verdict> verdicts() {
        return List.of();
      }
    };
  }

  private static Controller cron(PodFactory pods, Names names, String name, JsonNode spec) {
    JsonNode text = spec.path("schedule");
    if (!text.isString()) {
      return null;
    }
    CronSchedule schedule;
    try {
      schedule = CronSchedule.parse(text.asString());
    } catch (CronParseException e) {
      return null;
    }
    if (!schedule.canFire()) {
      return null;
    }
    ZoneId zone = ZoneOffset.UTC;
    if (spec.path("timeZone").isString()) {
      try {
        zone = ZoneId.of(spec.path("timeZone").asString());
      } catch (DateTimeException e) {
        return null;
      }
    }
    return new CronJobController(pods, names, name, spec, schedule, zone);
  }

  private static int replicas(JsonNode spec) {
    JsonNode r = spec.path("replicas");
    return r.isIntegralNumber() ? Math.max(0, r.asInt()) : 1;
  }
}
