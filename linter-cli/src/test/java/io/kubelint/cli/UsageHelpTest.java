package io.kubelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The help of every command breaks lines at spaces only, and keeps within its width. */
class UsageHelpTest {

  private static List<CommandLine> commands(CommandLine cli) {
    List<CommandLine> all = new ArrayList<>(List.of(cli));
    cli.getSubcommands().values().forEach(sub -> all.addAll(commands(sub)));
    return all;
  }

  @Test
  void noWordIsBrokenAndNoLineIsTooWide() {
    for (CommandLine command : commands(KubelintCommand.commandLine())) {
      CommandSpec spec = command.getCommandSpec();
      String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
      List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
      texts.addAll(List.of(spec.usageMessage().footer()));
      for (ArgSpec arg : spec.args()) {
        texts.addAll(List.of(arg.description()));
      }
      for (String text : texts) {
        for (String word : text.split("\\s+")) {
          assertTrue(help.contains(word), spec.qualifiedName() + ": \"" + word + "\" is broken:\n" + help);
        }
      }
      for (String line : help.lines().toList()) {
        assertTrue(line.length() <= 80, spec.qualifiedName() + ": too wide: " + line);
      }
    }
  }

  @Test
  void theTokensThatUsedToBreak() {
    String lint = CliRun.of("lint", "--help").out();
    assertTrue(lint.contains("*.yml, *.json)"), lint);
    assertTrue(lint.contains("(e.g. 1.31,"), lint);
    assertTrue(lint.contains("({kind}-{group}-{version}.json)"), lint);
    String simulate = CliRun.of("simulate", "--help").out();
    assertTrue(simulate.contains("kubelint.io/startup-seconds,"), simulate);
    assertTrue(simulate.contains("[--exit-code=[CONTAINER=]CODE]..."), simulate);
    assertEquals(0, CliRun.of("help", "rules").exit());
  }
}
