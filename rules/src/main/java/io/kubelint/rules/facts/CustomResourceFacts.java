package io.kubelint.rules.facts;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.k8s.LabelSelector;
import io.kubelint.core.run.FactContext;
import io.kubelint.core.run.FactType;
import java.util.List;
import java.util.Map;

/**
 * A custom resource of the run (an object whose kind Kubernetes does not build in), with its labels: an operator may
 * create pods from it, labelled after its name or its labels (the Prometheus operator labels the pods of a
 * {@code Prometheus} named {@code main} with {@code prometheus: main}), which no pod template of the run shows.
 *
 * @param labels its {@code metadata.labels} (string values only)
 */
public record CustomResourceFacts(Map<String, String> labels) {

  /** The fact type. */
  public static final FactType<CustomResourceFacts> TYPE = FactType.of("custom resource", List.of(),
      CustomResourceFacts::of);

  /** Copies the labels. */
  public CustomResourceFacts {
    labels = Map.copyOf(labels);
  }

  static CustomResourceFacts of(KubeObject object, FactContext where) {
    if (where.builtInKind() || object.ref().apiVersion() == null || object.ref().kind() == null) {
      return null;
    }
    return new CustomResourceFacts(LabelSelector.labels(object.json().path("metadata").path("labels")));
  }
}
