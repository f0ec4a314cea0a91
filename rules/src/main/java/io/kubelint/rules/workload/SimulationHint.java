package io.kubelint.rules.workload;

import io.kubelint.core.k8s.Container;
import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.PodTemplateMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.rules.sim.Hints;
import io.kubelint.rules.sim.LintSimulation;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A {@code kubelint.io/startup-seconds}, {@code kubelint.io/run-seconds} or {@code kubelint.io/exit-code} annotation
 * on a pod template that the simulator cannot use: a value that is not a number of seconds (or an exit code from 0
 * to 255), a {@code CONTAINER=VALUE} item naming no container of the pod, or an exit code without a run time. The
 * hint is then ignored, so the predictions of {@code restart-loop}, {@code job-failure}, {@code rollout-stall} and
 * {@code cron-missed-schedule} do not take it into account. Annotations are free-form for the API server
 * (https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/); these are kubelint's own.
 */
@RuleInfo(id = "simulation-hint", severity = Severity.WARNING,
    summary = "A kubelint.io/ simulation hint annotation cannot be used",
    rationale = "The simulator takes a program's startup time, run time and exit code from these annotations when "
        + "the manifest cannot show them; a hint it cannot read is ignored, so a restart loop or a failing Job it "
        + "would have predicted goes unreported.",
    docs = "https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/")
public final class SimulationHint implements PodTemplateMatcher {

  @Override
  public void matchPodTemplate(PodTemplate pod, RuleContext ctx) {
    JsonNode annotations = pod.metadata().path("annotations");
    if (!annotations.isObject()) {
      return;
    }
    LintSimulation sim = LintSimulation.of(pod, ctx);
    for (Hints.Problem p : sim.plan().hintProblems()) {
      ctx.report(p.at()).atValue()
          .message("%s cannot be used: %s; the hint is ignored", p.key().annotation(), p.message())
          .help("write SECONDS for every container, or CONTAINER=SECONDS, separated by commas (such as \"60\" or "
              + "\"60, worker=5\")")
          .emit();
    }
    Set<String> names = new HashSet<>();
    for (Container c : pod.containers()) {
      names.add(c.name());
    }
    for (Hints.Key key : Hints.Key.values()) {
      JsonNode value = annotations.path(key.annotation());
      if (!value.isString()) {
        continue;
      }
      JsonPointer at = pod.metadataPath().appendProperty("annotations").appendProperty(key.annotation());
      for (String item : value.asString().split(",")) {
        int eq = item.indexOf('=');
        String container = eq < 0 ? "" : item.substring(0, eq).strip();
        if (!container.isEmpty() && !names.contains(container)) {
          ctx.report(at).atValue()
              .message("%s names container %s, which the pod does not have; that part of the hint is ignored",
                  key.annotation(), container)
              .help("use the name of one of the pod's containers: " + String.join(", ", names.stream().sorted()
                  .toList()))
              .emit();
        }
      }
    }
    if (annotations.has(Hints.Key.EXIT_CODE.annotation()) && !annotations.has(Hints.Key.RUN_SECONDS.annotation())) {
      ctx.report(pod.metadataPath().appendProperty("annotations").appendProperty(Hints.Key.EXIT_CODE.annotation()))
          .message("%s has no effect without %s: the exit code is that of a process that exits on its own",
              Hints.Key.EXIT_CODE.annotation(), Hints.Key.RUN_SECONDS.annotation())
          .help("add " + Hints.Key.RUN_SECONDS.annotation() + " with the seconds after which the process exits")
          .emit();
    }
  }
}
