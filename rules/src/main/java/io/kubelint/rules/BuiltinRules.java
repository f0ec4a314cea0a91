package io.kubelint.rules;

import io.kubelint.core.rule.Rule;
import io.kubelint.rules.cron.CronMissedSchedule;
import io.kubelint.rules.cron.CronScheduleRule;
import io.kubelint.rules.probe.LivenessExternalDependency;
import io.kubelint.rules.probe.ProbeInitialDelay;
import io.kubelint.rules.service.DanglingService;
import io.kubelint.rules.service.ServiceTargetPort;
import io.kubelint.rules.workload.InvalidSelector;
import io.kubelint.rules.workload.JobFailure;
import io.kubelint.rules.workload.RestartLoop;
import io.kubelint.rules.workload.RestartPolicy;
import io.kubelint.rules.workload.RolloutStall;
import io.kubelint.rules.workload.SelectorMismatch;
import io.kubelint.rules.workload.SimulationHint;
import java.util.List;

/**
 * The semantic rules that ship with kubelint. The core rules (YAML loading and schema validation) are added by the
 * linter itself.
 */
public final class BuiltinRules {

  private BuiltinRules() {
  }

  /** New instances of every built-in semantic rule, in the order they are listed to users. */
  public static List<Rule> all() {
    return List.of(
        new SelectorMismatch(),
        new InvalidSelector(),
        new RestartPolicy(),
        new ProbeInitialDelay(),
        new LivenessExternalDependency(),
        new CronScheduleRule(),
        new RestartLoop(),
        new JobFailure(),
        new RolloutStall(),
        new CronMissedSchedule(),
        new SimulationHint(),
        new DanglingService(),
        new ServiceTargetPort());
  }
}
