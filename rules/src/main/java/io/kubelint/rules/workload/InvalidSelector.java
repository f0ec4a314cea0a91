package io.kubelint.rules.workload;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.k8s.LabelSelector;
import io.kubelint.core.k8s.LabelSelector.Requirement;
import io.kubelint.core.k8s.PodTemplate;
import io.kubelint.core.k8s.WorkloadKind;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.ObjectMatcher;
import io.kubelint.core.rule.PodTemplateMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.text.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Malformed label selectors: a requirement without {@code key} or {@code operator}, an unknown operator,
 * {@code values} given with {@code Exists}/{@code DoesNotExist}, no {@code values} with {@code In}/{@code NotIn},
 * and an empty selector on a Deployment, ReplicaSet, StatefulSet or DaemonSet, where the API requires one. Checked
 * wherever a label selector appears: controller selectors, PodDisruptionBudget, NetworkPolicy peers, pod
 * (anti-)affinity terms and topology spread constraints.
 * Source: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#resources-that-support-set-based-requirements
 */
@RuleInfo(id = "invalid-selector", severity = Severity.ERROR,
    summary = "A label selector is malformed or empty where one is required",
    rationale = "The API server validates every label selector (ValidateLabelSelector): In and NotIn need values, "
        + "Exists and DoesNotExist must have none, only four operators exist, and apps/v1 controllers refuse an "
        + "empty selector, which would select every pod of the namespace.",
    docs = "https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors",
    kinds = {"Pod", "PodTemplate", "ReplicationController", "apps/Deployment", "apps/ReplicaSet",
        "apps/StatefulSet", "apps/DaemonSet", "batch/Job", "batch/CronJob", "policy/PodDisruptionBudget",
        "networking.k8s.io/NetworkPolicy"},
    sets = RuleSet.RECOMMENDED)
public final class InvalidSelector implements ObjectMatcher, PodTemplateMatcher {

  private static final Set<WorkloadKind> REQUIRE_NON_EMPTY = Set.of(WorkloadKind.DEPLOYMENT,
      WorkloadKind.REPLICA_SET, WorkloadKind.STATEFUL_SET, WorkloadKind.DAEMON_SET);

  @Override
  public void matchObject(KubeObject object, RuleContext ctx) {
    WorkloadKind workload = WorkloadKind.of(object);
    if (workload != null && workload != WorkloadKind.REPLICATION_CONTROLLER && workload.controllerSpecPath() != null) {
      JsonPointer path = workload.controllerSpecPath().appendProperty("selector");
      LabelSelector selector = LabelSelector.of(object.at(path), path);
      if (selector != null && selector.isEmpty() && REQUIRE_NON_EMPTY.contains(workload)) {
        ctx.report(path)
            .message("an empty selector is not allowed for a %s", workload.kind())
            .help("select the pod template's labels with matchLabels, e.g. matchLabels: {app: my-app}")
            .emit();
      }
      check(selector, ctx);
    }
    if (object.kind().equals("PodDisruptionBudget") && object.group().equals("policy")) {
      check(at(object, JsonPointer.compile("/spec/selector")), ctx);
    }
    if (object.kind().equals("NetworkPolicy") && object.group().equals("networking.k8s.io")) {
      check(at(object, JsonPointer.compile("/spec/podSelector")), ctx);
      for (String[] direction : new String[][] {{"ingress", "from"}, {"egress", "to"}}) {
        for (JsonPointer rule : items(object, JsonPointer.compile("/spec/" + direction[0]))) {
          for (JsonPointer peer : items(object, rule.appendProperty(direction[1]))) {
            check(at(object, peer.appendProperty("podSelector")), ctx);
            check(at(object, peer.appendProperty("namespaceSelector")), ctx);
          }
        }
      }
    }
  }

  @Override
  public void matchPodTemplate(PodTemplate pod, RuleContext ctx) {
    JsonPointer spec = pod.specPath();
    List<JsonPointer> terms = new ArrayList<>();
    for (String affinity : List.of("podAffinity", "podAntiAffinity")) {
      JsonPointer base = spec.appendProperty("affinity").appendProperty(affinity);
      JsonPointer required = base.appendProperty("requiredDuringSchedulingIgnoredDuringExecution");
      terms.addAll(items(pod.owner(), required));
      JsonPointer preferred = base.appendProperty("preferredDuringSchedulingIgnoredDuringExecution");
      for (JsonPointer weighted : items(pod.owner(), preferred)) {
        terms.add(weighted.appendProperty("podAffinityTerm"));
      }
    }
    for (JsonPointer term : terms) {
      check(at(pod.owner(), term.appendProperty("labelSelector")), ctx);
      check(at(pod.owner(), term.appendProperty("namespaceSelector")), ctx);
    }
    for (JsonPointer spread : items(pod.owner(), spec.appendProperty("topologySpreadConstraints"))) {
      check(at(pod.owner(), spread.appendProperty("labelSelector")), ctx);
    }
  }

  /** Pointers to the items of the list at {@code path}; none when it is absent or not a list (schema-violation's). */
  private static List<JsonPointer> items(KubeObject object, JsonPointer path) {
    JsonNode list = object.at(path);
    List<JsonPointer> items = new ArrayList<>();
    for (int i = 0; list.isArray() && i < list.size(); i++) {
      items.add(path.appendIndex(i));
    }
    return items;
  }

  private static LabelSelector at(KubeObject object, JsonPointer path) {
    return LabelSelector.of(object.at(path), path);
  }

  private static void check(LabelSelector selector, RuleContext ctx) {
    if (selector == null) {
      return;
    }
    for (Requirement r : selector.requirements()) {
      if (r.fromMatchLabels()) {
        continue;
      }
      if (r.key() == null || r.key().isEmpty()) {
        ctx.report(r.path()).message("selector requirement has no key").emit();
      } else if (r.operator() == null) {
        ctx.report(r.path())
            .message("selector requirement for %s has no operator", r.key())
            .help("add operator: In, NotIn, Exists or DoesNotExist")
            .emit();
      } else if (!LabelSelector.OPERATORS.contains(r.operator())) {
        var finding = ctx.report(r.path().appendProperty("operator")).atValue()
            .message("unknown selector operator \"%s\"; the operators are In, NotIn, Exists and DoesNotExist",
                r.operator());
        DidYouMean.closest(r.operator(), LabelSelector.OPERATORS).ifPresent(s ->
            finding.help("did you mean \"" + s + "\"?").fixValue("use " + s, s));
        finding.emit();
      } else if ((r.operator().equals("Exists") || r.operator().equals("DoesNotExist")) && !r.values().isEmpty()) {
        ctx.report(r.path().appendProperty("values"))
            .message("values must be empty with operator %s, which only tests whether the key %s is present",
                r.operator(), r.key())
            .help("remove values, or use operator In to match specific values")
            .emit();
      } else if ((r.operator().equals("In") || r.operator().equals("NotIn")) && r.values().isEmpty()) {
        ctx.report(r.path())
            .message("operator %s needs at least one value for %s", r.operator(), r.key())
            .help("list the values, or use Exists / DoesNotExist to test only the key")
            .emit();
      }
    }
  }
}
