package io.kubelint.rules.service;

import io.kubelint.core.run.RunIndex;
import io.kubelint.rules.facts.PodTemplateFacts;
import io.kubelint.rules.facts.ServiceFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * A Service that selects pods, with the pod templates of the run whose pods it selects, out of those it may select:
 * the ones in its namespace, and those where either object leaves {@code metadata.namespace} out (kubectl applies
 * such an object to the namespace of its context, which may be any). What {@code dangling-service} and
 * {@code service-target-port} share.
 *
 * @param service the Service and its facts
 * @param pods the run's pod templates
 */
record ServicePods(RunIndex.Entry<ServiceFacts> service, PodIndex pods) {

  /** Every Service of the run that selects pods, in input order. */
  static List<ServicePods> of(RunIndex index) {
    PodIndex pods = new PodIndex(index.all(PodTemplateFacts.TYPE));
    return index.all(ServiceFacts.TYPE).stream().map(service -> new ServicePods(service, pods)).toList();
  }

  /** The pod templates whose pods the Service selects ({@link ServiceFacts#selects}), in input order. */
  List<RunIndex.Entry<PodTemplateFacts>> selected() {
    return pods.selectedBy(service, false);
  }

  /** Whether it selects the pods of any pod template of the run. */
  boolean selectsAny() {
    return !pods.selectedBy(service, true).isEmpty();
  }

  /**
   * Whether the run holds a pod template written with the Service's namespace (the same {@code metadata.namespace},
   * or none for both): only then is the run taken to hold the namespace's workloads.
   */
  boolean namespaceInRun() {
    return pods.holdsNamespaceOf(service.object());
  }

  /** The pod templates the Service may select (whatever their labels), in input order. */
  List<RunIndex.Entry<PodTemplateFacts>> candidates() {
    return pods.candidatesFor(service.object());
  }

  /** {@code in namespace shop of the run}, or {@code of the run} for a Service without a namespace. */
  String where() {
    String namespace = service.object().ref().namespace();
    return namespace == null ? "of the run" : "in namespace " + namespace + " of the run";
  }

  /** {@code Deployment/api, StatefulSet/db}: the templates' objects, at most three, then how many more. */
  static String names(List<RunIndex.Entry<PodTemplateFacts>> templates) {
    List<String> names = templates.stream().limit(3).map(t -> t.object().ref().display()).toList();
    return String.join(", ", names) + (templates.size() > 3 ? " and " + (templates.size() - 3) + " more" : "");
  }

  /** {@code Deployment/api (apps/api.yaml:3)}, {@code …}, at most three, then how many more. */
  static String list(List<RunIndex.Entry<PodTemplateFacts>> templates, boolean withLabels) {
    List<String> names = new ArrayList<>();
    for (RunIndex.Entry<PodTemplateFacts> t : templates.subList(0, Math.min(3, templates.size()))) {
      names.add(t.object().display() + (withLabels ? " with " + t.fact().labelsDisplay() : ""));
    }
    return String.join(", ", names) + (templates.size() > 3 ? " and " + (templates.size() - 3) + " more" : "");
  }
}
