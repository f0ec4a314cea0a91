package io.kubelint.core.rule;

import io.kubelint.core.model.Severity;
import io.kubelint.core.text.DidYouMean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Per-run choices about rules: which are on, as ordered steps that each turn a rule or a rule set on or off
 * ({@code --enable security --disable privileged-ports}), applied in order over the defaults (a rule is on when it
 * is in a set that is on by default, {@link RuleDescriptor#onByDefault()}), so a later step wins; and severity
 * overrides; and rule options. Every source of choices (command line, Maven goal, configuration file) adds its
 * steps in the order the user wrote them.
 *
 * @param steps the enable and disable steps, in order
 * @param severities severity overrides by rule id
 * @param options each configurable rule's options by rule id, as the user wrote them (a JSON object whose shape the
 *     rule documents); a rule without an entry uses its defaults
 */
public record RuleSettings(List<Step> steps, Map<String, Severity> severities, Map<String, JsonNode> options) {

  /** Every rule of a default-on set on, at its default severity, with default options. */
  public static final RuleSettings DEFAULT = new RuleSettings(List.of(), Map.of());

  /**
   * One choice.
   *
   * @param enable whether it turns on or off
   * @param id a rule id or a rule set id ({@link RuleSet#id()})
   */
  public record Step(boolean enable, String id) {
  }

  /** Copies the collections. */
  public RuleSettings {
    steps = List.copyOf(steps);
    severities = Map.copyOf(severities);
    options = Map.copyOf(options);
  }

  /** Settings without rule options. */
  public RuleSettings(List<Step> steps, Map<String, Severity> severities) {
    this(steps, severities, Map.of());
  }

  /** Settings that turn off the rules or sets {@code disabled}, in their iteration order. */
  public RuleSettings(Set<String> disabled, Map<String, Severity> severities) {
    this(disabled.stream().sorted().map(id -> new Step(false, id)).toList(), severities);
  }

  /** A copy with one more step. */
  public RuleSettings with(Step step) {
    List<Step> more = new ArrayList<>(steps);
    more.add(step);
    return new RuleSettings(more, severities, options);
  }

  /** A copy in which {@code rule}'s options are {@code value} (replacing any it had). */
  public RuleSettings withOptions(String rule, JsonNode value) {
    Map<String, JsonNode> more = new HashMap<>(options);
    more.put(rule, value);
    return new RuleSettings(steps, severities, more);
  }

  /**
   * The options the user gave {@code rule}, or a missing node (so {@code options(id).path("registries")} is safe)
   * when there are none.
   */
  public JsonNode options(String rule) {
    return options.getOrDefault(rule, MissingNode.getInstance());
  }

  /** Whether a rule is on: its default, changed by every step that names it or a set it is in, in order. */
  public boolean enabled(RuleDescriptor rule) {
    boolean on = rule.onByDefault();
    for (Step step : steps) {
      if (step.id().equals(rule.id()) || RuleSet.byId(step.id()).filter(rule::in).isPresent()) {
        on = step.enable();
      }
    }
    return on;
  }

  /**
   * The severity of a finding of {@code rule}: the user's override, else what the finding asked for, else the
   * rule's default.
   *
   * @param requested the finding's own severity, or {@code null}
   */
  public Severity severityOf(RuleDescriptor rule, Severity requested) {
    return severities.getOrDefault(rule.id(), requested != null ? requested : rule.severity());
  }

  /**
   * The steps that name neither a rule of {@code rules} nor a rule set, each with the ids near it ("did you mean").
   *
   * @return the unknown steps in order; empty when all are known
   */
  public List<Unknown> unknown(Collection<RuleDescriptor> rules) {
    Set<String> known = new LinkedHashSet<>();
    rules.forEach(r -> known.add(r.id()));
    known.addAll(RuleSet.ids());
    List<Unknown> out = new ArrayList<>();
    for (Step step : steps) {
      if (!known.contains(step.id())) {
        out.add(new Unknown(step, DidYouMean.near(step.id(), known)));
      }
    }
    return out;
  }

  /**
   * A step naming no rule and no set.
   *
   * @param step the step
   * @param near known ids close to it, closest first (may be empty)
   */
  public record Unknown(Step step, List<String> near) {

    /**
     * {@code unknown rule or rule set 'secruity'; did you mean security?}, for usage errors, which say where the
     * step came from before it.
     */
    public String message() {
      return "unknown rule or rule set '" + step.id() + "'"
          + (near.isEmpty() ? " (see kubelint rules)" : "; did you mean " + String.join(" or ", near) + "?");
    }
  }
}
