package io.kubelint.rules.sim;

/**
 * A controller that keeps a number of identical pods: a ReplicaSet, a ReplicationController, or a DaemonSet on the
 * simulated cluster's single node (one pod). It creates its pods at once
 * (https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/,
 * https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/). Their pods run with
 * {@code restartPolicy: Always}, so they never end and are never replaced; at most {@link SimSettings#maxPods()}
 * of them are simulated, each standing for several, since they all behave alike (no verdict depends on how many
 * there are: a Deployment's rollout completes when all simulated pods are available).
 *
 * @param pods where pods come from
 * @param names generator of pod names
 * @param object the owner as events name it ({@code replicaset/web-5d8f7c6b9})
 * @param from the reporting component ({@code replicaset-controller})
 * @param prefix the pods' name prefix
 * @param replicas how many pods
 */
record ReplicaSetController(PodFactory pods, Names names, String object, String from, String prefix, int replicas)
    implements Controller {

  @Override
  public void start() {
    int n = simulated();
    if (n < replicas) {
      pods.ctx().note(object + " has " + replicas + " replicas: " + n + " pods are simulated, each standing for "
          + "up to " + ((replicas + (long) n - 1) / n) + " (they behave alike)");
    }
    for (int i = 0; i < n; i++) {
      String name = names.suffixed(prefix);
      pods.ctx().events().normal("SuccessfulCreate", object, from, "Created pod: " + name);
      pods.create(name, PodObserver.NONE);
    }
  }

  /** How many of the pods are simulated: at most {@link SimSettings#maxPods()}. */
  int simulated() {
    return Math.min(replicas, pods.ctx().settings().maxPods());
  }
}
