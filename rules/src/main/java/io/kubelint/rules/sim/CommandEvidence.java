package io.kubelint.rules.sim;

import io.kubelint.core.k8s.Container;
import io.kubelint.rules.shell.ShellScript;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JsonPointer;

/**
 * Static evidence from a container's {@code command} and {@code args}: whether and when its process ends, with
 * which exit code, and which files its script creates and removes (see {@link ScriptRun} for what is followed).
 * The command line is read only when it names its program: {@code command} is set, or {@code args} alone starts
 * with a shell or one of the commands {@link ScriptRun} follows (images such as busybox run {@code args} as the
 * command; for other images {@code args} go to an entrypoint that is not in the manifest).
 *
 * @param run what the command does, if it could be followed
 * @param at pointer of the item holding the script ({@code sh -c SCRIPT}), or of {@code command} / {@code args}
 * @param text the script or command line as written, for messages
 * @param viaShell whether it is a {@code sh -c} script
 * @param ignoresSigterm whether its PID 1 ignores SIGTERM: a shell without {@code trap} or {@code exec}, or a
 *     command such as {@code sleep} that installs no handler
 */
public record CommandEvidence(Optional<ScriptRun> run, JsonPointer at, String text, boolean viaShell,
                              boolean ignoresSigterm) {

  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
  private static final Pattern EMPTY_COMMAND = Pattern.compile(";\\s*;");
  private static final Set<String> FOLLOWED = Set.of("sleep", "true", "false", "echo", "printf", "touch", "rm");

  /** Reads a container's command line; empty when it names no program. */
  public static Optional<CommandEvidence> of(Container container) {
    List<String> argv = container.commandLine();
    int commandWords = container.json().path("command").size();
    if (argv.isEmpty()) {
      return Optional.empty();
    }
    int scriptAt = ShellScript.scriptIndex(argv);
    ShellScript script = ShellScript.of(argv);
    if (commandWords == 0 && scriptAt < 0 && !FOLLOWED.contains(script.commands().get(0).name())) {
      return Optional.empty();
    }
    JsonPointer at;
    String text;
    if (scriptAt >= 0 && scriptAt < argv.size()) {
      at = scriptAt < commandWords ? container.path().appendProperty("command").appendIndex(scriptAt)
          : container.path().appendProperty("args").appendIndex(scriptAt - commandWords);
      text = argv.get(scriptAt).strip();
    } else {
      at = container.path().appendProperty(commandWords == 0 ? "args" : "command");
      text = String.join(" ", argv);
    }
    Optional<ScriptRun> run = ScriptRun.of(script);
    boolean ignoresSigterm = script.viaShell() ? !script.runs("trap") && !script.runs("exec") : run.isPresent();
    return Optional.of(new CommandEvidence(run, at, text, script.viaShell(), ignoresSigterm));
  }

  /** The exit evidence: "the script "sleep 10; exit 1" exits with code 1 after 10 s", if it exits. */
  public Optional<Evidence> exit() {
    return run.filter(r -> r.exitMillis() != null).map(r -> new Evidence(Evidence.Strength.STATIC, Evidence.Fact.EXIT,
        (viaShell ? "its script " : "its command ") + quoted() + " exits with code " + r.exitCode()
            + (r.exitMillis() == 0 ? " at once" : " after " + Durations.exact(r.exitMillis())), r.exitMillis(), at));
  }

  /** The script or command line in quotes, shortened to about 60 characters. */
  public String quoted() {
    String oneLine = EMPTY_COMMAND.matcher(LINE_BREAK.matcher(text).replaceAll("; ")).replaceAll(";");
    return "\"" + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine) + "\"";
  }
}
