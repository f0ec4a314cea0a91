package io.kubelint.rules.shell;

import io.kubelint.core.k8s.Probe;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A container command read as the simple commands it runs, enough to see what a probe or an entrypoint does:
 * {@code ["sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy"]} is three commands;
 * {@code ["curl", "-f", "http://db/health"]} is one. Only the POSIX shell's plain structure is understood: words
 * with single quotes, double quotes and backslashes, and the separators {@code ;}, newline, {@code &&},
 * {@code ||}, {@code |} and {@code &}. Anything fancier (loops, functions, substitutions) is kept as words and
 * is not interpreted.
 *
 * @param commands the simple commands in order
 * @param viaShell whether the command line was a {@code sh -c} / {@code bash -c} script
 */
public record ShellScript(List<SimpleCommand> commands, boolean viaShell) {

  private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "busybox");
  /** The shell's reserved words (POSIX, plus bash's {@code [[}, {@code function} and {@code select}). */
  private static final Set<String> RESERVED = Set.of("if", "then", "else", "elif", "fi", "do", "done", "case", "esac",
      "while", "until", "for", "in", "function", "select", "{", "}", "!", "[[", "]]", "time");
  /** The backslash escapes that double quotes keep: of {@code "}, {@code \\}, {@code $} and a backquote. */
  private static final Pattern QUOTED_ESCAPE = Pattern.compile("\\\\([\"\\\\$`])");

  /**
   * One simple command.
   *
   * @param words the command name and its arguments, quotes removed
   * @param separator what follows it: {@code ;}, {@code &&}, {@code ||}, {@code |}, {@code &}, or {@code ""} at
   *     the end
   */
  public record SimpleCommand(List<String> words, String separator) {

    /** The command name without its directory ({@code /bin/sleep} → {@code sleep}), or "" when empty. */
    public String name() {
      if (words.isEmpty()) {
        return "";
      }
      String w = words.get(0);
      return w.substring(w.lastIndexOf('/') + 1);
    }

    /** The arguments after the name. */
    public List<String> args() {
      return words.isEmpty() ? List.of() : words.subList(1, words.size());
    }
  }

  /**
   * Whether the script is a straight line of simple commands that this reader fully understands: commands joined
   * by {@code ;}, newlines, {@code &&} or {@code ||} only; no pipeline or background job; no reserved word (so no
   * {@code if}, loop, {@code case}, group or function); no subshell, command substitution or here-document. Only
   * such a script can be followed command by command (as the simulator does); an empty script is not one.
   */
  public boolean isStraightLine() {
    if (commands.isEmpty()) {
      return false;
    }
    for (SimpleCommand c : commands) {
      if (c.separator().equals("|") || c.separator().equals("&") || RESERVED.contains(c.words().get(0))) {
        return false;
      }
      for (String w : c.words()) {
        if (w.startsWith("(") || w.endsWith(")") || w.contains("$(") || w.contains("`") || w.contains("<<")) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether some simple command of the script runs the named command ({@code trap}, {@code exec}). */
  public boolean runs(String name) {
    return commands.stream().anyMatch(c -> c.name().equals(name));
  }

  /**
   * The words of a probe's {@code exec.command}, as strings (a non-string item is an empty word); empty when the
   * probe has no such list.
   */
  public static List<String> execCommand(Probe probe) {
    JsonNode command = probe.json().path("exec").path("command");
    List<String> argv = new ArrayList<>();
    if (command.isArray()) {
      command.forEach(part -> argv.add(part.asString("")));
    }
    return argv;
  }

  /**
   * Reads a container's {@code command} + {@code args} (or a probe's {@code exec.command}).
   *
   * @param argv the words, as in the manifest
   * @return the script; empty when {@code argv} is empty
   */
  public static ShellScript of(List<String> argv) {
    if (argv.isEmpty()) {
      return new ShellScript(List.of(), false);
    }
    int script = scriptIndex(argv);
    if (script >= 0) {
      return script < argv.size() ? new ShellScript(parse(argv.get(script)), true) : new ShellScript(List.of(), true);
    }
    return new ShellScript(List.of(new SimpleCommand(List.copyOf(argv), "")), false);
  }

  /**
   * Where the script of a {@code sh -c SCRIPT} command line is: the index of {@code SCRIPT} in {@code argv} (which
   * may equal {@code argv.size()} when the script is missing), or -1 when {@code argv} does not run a shell with
   * {@code -c}.
   */
  public static int scriptIndex(List<String> argv) {
    if (argv.isEmpty()) {
      return -1;
    }
    String name = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
    int start = name.equals("busybox") && argv.size() > 1 ? 1 : 0;
    String shell = argv.get(start).substring(argv.get(start).lastIndexOf('/') + 1);
    if (SHELLS.contains(shell)) {
      for (int i = start + 1; i < argv.size(); i++) {
        String a = argv.get(i);
        if (a.startsWith("-") && !a.startsWith("--") && a.contains("c")) {
          return i + 1;
        }
        if (!a.startsWith("-")) {
          break;
        }
      }
    }
    return -1;
  }

  /** Splits a shell script into simple commands. Unbalanced quotes end at the end of the script. */
  static List<SimpleCommand> parse(String script) {
    List<SimpleCommand> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    int i = 0;
    int n = script.length();
    while (i < n) {
      char c = script.charAt(i);
      if (c == '\'' || c == '"') {
        word = word == null ? new StringBuilder() : word;
        int end = c == '\'' ? script.indexOf('\'', i + 1) : closingDoubleQuote(script, i + 1);
        end = end < 0 ? n : end;
        word.append(c == '"' ? QUOTED_ESCAPE.matcher(script.substring(i + 1, end)).replaceAll("$1")
            : script.substring(i + 1, end));
        i = end + 1;
      } else if (c == '\\' && i + 1 < n) {
        if (script.charAt(i + 1) != '\n') {
          word = word == null ? new StringBuilder() : word;
          word.append(script.charAt(i + 1));
        }
        i += 2;
      } else if (c == '#' && word == null) {
        int end = script.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (Character.isWhitespace(c) && c != '\n') {
        word = flush(word, words);
        i++;
      } else if (c == ';' || c == '\n' || c == '&' || c == '|') {
        word = flush(word, words);
        String separator = String.valueOf(c);
        if ((c == '&' || c == '|') && i + 1 < n && script.charAt(i + 1) == c) {
          separator += c;
          i++;
        }
        if (!words.isEmpty()) {
          out.add(new SimpleCommand(List.copyOf(words), separator.equals("\n") ? ";" : separator));
          words.clear();
        }
        i++;
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
        i++;
      }
    }
    flush(word, words);
    if (!words.isEmpty()) {
      out.add(new SimpleCommand(List.copyOf(words), ""));
    }
    return out;
  }

  private static int closingDoubleQuote(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == '"') {
        return i;
      }
    }
    return -1;
  }

  private static StringBuilder flush(StringBuilder word, List<String> words) {
    if (word != null) {
      words.add(word.toString());
    }
    return null;
  }
}
