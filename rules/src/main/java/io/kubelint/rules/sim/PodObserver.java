package io.kubelint.rules.sim;

/** What a controller hears from the pods it created. */
interface PodObserver {

  /** An observer that does nothing: the controllers that create pods and never act on what becomes of them. */
  PodObserver NONE = new PodObserver() { };

  /** The pod reached phase Succeeded or Failed. */
  default void podFinished(PodSim pod) {
  }

  /** A container of the pod was restarted (its restart count went up). */
  default void containerRestarted(PodSim pod) {
  }
}
