package io.kubelint.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs programs the way a user's shell does, for the tests that take the user's path (the launcher, the
 * distribution, pre-commit, CI steps): a real process, its own working directory and environment, stdout and stderr
 * kept apart. Part of the kubelint-core test-jar.
 */
public final class Programs {

  /**
   * What a program did.
   *
   * @param exit its exit code
   * @param out what it wrote to stdout
   * @param err what it wrote to stderr
   */
  public record Result(int exit, String out, String err) {

    /** Everything it printed, for assertion messages. */
    @Override
    public String toString() {
      return "exit code " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private Programs() {
  }

  /**
   * Runs {@code command} in {@code dir} with stdin closed and waits for it (at most 15 minutes, then it is killed).
   *
   * @param env changes to this JVM's environment: a {@code null} value removes the variable
   */
  public static Result run(Path dir, Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("kubelint-out", ".txt");
    Path err = Files.createTempFile("kubelint-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
              Path.of("/dev/null").toFile()));
      Map<String, String> environment = builder.environment();
      env.forEach((name, value) -> {
        if (value == null) {
          environment.remove(name);
        } else {
          environment.put(name, value);
        }
      });
      Process process = builder.start();
      if (!process.waitFor(15, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(String.join(" ", command) + " did not end within 15 minutes");
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /**
   * A folder of symbolic links to every program in {@code /usr/local/bin}, {@code /usr/bin} and {@code /bin} but
   * those named, for a {@code PATH} without them (a machine without Java, say).
   *
   * @param folder where to make the links (created); remove it with {@link #removeLinks} (JUnit's {@code @TempDir}
   *     clean-up would warn about every link)
   */
  public static Path pathWithout(Path folder, Set<String> programs) throws IOException {
    Files.createDirectories(folder);
    for (String bin : List.of("/usr/local/bin", "/usr/bin", "/bin")) {
      Path dir = Path.of(bin);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path program : files.toList()) {
          Path link = folder.resolve(program.getFileName().toString());
          if (!programs.contains(program.getFileName().toString()) && !Files.exists(link, java.nio.file.LinkOption
              .NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(link, program);
          }
        }
      }
    }
    return folder;
  }

  /** Removes a folder made by {@link #pathWithout}: the links and the folder, never what they lead to. */
  public static void removeLinks(Path folder) throws IOException {
    try (Stream<Path> links = Files.list(folder)) {
      for (Path link : links.toList()) {
        Files.delete(link);
      }
    }
    Files.delete(folder);
  }
}
