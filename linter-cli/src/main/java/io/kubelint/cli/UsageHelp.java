package io.kubelint.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's usage help with lines broken at spaces only. picocli breaks long lines where {@link
 * java.text.BreakIterator} allows, which is also after a dot or a hyphen inside a word: {@code *.} / {@code yml},
 * {@code e.} / {@code g.}, {@code kubelint.} / {@code io/startup-seconds}. Here every table of the help (synopsis,
 * description, options, commands, footer) breaks a line at the last space that fits; only a word longer than the
 * whole column is still broken by picocli.
 */
final class UsageHelp extends Help {

  UsageHelp(CommandSpec command, ColorScheme colours) {
    super(command, colours);
  }

  @Override
  public Layout createDefaultLayout() {
    return wrapped(super.createDefaultLayout());
  }

  @Override
  public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
                                    ColorScheme colours) {
    return wrapped(super.createDefaultLayout(options, positionals, colours));
  }

  private Layout wrapped(Layout layout) {
    return new Layout(layout.colorScheme(), new SpaceBreakingTable(layout.colorScheme(), layout.textTable()),
        layout.optionRenderer(), layout.parameterRenderer());
  }

  @Override
  public String commandList(Map<String, Help> subcommands) {
    if (subcommands.isEmpty()) {
      return "";
    }
    int names = subcommands.values().stream().mapToInt(h -> String.join(", ", h.commandSpec().names()).length())
        .max().orElse(0);
    int width = commandSpec().usageMessage().width();
    TextTable table = new SpaceBreakingTable(colorScheme(), new Column(names + 4, 2, Column.Overflow.SPAN),
        new Column(width - names - 4, 0, Column.Overflow.WRAP));
    for (Help help : subcommands.values()) {
      String[] header = help.commandSpec().usageMessage().header();
      String[] description = header.length > 0 ? header : help.commandSpec().usageMessage().description();
      table.addRowValues(colorScheme().commandText(String.join(", ", help.commandSpec().names())),
          colorScheme().text(description.length > 0 ? description[0] : ""));
    }
    return table.toString();
  }

  @Override
  public String description(Object... params) {
    return paragraphs(commandSpec().usageMessage().description(), params);
  }

  @Override
  public String footer(Object... params) {
    return paragraphs(commandSpec().usageMessage().footer(), params);
  }

  @Override
  protected String insertSynopsisCommandName(int synopsisHeadingLength, Ansi.Text optionText) {
    // as picocli lays out the synopsis: the command name (after room for "Usage: ") in the first column
    String name = commandSpec().qualifiedName();
    int first = name.length() + synopsisHeadingLength;
    int width = commandSpec().usageMessage().width();
    TextTable table = new SpaceBreakingTable(colorScheme(), new Column(first, 0, Column.Overflow.SPAN),
        new Column(width - first, 0, Column.Overflow.WRAP));
    table.indentWrappedLines = 1;
    table.addRowValues(Ansi.OFF.new Text(" ".repeat(synopsisHeadingLength), colorScheme())
        .concat(colorScheme().commandText(name)), optionText);
    return table.toString().substring(synopsisHeadingLength);
  }

  /** Lines of text as wide as the help, each a paragraph of its own. */
  private String paragraphs(String[] lines, Object... params) {
    TextTable table = new SpaceBreakingTable(colorScheme(),
        new Column(commandSpec().usageMessage().width(), 0, Column.Overflow.WRAP));
    table.indentWrappedLines = 0;
    for (String line : lines) {
      String text = params.length == 0 ? line : String.format(line, params);
      for (Ansi.Text part : colorScheme().text(text).splitLines()) {
        table.addRowValues(part);
      }
    }
    return table.toString();
  }

  /** A table whose wrapped columns break lines at spaces. */
  private static final class SpaceBreakingTable extends TextTable {

    SpaceBreakingTable(ColorScheme colours, TextTable like) {
      this(colours, like.columns());
      indentWrappedLines = like.indentWrappedLines;
    }

    SpaceBreakingTable(ColorScheme colours, Column... columns) {
      super(colours, columns);
    }

    @Override
    public Cell putValue(int row, int col, Ansi.Text value) {
      Column column = columns()[col];
      String plain = value.plainString();
      int room = column.width - column.indent - 1;
      if (column.overflow != Column.Overflow.WRAP || plain.length() <= room) {
        return super.putValue(row, col, value);
      }
      int cut = plain.lastIndexOf(' ', room);
      if (cut <= 0 || plain.substring(0, cut).isBlank()) {
        return super.putValue(row, col, value); // one word wider than the column: picocli breaks it
      }
      super.putValue(row, col, value.substring(0, cut));
      int next = cut;
      while (next < plain.length() && plain.charAt(next) == ' ') {
        next++;
      }
      if (next == plain.length()) {
        return new Cell(col, row);
      }
      addEmptyRow();
      Ansi.Text rest = Ansi.OFF.new Text(" ".repeat(indentWrappedLines), null).concat(value.substring(next));
      return putValue(rowCount() - 1, col, rest);
    }
  }
}
