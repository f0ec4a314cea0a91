package io.kubelint.cli;

import io.kubelint.core.builtin.CoreRules;
import io.kubelint.core.rule.Rule;
import io.kubelint.core.rule.RuleDescriptor;
import io.kubelint.core.rule.RuleEngine;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.rule.RuleSettings;
import io.kubelint.core.text.DidYouMean;
import io.kubelint.rules.BuiltinRules;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code kubelint rules [RULE]}: every rule with its id, default severity, rule sets, whether it is on under the
 * given {@code --enable}/{@code --disable} options, and summary, generated from the rule classes, then the rule
 * sets; or everything about one rule.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List every rule: id, default severity, whether it is on (under the --enable and --disable "
        + "options given), its rule sets and summary; then the rule sets. Given a RULE: its summary, severity, "
        + "rule sets, rationale and documentation link.")
final class RulesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "RULE", description = "A rule id, such as restart-policy.")
  String ruleId;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (a table), markdown (the README's rule table) or json.")
  String format;

  @Mixin
  RuleChoices ruleChoices = new RuleChoices();

  /** Every rule of a lint run, core rules first. */
  static List<RuleDescriptor> allRules() {
    return descriptors(BuiltinRules.all());
  }

  /** The descriptors of every rule of a run with these semantic rules: the core rules, then these. */
  static List<RuleDescriptor> descriptors(List<Rule> semantic) {
    List<Rule> rules = new ArrayList<>(CoreRules.all());
    rules.addAll(semantic);
    return new RuleEngine(rules, RuleSettings.DEFAULT).descriptors();
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<RuleDescriptor> rules = allRules();
    if (ruleId != null) {
      rules = rules.stream().filter(r -> r.id().equals(ruleId)).toList();
      if (rules.isEmpty()) {
        throw new UsageException("unknown rule '" + ruleId + "'" + DidYouMean.closest(ruleId,
            allRules().stream().map(RuleDescriptor::id).toList()).map(id -> "; did you mean '" + id + "'?")
            .orElse("") + " (kubelint rules lists them)");
      }
    }
    RuleSettings settings = ruleChoices.settings(allRules());
    switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> {
        if (ruleId != null) {
          describe(rules.get(0), settings, out);
        } else {
          text(rules, settings, out);
        }
      }
      case "markdown" -> out.print(markdown(rules));
      case "json" -> {
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ArrayNode list = json.createArrayNode();
        for (RuleDescriptor r : rules) {
          ObjectNode rule = list.addObject().put("id", r.id()).put("severity", r.severity().label())
              .put("enabled", settings.enabled(r)).put("summary", r.summary()).put("rationale", r.rationale())
              .put("docs", r.docs()).put("page", r.page());
          ArrayNode sets = rule.putArray("sets");
          sets(r).forEach(sets::add);
          if (r.isSecurityRule()) {
            rule.put("securitySeverity", r.securitySeverity());
          }
        }
        out.println(json.writeValueAsString(list));
      }
      default -> throw new UsageException("--format must be text, markdown or json");
    }
    out.flush();
    return ExitCode.OK;
  }

  /** Everything about one rule, for {@code kubelint rules RULE}. */
  private static void describe(RuleDescriptor rule, RuleSettings settings, PrintWriter out) {
    out.println(rule.id() + " (" + rule.severity().label() + ", " + (settings.enabled(rule) ? "on" : "off") + ")");
    out.println(rule.summary());
    out.println();
    out.println(rule.rationale());
    out.println();
    out.println("Rule sets: " + String.join(", ", sets(rule)));
    out.println("Documentation: " + rule.docs());
    out.println("Rule page: " + rule.page());
  }

  private static void text(List<RuleDescriptor> rules, RuleSettings settings, PrintWriter out) {
    int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
    int setsWidth = rules.stream().mapToInt(r -> String.join(",", sets(r)).length()).max().orElse(10);
    for (RuleDescriptor r : rules) {
      out.printf(Locale.ROOT, "%-" + width + "s  %-7s  %-3s  %-" + setsWidth + "s  %s%n", r.id(),
          r.severity().label(), settings.enabled(r) ? "on" : "off", String.join(",", sets(r)), r.summary());
    }
    out.println();
    out.println("Rule sets (--enable SET, --disable SET):");
    int setWidth = RuleSet.ids().stream().mapToInt(String::length).max().orElse(10);
    for (RuleSet set : RuleSet.values()) {
      long size = rules.stream().filter(r -> r.in(set)).count();
      out.printf(Locale.ROOT, "  %-" + setWidth + "s  %3d rules  %s%n", set.id(), size, set.description());
    }
  }

  /** The sets a rule is in, as listed: every set but {@code all}. */
  private static List<String> sets(RuleDescriptor rule) {
    return rule.memberships().stream().filter(s -> s != RuleSet.ALL).map(RuleSet::id).toList();
  }

  /** The rule table of README.md: each rule linked to its page under {@code docs/rules/}. */
  static String markdown(List<RuleDescriptor> rules) {
    StringBuilder md = new StringBuilder("| Rule | Severity | Sets | What it reports |\n|---|---|---|---|\n");
    for (RuleDescriptor r : rules) {
      md.append("| [`").append(r.id()).append("`](").append(r.page()).append(") | ").append(r.severity().label())
          .append(" | ").append(String.join(", ", sets(r))).append(" | ").append(r.summary().replace("|", "\\|"))
          .append(" |\n");
    }
    return md.toString();
  }
}
