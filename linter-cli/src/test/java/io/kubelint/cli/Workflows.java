package io.kubelint.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kubelint.core.testing.Programs;
import io.kubelint.core.testing.Programs.Result;
import io.kubelint.core.yaml.DocumentSplitter;
import io.kubelint.core.yaml.SourceChunk;
import io.kubelint.core.yaml.YamlLimits;
import io.kubelint.core.yaml.YamlParser;
import io.kubelint.core.yaml.YamlToJson;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * CI configuration as users copy it: fenced blocks of a Markdown page, loaded with kubelint's own YAML reader, and
 * the {@code run:} steps of a GitHub Actions job or composite action run the way the runner runs them.
 */
final class Workflows {

  private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w+)\\n(.*?)^```$", Pattern.DOTALL);
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");

  /**
   * A fenced block of a Markdown page.
   *
   * @param language what follows the opening fence
   * @param text its text
   * @param line the line of the page its text starts on
   */
  record Block(String language, String text, int line) {
  }

  /**
   * A {@code run:} step that ran.
   *
   * @param id its {@code id}, or {@code null}
   * @param result what it did
   * @param outputs what it wrote to {@code GITHUB_OUTPUT}
   */
  record Ran(String id, Result result, Map<String, String> outputs) {
  }

  private Workflows() {
  }

  /** The fenced blocks of {@code page} in {@code language}, in order. */
  static List<Block> blocks(Path page, String language) throws IOException {
    String doc = Files.readString(page, StandardCharsets.UTF_8);
    List<Block> found = new ArrayList<>();
    Matcher m = FENCE.matcher(doc);
    while (m.find()) {
      if (m.group(1).equals(language)) {
        int line = (int) doc.substring(0, m.start(2)).chars().filter(c -> c == '\n').count() + 1;
        found.add(new Block(m.group(1), m.group(2), line));
      }
    }
    return found;
  }

  /** One YAML document, loaded by kubelint's YAML reader, as JSON. */
  static JsonNode load(String text) throws Exception {
    DocumentSplitter splitter = new DocumentSplitter(new StringReader(text), YamlLimits.DEFAULT.maxDocumentChars());
    SourceChunk chunk = splitter.next();
    assertFalse(splitter.hasNext(), "one document");
    return YamlToJson.convert(new YamlParser(YamlLimits.DEFAULT).parse(chunk).orElseThrow(), 0).json();
  }

  /**
   * Runs the {@code run:} steps of {@code steps} in order, as the GitHub runner runs them: each script in
   * {@code bash --noprofile --norc -eo pipefail}, in {@code workspace}, with the runner's variables
   * ({@code GITHUB_WORKSPACE}, {@code GITHUB_OUTPUT}, {@code GITHUB_ENV}, {@code RUNNER_OS}, {@code RUNNER_TEMP},
   * {@code CI}, {@code GITHUB_ACTIONS}) and the step's {@code env:}, whose {@code ${{ }}} expressions are read from
   * {@code contexts} ({@code inputs.paths}, {@code github.action_path}) and from the outputs of earlier steps. Steps
   * that {@code uses:} an action are left out (the runner would download them). A {@code run:} script must not hold
   * an expression (the runner would paste the value into the script), nor a step have an {@code if:}.
   */
  static List<Ran> runSteps(JsonNode steps, Path workspace, Map<String, String> contexts, Map<String, String> env)
      throws IOException, InterruptedException {
    List<Ran> ran = new ArrayList<>();
    Map<String, Map<String, String>> outputs = new HashMap<>();
    Path runner = Files.createDirectories(workspace.resolveSibling(workspace.getFileName() + "-runner"));
    int n = 0;
    for (JsonNode step : steps) {
      if (!step.has("run")) {
        continue;
      }
      n++;
      String script = step.path("run").asString();
      assertFalse(script.contains("${{"), "a run: script reads its values from env:, not ${{ }}: " + script);
      assertFalse(step.has("if"), "no if: on a run: step " + step);
      Map<String, String> stepEnv = new LinkedHashMap<>(env);
      Path output = runner.resolve("output-" + n);
      Files.writeString(output, "");
      stepEnv.put("GITHUB_OUTPUT", output.toString());
      stepEnv.put("GITHUB_ENV", Files.writeString(runner.resolve("env-" + n), "").toString());
      stepEnv.put("GITHUB_STEP_SUMMARY", Files.writeString(runner.resolve("summary-" + n), "").toString());
      stepEnv.put("GITHUB_WORKSPACE", workspace.toString());
      stepEnv.put("GITHUB_ACTIONS", "true");
      stepEnv.put("CI", "true");
      stepEnv.put("RUNNER_OS", "Linux");
      stepEnv.put("RUNNER_TEMP", Files.createDirectories(runner.resolve("temp")).toString());
      for (Map.Entry<String, JsonNode> e : step.path("env").properties()) {
        stepEnv.put(e.getKey(), evaluate(e.getValue().asString(), contexts, outputs));
      }
      Path file = Files.writeString(runner.resolve("step-" + n + ".sh"), script);
      Result result = Programs.run(workspace, stepEnv, List.of("bash", "--noprofile", "--norc", "-eo", "pipefail",
          file.toString()));
      Map<String, String> written = new LinkedHashMap<>();
      for (String line : Files.readAllLines(output)) {
        int eq = line.indexOf('=');
        assertTrue(eq > 0, "GITHUB_OUTPUT line " + line);
        written.put(line.substring(0, eq), line.substring(eq + 1));
      }
      String id = step.has("id") ? step.path("id").asString() : null;
      if (id != null) {
        outputs.put(id, written);
      }
      ran.add(new Ran(id, result, written));
    }
    return ran;
  }

  /** The step that ran with this id. */
  static Ran step(List<Ran> ran, String id) {
    return ran.stream().filter(r -> id.equals(r.id())).findFirst().orElseThrow(() -> new AssertionError("no step "
        + id + " ran"));
  }

  private static String evaluate(String value, Map<String, String> contexts, Map<String, Map<String, String>> outputs) {
    Matcher m = EXPRESSION.matcher(value);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String expression = m.group(1);
      String result = contexts.get(expression);
      Matcher output = Pattern.compile("steps\\.([\\w-]+)\\.outputs\\.([\\w-]+)").matcher(expression);
      if (result == null && output.matches()) {
        result = outputs.getOrDefault(output.group(1), Map.of()).getOrDefault(output.group(2), "");
      }
      if (result == null) {
        fail("the test knows no value for ${{ " + expression + " }}");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(result));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Runs each line of a GitLab CI script list with {@code bash -e}, in {@code dir}; the first failure ends it. */
  static Result runScript(List<String> lines, Path dir, Map<String, String> env)
      throws IOException, InterruptedException {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    for (String line : lines) {
      Result r = Programs.run(dir, env, List.of("bash", "-e", "-c", line));
      out.append(r.out());
      err.append(r.err());
      if (r.exit() != 0) {
        return new Result(r.exit(), out.toString(), err.toString());
      }
    }
    return new Result(0, out.toString(), err.toString());
  }
}
