package io.kubelint.rules.sim;

import io.kubelint.rules.shell.ShellScript;
import io.kubelint.rules.shell.ShellScript.SimpleCommand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a container's command does when run, worked out by following a {@linkplain ShellScript#isStraightLine()
 * straight-line} script command by command (a plain command line such as {@code ["false"]} or
 * {@code ["sleep", "3600"]} is a script of one command). Only commands whose effect is certain are followed:
 * {@code sleep} (its duration, with the {@code s}, {@code m}, {@code h}, {@code d} suffixes and
 * {@code infinity} of GNU and busybox sleep), {@code exit}, {@code true}, {@code false}, {@code :},
 * {@code touch} and {@code rm} (the files they create and remove), {@code echo} and {@code printf} (with a
 * {@code >} redirection, the file they write), {@code set -e}, and a few that cannot fail in a container
 * ({@code mkdir}, {@code date}, {@code export}, …). Any other command, or an argument that needs the shell to expand
 * a variable where the duration or a file name should be, makes the outcome unknown. Statuses follow POSIX: a
 * command after {@code &&} runs when the one before succeeded, after {@code ||} when it failed, and the script ends
 * with the status of its last command unless {@code exit} ends it first
 * (https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_09_03).
 *
 * @param exitMillis how long after the start the script ends, or {@code null} when it never does
 *     ({@code sleep infinity})
 * @param exitCode its exit status then (0–255)
 * @param files the file changes it makes, in order
 */
public record ScriptRun(Long exitMillis, int exitCode, List<FileChange> files) {

  /**
   * A file the script creates or removes.
   *
   * @param path the file as written
   * @param atMillis when, since the start
   * @param exists whether it exists afterwards
   */
  public record FileChange(String path, long atMillis, boolean exists) {
  }

  /** Commands that always succeed in a container, taking no noticeable time. */
  private static final Set<String> HARMLESS = Set.of("true", ":", "date", "export", "unset", "mkdir", "chmod",
      "hostname", "pwd", "id", "whoami", "uname", "sync", "wait", "umask");
  private static final Pattern REDIRECT = Pattern.compile("^>>?");
  /** A {@code sleep} operand without its unit. */
  private static final Pattern SLEEP_NUMBER = Pattern.compile("\\d{1,9}(\\.\\d{1,6})?|\\.\\d{1,6}");
  private static final Pattern EXIT_STATUS = Pattern.compile("\\d{1,9}");

  /**
   * Follows a script.
   *
   * @return what it does, or empty when it is not straight-line or runs a command whose effect is not certain
   */
  public static Optional<ScriptRun> of(ShellScript script) {
    if (!script.isStraightLine()) {
      return Optional.empty();
    }
    long t = 0;
    int status = 0;
    boolean errexit = false;
    String before = ";";
    List<FileChange> files = new ArrayList<>();
    for (SimpleCommand c : script.commands()) {
      boolean runs = before.equals(";") || before.equals("&&") && status == 0 || before.equals("||") && status != 0;
      before = c.separator();
      if (!runs) {
        continue;
      }
      List<String> args = c.args();
      switch (c.name()) {
        case "sleep" -> {
          Long d = sleepMillis(args);
          if (d == null) {
            return Optional.empty();
          }
          if (d < 0) {
            return Optional.of(new ScriptRun(null, 0, files));
          }
          t += d;
          status = 0;
        }
        case "exit" -> {
          Integer code = args.isEmpty() ? Integer.valueOf(status) : exitCode(args.get(0));
          return code == null ? Optional.empty() : Optional.of(new ScriptRun(t, code, files));
        }
        case "false" -> status = 1;
        case "touch", "rm" -> {
          for (String a : args) {
            if (a.startsWith("-")) {
              continue;
            }
            if (a.contains("$") || a.contains("*") || a.contains("?")) {
              return Optional.empty();
            }
            files.add(new FileChange(a, t, c.name().equals("touch")));
          }
          status = 0;
        }
        case "echo", "printf" -> {
          String target = redirection(args);
          if (target != null && (target.contains("$") || target.isEmpty())) {
            return Optional.empty();
          }
          if (target != null) {
            files.add(new FileChange(target, t, true));
          }
          status = 0;
        }
        case "set" -> {
          for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("-") && !a.startsWith("--") && a.contains("e") && !a.equals("-o")
                || a.equals("-o") && i + 1 < args.size() && args.get(i + 1).equals("errexit")) {
              errexit = true;
            } else if (a.startsWith("+") && a.contains("e")) {
              errexit = false;
            }
          }
          status = 0;
        }
        default -> {
          if (!HARMLESS.contains(c.name())) {
            return Optional.empty();
          }
          status = 0;
        }
      }
      if (errexit && status != 0 && (c.separator().equals(";") || c.separator().isEmpty())) {
        return Optional.of(new ScriptRun(t, status, files));
      }
    }
    return Optional.of(new ScriptRun(t, status, files));
  }

  /** The file after {@code >} or {@code >>} (joined or as the next word), or {@code null}. */
  private static String redirection(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals(">") || a.equals(">>")) {
        return i + 1 < args.size() ? args.get(i + 1) : "";
      }
      if (a.startsWith(">") && !a.startsWith(">&")) {
        return REDIRECT.matcher(a).replaceFirst("");
      }
    }
    return null;
  }

  /**
   * The total duration of {@code sleep}'s operands in milliseconds (GNU sleep adds them up), -1 for
   * {@code infinity}, or {@code null} when one cannot be read.
   */
  static Long sleepMillis(List<String> args) {
    if (args.isEmpty()) {
      return null;
    }
    long total = 0;
    for (String a : args) {
      if (a.equals("infinity") || a.equals("inf")) {
        return -1L;
      }
      long unit = 1000;
      String number = a;
      if (!a.isEmpty() && "smhd".indexOf(a.charAt(a.length() - 1)) >= 0) {
        unit = switch (a.charAt(a.length() - 1)) {
          case 'm' -> 60_000L;
          case 'h' -> 3_600_000L;
          case 'd' -> 86_400_000L;
          default -> 1000L;
        };
        number = a.substring(0, a.length() - 1);
      }
      if (!SLEEP_NUMBER.matcher(number).matches()) {
        return null;
      }
      total += new BigDecimal(number).multiply(BigDecimal.valueOf(unit)).longValue();
    }
    return total;
  }

  /** The status {@code exit N} ends with (N modulo 256), or {@code null} when N is not a number. */
  private static Integer exitCode(String arg) {
    if (!EXIT_STATUS.matcher(arg).matches()) {
      return null;
    }
    return Integer.parseInt(arg) & 0xFF;
  }
}
