package io.kubelint.rules.sim;

import java.util.List;

/** The simulated controller of one workload. */
interface Controller {

  /** Creates what the controller creates when the object is applied (at time 0). */
  void start();

  /** The controller's own conclusions at the end of the window (restart loops are found separately). */
  List<Verdict> verdicts();
}
