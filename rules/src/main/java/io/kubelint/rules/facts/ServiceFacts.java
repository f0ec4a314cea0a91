package io.kubelint.rules.facts;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.run.FactType;
import io.kubelint.core.run.FactContext;
import io.kubelint.core.run.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * What the run-level rules need of a Service that selects pods: its selector with the place of each entry, and its
 * ports with their {@code targetPort}. A Service without a selector (its endpoints are managed by hand), with an
 * empty one or one with a value that is not a string, or of type {@code ExternalName} selects no pods and has no
 * such facts (https://kubernetes.io/docs/concepts/services-networking/service/#services-without-selectors).
 *
 * @param selector the selector's entries in the order written
 * @param selectorAt where {@code spec.selector} is written (its key)
 * @param ports the ports
 */
public record ServiceFacts(List<Entry> selector, Position selectorAt, List<Port> ports) {

  /** The fact type. */
  public static final FactType<ServiceFacts> TYPE = FactType.of("Service", List.of("Service"), ServiceFacts::of);

  private static final JsonPointer SELECTOR = JsonPointer.compile("/spec/selector");
  private static final JsonPointer PORTS = JsonPointer.compile("/spec/ports");

  /**
   * One {@code key: value} of the selector.
   *
   * @param key the label key
   * @param value the value it requires
   * @param valueAt where the value is written
   */
  public record Entry(String key, String value, Position valueAt) {
  }

  /**
   * A port of the Service.
   *
   * @param name its {@code name}, or {@code null}
   * @param port {@code port}, or 0 when it is not a number
   * @param protocol {@code protocol}, {@code TCP} when unset
   * @param targetName the {@code targetPort} when it is a name (a string that is not a number), else {@code null}
   * @param targetAt where the {@code targetPort} value is written, or {@code null} when it is not a name
   */
  public record Port(String name, int port, String protocol, String targetName, Position targetAt) {
  }

  /** Copies the lists. */
  public ServiceFacts {
    selector = List.copyOf(selector);
    ports = List.copyOf(ports);
  }

  static ServiceFacts of(KubeObject object, FactContext where) {
    JsonNode spec = object.json().path("spec");
    List<Entry> selector = new ArrayList<>();
    JsonNode map = object.at(SELECTOR);
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      if (!e.getValue().isString()) {
        selector = null;
        break;
      }
      selector.add(new Entry(e.getKey(), e.getValue().asString(),
          where.value(SELECTOR.appendProperty(e.getKey()))));
    }
    if (selector == null || selector.isEmpty() || "ExternalName".equals(spec.path("type").asString(""))) {
      return null;
    }
    List<Port> ports = new ArrayList<>();
    JsonNode list = object.at(PORTS);
    for (int i = 0; list.isArray() && i < list.size(); i++) {
      JsonNode port = list.get(i);
      JsonNode target = port.path("targetPort");
      boolean named = target.isString() && !target.asString().isEmpty() && !target.asString().matches("[0-9]+");
      ports.add(new Port(port.path("name").isString() ? port.path("name").asString() : null,
          port.path("port").isIntegralNumber() ? port.path("port").asInt() : 0,
          port.path("protocol").asString("TCP"), named ? target.asString() : null,
          named ? where.value(PORTS.appendIndex(i).appendProperty("targetPort")) : null));
    }
    return new ServiceFacts(selector, where.key(SELECTOR), ports);
  }

  /**
   * Whether the Service selects the pods of a template: they carry every entry of its selector
   * ({@link PodTemplateFacts#carries}).
   *
   * @param owner the name of the object that holds the template
   */
  public boolean selects(PodTemplateFacts template, String owner) {
    return selector.stream().allMatch(e -> template.carries(e.key(), e.value(), owner));
  }

  /** The selector as {@code app=web, tier=front}, for messages. */
  public String selectorDisplay() {
    return String.join(", ", selector.stream().map(e -> e.key() + "=" + e.value()).toList());
  }
}
