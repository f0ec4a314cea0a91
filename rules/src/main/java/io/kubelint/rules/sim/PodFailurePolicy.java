package io.kubelint.rules.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A Job's {@code podFailurePolicy}: its rules are checked in order against a failed pod, and the first that matches
 * decides: {@code FailJob} fails the Job at once, {@code Ignore} does not count the failure against
 * {@code backoffLimit}, {@code Count} (and {@code FailIndex}, which needs {@code backoffLimitPerIndex}) counts it as
 * usual. A rule's {@code onExitCodes} matches when a container (the named one, or any) ended with a non-zero exit code
 * that is {@code In} (or {@code NotIn}) its values; {@code onPodConditions} never matches here, since no disruption is
 * simulated (https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-failure-policy).
 */
final class PodFailurePolicy {

  /**
   * The rule that matched a failed pod.
   *
   * @param action {@code FailJob}, {@code Ignore}, {@code Count} or {@code FailIndex}
   * @param index the rule's index
   * @param container the container whose exit code matched
   * @param exitCode that exit code
   */
  record Match(String action, int index, String container, int exitCode) {
  }

  private record Rule(String action, String container, boolean in, Set<Integer> values) {
  }

  private final List<Rule> rules;

  private PodFailurePolicy(List<Rule> rules) {
    this.rules = rules;
  }

  /** The policy of a Job spec; without {@code podFailurePolicy}, one that matches nothing. */
  static PodFailurePolicy of(JsonNode jobSpec) {
    List<Rule> rules = new ArrayList<>();
    for (JsonNode rule : jobSpec.path("podFailurePolicy").path("rules")) {
      JsonNode codes = rule.path("onExitCodes");
      Set<Integer> values = new HashSet<>();
      codes.path("values").forEach(v -> values.add(v.asInt()));
      rules.add(new Rule(rule.path("action").asString(""), codes.path("containerName").asString(null),
          codes.path("operator").asString("").equals("In"), codes.isObject() ? values : null));
    }
    return new PodFailurePolicy(rules);
  }

  /** The first rule that matches a failed pod, if any. */
  Optional<Match> match(PodSim pod) {
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      if (rule.values() == null) {
        continue;
      }
      for (ContainerSim c : pod.allContainers()) {
        Termination t = c.lastTermination();
        if (t == null || t.exitCode() == 0 || rule.container() != null && !rule.container().equals(c.name())) {
          continue;
        }
        if (rule.values().contains(t.exitCode()) == rule.in()) {
          return Optional.of(new Match(rule.action(), i, c.name(), t.exitCode()));
        }
      }
    }
    return Optional.empty();
  }
}
