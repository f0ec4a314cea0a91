package io.kubelint.cli;

import io.kubelint.core.builtin.CoreRules;
import io.kubelint.core.rule.Rule;
import io.kubelint.core.rule.RuleDescriptor;
import io.kubelint.core.rule.RuleEngine;
import io.kubelint.core.rule.RuleSettings;
import io.kubelint.core.text.DidYouMean;
import io.kubelint.rules.BuiltinRules;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * {@code kubelint rules [RULE]}: every rule with its id, default severity and summary, or everything about one rule,
 * generated from the rule classes.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List every rule: id, default severity and summary; or, given a RULE, its summary, severity, "
        + "rationale and documentation link.")
final class RulesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "RULE", description = "A rule id, such as restart-policy.")
  String ruleId;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (a table), markdown (the README's rule table) or json.")
  String format;

  /** Every rule of a lint run, core rules first. */
  static List<RuleDescriptor> allRules() {
    List<Rule> rules = new ArrayList<>(CoreRules.all());
    rules.addAll(BuiltinRules.all());
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
    switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> {
        if (ruleId != null) {
          describe(rules.get(0), out);
          break;
        }
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
        for (RuleDescriptor r : rules) {
          out.printf(Locale.ROOT, "%-" + width + "s  %-7s  %s%n", r.id(), r.severity().label(), r.summary());
        }
      }
      case "markdown" -> out.print(markdown(rules));
      case "json" -> {
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ArrayNode list = json.createArrayNode();
        for (RuleDescriptor r : rules) {
          list.addObject().put("id", r.id()).put("severity", r.severity().label()).put("summary", r.summary())
              .put("rationale", r.rationale()).put("docs", r.docs());
        }
        out.println(json.writeValueAsString(list));
      }
      default -> throw new UsageException("--format must be text, markdown or json");
    }
    out.flush();
    return ExitCode.OK;
  }

  /** Everything about one rule, for {@code kubelint rules RULE}. */
  private static void describe(RuleDescriptor rule, PrintWriter out) {
    out.println(rule.id() + " (" + rule.severity().label() + ")");
    out.println(rule.summary());
    out.println();
    out.println(rule.rationale());
    out.println();
    out.println("Documentation: " + rule.docs());
  }

  /** The rule table of README.md. */
  static String markdown(List<RuleDescriptor> rules) {
    StringBuilder md = new StringBuilder("| Rule | Severity | What it reports |\n|---|---|---|\n");
    for (RuleDescriptor r : rules) {
      md.append("| [`").append(r.id()).append("`](").append(r.docs()).append(") | ").append(r.severity().label())
          .append(" | ").append(r.summary().replace("|", "\\|")).append(" |\n");
    }
    return md.toString();
  }
}
