package io.kubelint.core.rule;

import io.kubelint.core.model.Finding;
import io.kubelint.core.run.Position;
import io.kubelint.core.run.RunObject;
import io.kubelint.core.schema.KubernetesVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What a {@link RunMatcher} sees besides the run's index: the run's settings and the way to report findings. */
public final class RunContext {

  private final RuleDescriptor rule;
  private final LintEnvironment env;
  private final List<Finding> sink;

  RunContext(RuleDescriptor rule, LintEnvironment env, List<Finding> sink) {
    this.rule = rule;
    this.env = env;
    this.sink = sink;
  }

  /** The rule this context reports for. */
  public RuleDescriptor rule() {
    return rule;
  }

  /** The options the user configured for this rule, or a missing node ({@link RuleContext#options()}). */
  public JsonNode options() {
    return env.settings().options(rule.id());
  }

  /** The Kubernetes version the run targets, as the user asked for it. */
  public KubernetesVersion kubernetesVersion() {
    return env.kubernetesVersion();
  }

  /**
   * Starts a finding about {@code object} at {@code at} (a position recorded from that object). Finish with
   * {@link RunFinding#emit()}.
   */
  public RunFinding report(RunObject object, Position at) {
    return new RunFinding(rule, env.settings(), object, at, sink);
  }
}
