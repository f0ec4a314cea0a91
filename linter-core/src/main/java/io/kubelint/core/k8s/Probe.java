package io.kubelint.core.k8s;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A probe of a container, with the kubelet's defaults for the timing fields.
 * Source: https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#configure-probes
 *
 * @param container the container it belongs to
 * @param type liveness, readiness or startup
 * @param json the probe node
 * @param path pointer (inside the object) of the probe
 */
public record Probe(Container container, Type type, JsonNode json, JsonPointer path) {

  /** The three probe kinds. */
  public enum Type {
    /** {@code livenessProbe}: failing it kills the container. */
    LIVENESS("livenessProbe"),
    /** {@code readinessProbe}: failing it only takes the pod out of service endpoints. */
    READINESS("readinessProbe"),
    /** {@code startupProbe}: holds liveness and readiness back until it succeeds once. */
    STARTUP("startupProbe");

    private final String field;

    Type(String field) {
      this.field = field;
    }

    /** The container field holding this probe. */
    public String field() {
      return field;
    }
  }

  /** {@code initialDelaySeconds}, in seconds; default 0. */
  public int initialDelaySeconds() {
    return intField("initialDelaySeconds", 0);
  }

  /** {@code periodSeconds}, in seconds; default 10. */
  public int periodSeconds() {
    return intField("periodSeconds", 10);
  }

  /** {@code timeoutSeconds}, in seconds; default 1. */
  public int timeoutSeconds() {
    return intField("timeoutSeconds", 1);
  }

  /** {@code successThreshold}; default 1. */
  public int successThreshold() {
    return intField("successThreshold", 1);
  }

  /** {@code failureThreshold}; default 3. */
  public int failureThreshold() {
    return intField("failureThreshold", 3);
  }

  /** Whether a field is set in the manifest (as opposed to defaulted). */
  public boolean has(String field) {
    return json.has(field);
  }

  private int intField(String name, int fallback) {
    JsonNode value = json.path(name);
    return value.isIntegralNumber() && value.canConvertToInt() ? value.asInt() : fallback;
  }
}
