package io.kubelint.rules.sim;

import static io.kubelint.rules.sim.Manifests.only;
import static io.kubelint.rules.sim.Manifests.seconds;
import static io.kubelint.rules.sim.Manifests.simulate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Deployments, StatefulSets, DaemonSets and ReplicaSets in the simulator. */
class WorkloadControllersTest {

  private static String workload(String kind, String spec, String podSpec) {
    return """
        apiVersion: apps/v1
        kind: %s
        metadata:
          name: web
        spec:
        %s
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
        %s
        """.formatted(kind, spec.indent(2).stripTrailing(), podSpec.indent(6).stripTrailing());
  }

  /** One container {@code web} running {@code sh -c SCRIPT}, and more lines of the container. */
  private static String web(String script, String more) {
    return """
        containers:
          - name: web
            image: busybox:1.36
            command: ["sh", "-c", "%s"]
        """.formatted(script) + more.indent(4);
  }

  private static final String NEVER_READY = """
      containers:
        - name: web
          image: nginx:1.27
          readinessProbe:
            httpGet: {path: /, port: http}
      """;

  @Test
  void aDeploymentWhosePodsNeverBecomeReadyExceedsItsProgressDeadline() {
    SimResult r = simulate(workload("Deployment", "replicas: 2", NEVER_READY), 15);
    Verdict v = only(r, Verdict.Kind.ROLLOUT_STALLED);
    assertEquals(600_000, v.atMillis());
    assertEquals("/spec/template/spec/containers/0/readinessProbe/httpGet/port", v.cause().at().toString());
    assertEquals(List.of(600L), seconds(r, "ProgressDeadlineExceeded"));
    assertEquals(2, seconds(r, "SuccessfulCreate", "replicaset/").size());
    SimResult custom = simulate(workload("Deployment", "progressDeadlineSeconds: 120", NEVER_READY), 15);
    assertEquals(120_000, only(custom, Verdict.Kind.ROLLOUT_STALLED).atMillis());
  }

  @Test
  void aDeploymentWhosePodsBecomeReadyCompletesItsRollout() {
    SimResult r = simulate(workload("Deployment", "replicas: 3\nminReadySeconds: 20", web("sleep infinity", "")), 15);
    assertEquals(20_000, only(r, Verdict.Kind.ROLLOUT_COMPLETE).atMillis());
  }

  @Test
  void anOrderedStatefulSetWaitsForEachPodToBeReady() {
    SimResult r = simulate(workload("StatefulSet", "replicas: 3\nserviceName: web", NEVER_READY), 5);
    assertEquals(List.of("create Pod web-0 in StatefulSet web successful"), r.events().stream()
        .filter(e -> e.reason().equals("SuccessfulCreate")).map(SimEvent::message).toList());
    assertEquals("pod web-0 never becomes Ready", only(r, Verdict.Kind.NEVER_READY).message());
    SimResult parallel = simulate(workload("StatefulSet", "replicas: 3\nserviceName: web\n"
        + "podManagementPolicy: Parallel", NEVER_READY), 5);
    assertEquals(3, seconds(parallel, "SuccessfulCreate").size());
    SimResult ready = simulate(workload("StatefulSet", "replicas: 3\nserviceName: web", """
        containers:
          - name: web
            image: nginx:1.27
        """), 5);
    assertEquals(List.of(0L, 0L, 0L), seconds(ready, "SuccessfulCreate"), "each Ready at once");
    assertTrue(ready.verdicts(Verdict.Kind.HEALTHY).size() == 1);
  }

  @Test
  void aDaemonSetRunsOnePodOnTheSimulatedNode() {
    SimResult r = simulate(workload("DaemonSet", "", """
        containers:
          - name: agent
            image: busybox:1.36
            command: ["false"]
        """), 5);
    assertEquals(1, seconds(r, "SuccessfulCreate", "daemonset/").size());
    assertEquals("container agent restarts in a loop", only(r, Verdict.Kind.RESTART_LOOP).message());
  }

  @Test
  void aRestartPolicyTheControllerRejectsIsNotSimulated() {
    SimResult r = simulate(workload("Deployment", "", "restartPolicy: Never\n" + """
        containers:
          - name: web
            image: busybox:1.36
            command: ["false"]
        """), 5);
    assertTrue(r.events().isEmpty());
    assertEquals("restartPolicy Never is not allowed for a Deployment (the API server rejects it)",
        only(r, Verdict.Kind.NOT_SIMULATED).details());
  }

  @Test
  void initContainersWithoutEvidenceAreTakenToCompleteAtOnce() {
    SimResult r = simulate(workload("Deployment", "", """
        initContainers:
          - name: setup
            image: example.com/setup:1
        containers:
          - name: web
            image: nginx:1.27
        """), 1);
    assertEquals(0, only(r, Verdict.Kind.ROLLOUT_COMPLETE).atMillis());
    assertEquals(List.of(0L, 0L), seconds(r, "Started"));
  }

  @Test
  void aPodTemplateWithoutContainersIsNotSimulated() {
    SimResult r = simulate(workload("Deployment", "", "hostIPC: true"), 1);
    assertEquals("the pod template has no containers (the API server rejects it)",
        only(r, Verdict.Kind.NOT_SIMULATED).details());
  }

  @Test
  void hostileNumbersDoNotBreakTheSimulation() {
    SimResult r = simulate(workload("Deployment", """
        replicas: 2147483647
        progressDeadlineSeconds: 9223372036854775807
        minReadySeconds: -5""", """
        terminationGracePeriodSeconds: 9223372036854775807
        containers:
          - name: web
            image: nginx:1.27
            command: ["sh", "-c", "sleep 999999999; exit 1"]
            livenessProbe:
              exec: {command: ["cat", "/tmp/x"]}
              initialDelaySeconds: -10
              periodSeconds: 0
              failureThreshold: -1
              terminationGracePeriodSeconds: 9223372036854775807
        """), 60);
    assertTrue(r.verdicts().stream().anyMatch(v -> v.kind() == Verdict.Kind.ROLLOUT_COMPLETE));
    SimResult cron = simulate("""
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "@every 1s"
          startingDeadlineSeconds: 9223372036854775807
          jobTemplate:
            spec:
              activeDeadlineSeconds: 9223372036854775807
              template:
                spec:
                  restartPolicy: Never
                  containers: [{name: c, image: busybox, command: ["sleep", "2"]}]
        """, 2);
    assertTrue(seconds(cron, "SuccessfulCreate", "cronjob/").size() > 5);
  }

  @Test
  void onlyMaxPodsOfABigReplicaSetAreSimulated() {
    SimResult r = simulate(workload("ReplicaSet", "replicas: 500", """
        containers:
          - name: web
            image: nginx:1.27
        """), 1);
    assertEquals(SimSettings.DEFAULT.maxPods(), seconds(r, "SuccessfulCreate").size());
  }

  @Test
  void aCompletedRolloutBesideARestartLoopSaysThePodsThenBecomeUnavailable() {
    SimResult r = simulate(workload("Deployment", "", web("sleep 10; exit 1", "")), 15);
    only(r, Verdict.Kind.RESTART_LOOP);
    assertEquals("the rollout completes at 0s, then its pods become unavailable as a container restarts in a loop",
        only(r, Verdict.Kind.ROLLOUT_COMPLETE).message());
  }

  @Test
  void containersWithTheirOwnRestartRulesAreNotSimulated() {
    SimResult r = simulate("""
        apiVersion: v1
        kind: Pod
        metadata: {name: ml-worker}
        spec:
          restartPolicy: Never
          initContainers:
            - name: watcher
              image: busybox:1.36
              command: ["sh", "-c", "sleep 60; exit 88"]
              restartPolicy: Always
              restartPolicyRules:
                - action: RestartAllContainers
                  exitCodes: {operator: In, values: [88]}
          containers:
            - name: main
              image: busybox:1.36
              command: ["sh", "-c", "sleep 3600"]
        """, 15);
    assertEquals("container watcher sets restartPolicyRules, an alpha feature of Kubernetes 1.34 and 1.35 "
        + "(ContainerRestartRules) that the simulator does not model", only(r, Verdict.Kind.NOT_SIMULATED).details());
    assertTrue(r.verdicts(Verdict.Kind.RESTART_LOOP).isEmpty(), "no wrong fix");
    SimResult own = simulate(workload("Deployment", "", web("sleep 10; exit 1", "restartPolicy: OnFailure")), 15);
    assertTrue(only(own, Verdict.Kind.NOT_SIMULATED).details().startsWith("container web sets its own "
        + "restartPolicy"));
  }

  @Test
  void aSimulationThatRunsOutOfStepsIsIncompleteAndNotHealthy() {
    String heavy = workload("Deployment", "replicas: 50\nprogressDeadlineSeconds: 2147483647", """
        containers:
          - name: app
            image: example.com/app:1
            readinessProbe:
              tcpSocket: {port: nope}
              periodSeconds: 1
            livenessProbe:
              tcpSocket: {port: nope2}
              periodSeconds: 1
        """);
    SimResult r = simulate(heavy, SimSettings.DEFAULT.withWindow(SimSettings.MAX_WINDOW_MILLIS)
        .withMaxActions(50_000));
    Verdict incomplete = only(r, Verdict.Kind.INCOMPLETE);
    assertTrue(r.verdicts(Verdict.Kind.HEALTHY).isEmpty(), "not healthy when stopped early: " + r.verdicts());
    assertEquals(r.windowMillis(), incomplete.atMillis(), "the simulated time is where it stopped");
    assertTrue(r.windowMillis() < SimSettings.MAX_WINDOW_MILLIS);
    assertTrue(r.events().size() < 100, "every probe failure of a pod is counted in one event: " + r.events().size());
    assertTrue(r.events().stream().anyMatch(e -> e.reason().equals("Unhealthy") && e.count() > 2_000));
    LintSimulation lint = LintSimulation.run(Manifests.template(heavy));
    assertEquals(LintSimulation.MAX_STEPS, lint.result().orElseThrow().steps(), "lint's smaller budget");
    assertTrue(LintSimulation.MAX_STEPS * 10 < SimSettings.DEFAULT.maxActions());
  }
}
