package io.kubelint.rules.service;

import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.rule.RunContext;
import io.kubelint.core.rule.RunMatcher;
import io.kubelint.core.run.FactType;
import io.kubelint.core.run.RunIndex;
import io.kubelint.core.run.RunObject;
import io.kubelint.rules.facts.CustomResourceFacts;
import io.kubelint.rules.facts.PodTemplateFacts;
import io.kubelint.rules.facts.ServiceFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Service whose selector matches the pods of no pod template of the run: every file and folder linted together,
 * so a Service and its Deployment in sibling folders are seen together.
 *
 * <ul>
 *   <li>Only a Service with a selector is checked: without one, or of type ExternalName, its endpoints are not made
 *       from pods.</li>
 *   <li>Only when the run holds a pod template written with the Service's namespace (the same
 *       {@code metadata.namespace}, or none for both; {@link ServicePods}): a lone Service file, or a folder of
 *       Services whose workloads live elsewhere, is not reported. Pod templates without a namespace may be selected
 *       by a Service of any namespace, and a Service without one may select the pod templates of any.</li>
 *   <li>Pod templates are those of Pods, ReplicationControllers, Deployments, ReplicaSets, StatefulSets,
 *       DaemonSets, Jobs and CronJobs, with the labels their controllers add to every pod and those their
 *       controller's selector requires ({@link PodTemplateFacts#carries}): a template that lacks them is reported
 *       by {@code selector-mismatch}, not again here.</li>
 *   <li>Pods that an operator creates from a custom resource are not known, so a Service is not reported when a
 *       custom resource of the run that may share its namespace is named like a value of its selector or has one of
 *       its entries as a label.</li>
 *   <li>When one pod template misses the selector by one value close to the one written, the finding points at that
 *       value, names the template and offers the fix that uses its value.</li>
 * </ul>
 *
 * Source: the EndpointSlice controller makes a Service's endpoints from the pods whose labels match
 * {@code spec.selector}, https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service.
 */
@RuleInfo(id = "dangling-service", severity = Severity.WARNING,
    summary = "A Service's selector matches no pod template of the run",
    rationale = "A Service sends traffic only to the ready pods whose labels match its selector. A selector that "
        + "matches no pod, usually a mistyped label or one copied from another app, leaves the Service without "
        + "endpoints: every connection to it is refused or times out, and nothing reports an error.",
    docs = "https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service",
    kinds = "Service",
    sets = {RuleSet.RECOMMENDED, RuleSet.RELIABILITY})
public final class DanglingService implements RunMatcher {

  @Override
  public List<FactType<?>> facts() {
    return List.of(ServiceFacts.TYPE, PodTemplateFacts.TYPE, CustomResourceFacts.TYPE);
  }

  @Override
  public void matchRun(RunIndex index, RunContext ctx) {
    Map<String, List<RunObject>> custom = byNameAndLabel(index.all(CustomResourceFacts.TYPE));
    for (ServicePods pods : ServicePods.of(index)) {
      if (!pods.namespaceInRun() || pods.selectsAny() || operatorMayCreate(pods, custom)) {
        continue;
      }
      ServiceFacts service = pods.service().fact();
      String message = String.format(Locale.ROOT, "Service %s selects %s, but no pod template %s has these labels",
          pods.service().object().ref().name(), service.selectorDisplay(), pods.where());
      Optional<PodIndex.NearMiss> near = pods.pods().nearMiss(pods.service());
      if (near.isPresent()) {
        PodIndex.NearMiss n = near.get();
        ctx.report(pods.service().object(), n.entry().valueAt()).message("%s", message)
            .help("did you mean " + n.entry().key() + "=" + n.value() + "? " + n.template().display() + " has it")
            .fixValue("select " + n.entry().key() + "=" + n.value(), Yaml.plainOrQuoted(n.value()))
            .emit();
      } else {
        ctx.report(pods.service().object(), service.selectorAt()).message("%s", message)
            .help("the pod templates " + pods.where() + ": " + ServicePods.list(pods.candidates(), true))
            .emit();
      }
    }
  }

  /**
   * Whether a custom resource that may share the Service's namespace is named like a value of the selector, or has
   * one of its entries as a label: the pods are then probably an operator's, made from that resource.
   */
  private static boolean operatorMayCreate(ServicePods pods, Map<String, List<RunObject>> custom) {
    for (ServiceFacts.Entry e : pods.service().fact().selector()) {
      for (String key : List.of(e.value(), e.key() + "=" + e.value())) {
        for (RunObject resource : custom.getOrDefault(key, List.of())) {
          if (resource.mayShareNamespace(pods.service().object())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The custom resources of the run by name and by each {@code key=value} of their labels. */
  private static Map<String, List<RunObject>> byNameAndLabel(List<RunIndex.Entry<CustomResourceFacts>> custom) {
    Map<String, List<RunObject>> out = new HashMap<>();
    for (RunIndex.Entry<CustomResourceFacts> resource : custom) {
      if (resource.object().ref().name() != null) {
        out.computeIfAbsent(resource.object().ref().name(), k -> new ArrayList<>()).add(resource.object());
      }
      resource.fact().labels().forEach((k, v) -> out.computeIfAbsent(k + "=" + v, x -> new ArrayList<>())
          .add(resource.object()));
    }
    return out;
  }
}
