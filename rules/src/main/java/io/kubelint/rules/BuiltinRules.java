package io.kubelint.rules;

import io.kubelint.core.rule.Rule;
import io.kubelint.rules.cron.CronScheduleRule;
import io.kubelint.rules.workload.RestartPolicy;
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
        new RestartPolicy(),
        new CronScheduleRule());
  }
}
