package io.kubelint.rules.workload;

import io.kubelint.core.k8s.LabelSelector;
import io.kubelint.core.k8s.LabelSelector.Requirement;
import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.k8s.WorkloadKind;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.PodTemplateMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.text.FieldPaths;
import java.util.Map;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A controller whose selector does not select the labels of its own pod template: {@code matchLabels} and
 * {@code matchExpressions} of a Deployment, ReplicaSet, StatefulSet, DaemonSet, Job or CronJob job template, and
 * the plain map of a ReplicationController. Malformed selectors are left to {@code invalid-selector}.
 * Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector
 */
@RuleInfo(id = "selector-mismatch", severity = Severity.ERROR,
    summary = "The controller's selector does not select its own pod template's labels",
    rationale = "The API server rejects a Deployment, ReplicaSet, StatefulSet, DaemonSet or ReplicationController "
        + "whose selector does not match its template labels (\"selector does not match template labels\"); a "
        + "controller that could create pods it does not select would create them forever.",
    docs = "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector",
    kinds = {"ReplicationController", "apps/Deployment", "apps/ReplicaSet", "apps/StatefulSet",
        "apps/DaemonSet", "batch/Job", "batch/CronJob"},
    sets = RuleSet.RECOMMENDED)
public final class SelectorMismatch implements PodTemplateMatcher {

  @Override
  public void matchPodTemplate(PodTemplate pod, RuleContext ctx) {
    JsonPointer specPath = pod.controllerSpecPath();
    JsonPointer selectorPath = specPath.appendProperty("selector");
    JsonNode node = pod.controllerSpec().path("selector");
    LabelSelector selector = pod.workload() == WorkloadKind.REPLICATION_CONTROLLER
        ? LabelSelector.ofMap(node, selectorPath) : LabelSelector.of(node, selectorPath);
    if (selector == null || selector.isEmpty()
        || selector.requirements().stream().anyMatch(r -> !r.valid())) {
      return;
    }
    Map<String, String> labels = LabelSelector.labels(pod.labels());
    String labelsPath = FieldPaths.dotted(pod.owner().json(), pod.metadataPath().appendProperty("labels"));
    for (Requirement requirement : selector.requirements()) {
      if (requirement.matches(labels)) {
        continue;
      }
      String key = requirement.key();
      String actual = labels.containsKey(key) ? "has " + key + "=" + labels.get(key) : "has no label " + key;
      if (labels.isEmpty()) {
        actual = "has no labels";
      }
      var finding = ctx.report(requirement.path())
          .message("selector requires %s, but the pod template %s", requirement.display(), actual);
      if (requirement.operator().equals("In") && requirement.values().size() == 1) {
        finding.help("add " + key + ": " + requirement.values().get(0) + " to " + labelsPath
            + ", or change the selector to match the template's labels " + describe(labels));
      } else {
        finding.help("make " + labelsPath + " satisfy the selector, or change the selector; the template's labels "
            + "are " + describe(labels));
      }
      finding.emit();
    }
  }

  private static String describe(Map<String, String> labels) {
    return labels.isEmpty() ? "(none)" : LabelSelector.display(labels);
  }
}
