package io.kubelint.rules.sim;

import io.kubelint.core.k8s.PodTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Creates the pods of one pod template and keeps them, for the controllers and the verdicts. */
final class PodFactory {

  private final SimContext ctx;
  private final PodTemplate template;
  private final Map<String, ContainerBehaviour> behaviours;
  private final List<PodSim> pods = new ArrayList<>();

  /**
   * @param behaviours each container's behaviour, keyed by the container's pointer ({@code Container.path()})
   */
  PodFactory(SimContext ctx, PodTemplate template, Map<String, ContainerBehaviour> behaviours) {
    this.ctx = ctx;
    this.template = template;
    this.behaviours = behaviours;
  }

  /** Creates and schedules a pod. */
  PodSim create(String name, PodObserver observer) {
    PodSim pod = new PodSim(this, name, observer);
    pods.add(pod);
    pod.create();
    return pod;
  }

  /** Every pod created so far, in order. */
  List<PodSim> pods() {
    return List.copyOf(pods);
  }

  /** The behaviour of one of the template's containers. */
  ContainerBehaviour behaviour(io.kubelint.core.k8s.Container c) {
    return behaviours.get(c.path().toString());
  }

  PodTemplate template() {
    return template;
  }

  SimContext ctx() {
    return ctx;
  }
}
