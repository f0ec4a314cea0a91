package io.kubelint.rules.service;

import io.kubelint.core.run.RunIndex;
import io.kubelint.core.run.RunObject;
import io.kubelint.core.text.DidYouMean;
import io.kubelint.rules.facts.PodTemplateFacts;
import io.kubelint.rules.facts.ServiceFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pod templates of a run, looked up by label and by namespace, so that matching many Services against many
 * workloads does not compare every pair: a Service's pods are found under one label of its selector, a near miss
 * among the values of one label key.
 */
final class PodIndex {

  /**
   * A pod template whose pods carry every label of a selector but one, with a value close to the selector's.
   *
   * @param entry the selector's entry it misses
   * @param value the template's value for that key
   * @param template the template's object
   */
  record NearMiss(ServiceFacts.Entry entry, String value, RunObject template) {
  }

  private final List<RunIndex.Entry<PodTemplateFacts>> all;
  /** Label key, then value, then the templates whose pods carry it (by their own labels or their selector's). */
  private final Map<String, Map<String, List<RunIndex.Entry<PodTemplateFacts>>>> byLabel = new HashMap<>();
  /** The templates by {@code metadata.namespace}; empty for those without one. */
  private final Map<Optional<String>, List<RunIndex.Entry<PodTemplateFacts>>> byNamespace = new HashMap<>();

  PodIndex(List<RunIndex.Entry<PodTemplateFacts>> templates) {
    this.all = templates;
    for (RunIndex.Entry<PodTemplateFacts> t : templates) {
      byNamespace.computeIfAbsent(Optional.ofNullable(t.object().ref().namespace()), n -> new ArrayList<>()).add(t);
      Map<String, Set<String>> labels = new HashMap<>();
      t.fact().labels().forEach((k, v) -> labels.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(v));
      t.fact().selectorLabels().forEach((k, v) -> labels.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(v));
      labels.forEach((k, values) -> values.forEach(v -> byLabel.computeIfAbsent(k, x -> new HashMap<>())
          .computeIfAbsent(v, x -> new ArrayList<>()).add(t)));
    }
  }

  /** Whether the run holds a pod template written with this object's namespace (or none, for both). */
  boolean holdsNamespaceOf(RunObject object) {
    return byNamespace.containsKey(Optional.ofNullable(object.ref().namespace()));
  }

  /**
   * The templates whose pods the Service selects, in input order.
   *
   * @param first whether the first one is enough (to know whether there is any)
   */
  List<RunIndex.Entry<PodTemplateFacts>> selectedBy(RunIndex.Entry<ServiceFacts> service, boolean first) {
    // a label the template must have itself (not one its controller adds) narrows the search
    List<RunIndex.Entry<PodTemplateFacts>> looked = service.fact().selector().stream()
        .filter(e -> !PodTemplateFacts.CONTROLLER_LABELS.contains(e.key())).findFirst()
        .map(e -> byLabel.getOrDefault(e.key(), Map.of()).getOrDefault(e.value(), List.of())).orElse(all);
    var selected = looked.stream().filter(t -> t.object().mayShareNamespace(service.object())
        && service.fact().selects(t.fact(), t.object().ref().name()));
    return first ? selected.limit(1).toList() : selected.toList();
  }

  /** The templates an object may share its namespace with, in input order: all, for an object without one. */
  List<RunIndex.Entry<PodTemplateFacts>> candidatesFor(RunObject object) {
    String namespace = object.ref().namespace();
    if (namespace == null) {
      return all;
    }
    List<RunIndex.Entry<PodTemplateFacts>> out = new ArrayList<>(byNamespace.getOrDefault(Optional.of(namespace),
        List.of()));
    out.addAll(byNamespace.getOrDefault(Optional.<String>empty(), List.of()));
    out.sort(RunIndex.inputOrder());
    return out;
  }

  /**
   * A template the Service may select whose pods carry every label of its selector but one, and that label with a
   * value close to the selector's ({@link DidYouMean}); found among the values the run has for the key.
   */
  Optional<NearMiss> nearMiss(RunIndex.Entry<ServiceFacts> service) {
    List<ServiceFacts.Entry> selector = service.fact().selector();
    for (ServiceFacts.Entry missed : selector) {
      Map<String, List<RunIndex.Entry<PodTemplateFacts>>> values = byLabel.getOrDefault(missed.key(), Map.of());
      Optional<String> close = DidYouMean.closest(missed.value(), values.keySet());
      if (close.isEmpty()) {
        continue;
      }
      for (RunIndex.Entry<PodTemplateFacts> t : values.get(close.get())) {
        boolean others = selector.stream().filter(e -> e != missed)
            .allMatch(e -> t.fact().carries(e.key(), e.value(), t.object().ref().name()));
        if (others && t.object().mayShareNamespace(service.object())) {
          return Optional.of(new NearMiss(missed, close.get(), t.object()));
        }
      }
    }
    return Optional.empty();
  }
}
