package io.kubelint.cli;

import io.kubelint.core.builtin.CoreRules;
import io.kubelint.core.rule.Rule;
import io.kubelint.core.rule.RuleDescriptor;
import io.kubelint.core.rule.RuleEngine;
import io.kubelint.core.rule.RuleSettings;
import io.kubelint.rules.BuiltinRules;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** {@code kubelint rules}: every rule with its id, default severity and summary, generated from the rule classes. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List every rule: id, default severity and summary.")
final class RulesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

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
    switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> {
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
