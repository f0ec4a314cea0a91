package io.kubelint.rules;

import io.kubelint.core.builtin.CoreRules;
import io.kubelint.core.rule.InternalError;
import io.kubelint.core.rule.Rule;
import io.kubelint.core.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every rule of a kubelint run, as the tests of the rules' conventions and pages need them. */
final class RuleCatalog {

  private RuleCatalog() {
  }

  /** Every rule by id, in the order {@code kubelint rules} lists them: core rules, built-in rules, internal-error. */
  static Map<String, Rule> byId() {
    List<Rule> rules = new ArrayList<>(CoreRules.all());
    rules.addAll(BuiltinRules.all());
    rules.add(new InternalError());
    Map<String, Rule> out = new LinkedHashMap<>();
    rules.forEach(r -> out.put(r.descriptor().id(), r));
    return out;
  }

  /** Every rule's descriptor, in listing order. */
  static List<RuleDescriptor> descriptors() {
    return byId().values().stream().map(Rule::descriptor).toList();
  }

  /** Every rule id. */
  static Set<String> ids() {
    return byId().keySet();
  }
}
