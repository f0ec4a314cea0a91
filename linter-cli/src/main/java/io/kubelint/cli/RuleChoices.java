package io.kubelint.cli;

import io.kubelint.core.rule.RuleDescriptor;
import io.kubelint.core.rule.RuleSettings;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --enable RULE|SET} and {@code --disable RULE|SET}, shared by {@code lint} and {@code rules}: each is
 * repeatable and takes comma-separated ids; they are applied in command-line order over the defaults, so a later
 * one wins ({@code --enable security --disable privileged-ports}).
 */
final class RuleChoices {

  private RuleSettings settings = RuleSettings.DEFAULT;

  @Option(names = "--enable", paramLabel = "RULE|SET",
      description = "Turn rules or rule sets on (repeatable, comma-separated; see kubelint rules).")
  void enable(String ids) {
    add(true, ids);
  }

  @Option(names = "--disable", paramLabel = "RULE|SET",
      description = "Turn rules or rule sets off (repeatable, comma-separated); later --enable and --disable "
          + "options win over earlier ones.")
  void disable(String ids) {
    add(false, ids);
  }

  private void add(boolean enable, String ids) {
    for (String id : ids.split(",")) {
      if (!id.isBlank()) {
        settings = settings.with(new RuleSettings.Step(enable, id.strip()));
      }
    }
  }

  /**
   * The rule settings of the options.
   *
   * @param rules every rule of the run
   * @throws UsageException when an option names no rule and no rule set (with the ids near it)
   */
  RuleSettings settings(List<RuleDescriptor> rules) {
    List<RuleSettings.Unknown> unknown = settings.unknown(rules);
    if (!unknown.isEmpty()) {
      RuleSettings.Unknown first = unknown.get(0);
      throw new UsageException((first.step().enable() ? "--enable: " : "--disable: ") + first.message());
    }
    return new RuleSettings(settings.steps(), Map.of());
  }
}
