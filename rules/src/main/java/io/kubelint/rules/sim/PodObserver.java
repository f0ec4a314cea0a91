package io.kubelint.rules.sim;

/** What a controller hears from the pods it created. */
interface PodObserver {

  /** The pod reached phase Succeeded or Failed. */
  default void podFinished(PodSim pod) {
  }

  /** A container of the pod was restarted (its restart count went up). */
  default void containerRestarted(PodSim pod) {
  }
}
