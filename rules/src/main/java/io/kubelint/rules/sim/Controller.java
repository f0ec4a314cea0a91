package io.kubelint.rules.sim;

import java.util.List;

/** The simulated controller of one workload. */
interface Controller {

  /** Creates what the controller creates when the object is applied (at time 0). */
  void start();

  /**
   * The controller's own conclusions at the end of the window (restart loops are found separately); none for the
   * controllers that only keep pods running.
   */
  default List<Verdict> verdicts() {
    return List.of();
  }

  /**
   * Whether nothing more that matters will happen: a Job that ended and whose pods have stopped, a CronJob whose
   * first Job ended. A simulation may then stop before the end of its window ({@link SimSettings#minWindowMillis()}).
   * Long-running workloads never settle.
   */
  default boolean settled() {
    return false;
  }
}
