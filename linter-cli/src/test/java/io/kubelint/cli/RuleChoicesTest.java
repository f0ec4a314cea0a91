package io.kubelint.cli;

import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --enable} and {@code --disable}: rules and rule sets, in command-line order, for {@code lint} and
 * {@code rules}.
 */
class RuleChoicesTest {

  private static final String WORKERS = TESTDATA.resolve("examples/workers.yaml").toString();
  private final JsonMapper json = JsonMapper.builder().build();

  /** The rule ids of a JSON report. */
  private List<String> rulesReported(String... args) {
    List<String> cli = new ArrayList<>(List.of("lint", "--format", "json", "--fail-on", "none"));
    cli.addAll(List.of(args));
    cli.add(WORKERS);
    CliRun run = CliRun.of(cli.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    List<String> ids = new ArrayList<>();
    json.readTree(run.out()).path("findings").forEach(f -> ids.add(f.path("ruleId").asString()));
    return ids;
  }

  @Test
  void setsAndRulesTurnOnAndOffInCommandLineOrder() {
    assertEquals(List.of("restart-policy", "liveness-external-dependency", "restart-loop"), rulesReported());
    assertEquals(List.of("restart-policy"), rulesReported("--disable", "reliability"));
    assertEquals(List.of("restart-policy", "restart-loop"),
        rulesReported("--disable", "reliability", "--enable", "restart-loop"));
    assertEquals(List.of("restart-policy"),
        rulesReported("--enable", "restart-loop", "--disable", "reliability"), "the later option wins");
    assertEquals(List.of("liveness-external-dependency"),
        rulesReported("--disable", "all", "--enable", "liveness-external-dependency"));
    assertEquals(List.of("restart-loop"),
        rulesReported("--disable", "restart-policy,liveness-external-dependency"), "comma-separated");
    assertEquals(List.of(), rulesReported("--disable", "recommended"));
  }

  @Test
  void unknownIdsAreUsageErrorsThatNameTheNearOnes() {
    CliRun run = CliRun.of("lint", "--disable", "reliabilty", WORKERS);
    assertEquals(2, run.exit());
    assertEquals("kubelint: error: --disable: unknown rule or rule set 'reliabilty'; did you mean reliability?\n",
        run.err());
    run = CliRun.of("lint", "--enable", "restart-polcy", WORKERS);
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--enable: unknown rule or rule set 'restart-polcy'; did you mean restart-policy or "
        + "restart-loop?"), run.err());
    run = CliRun.of("rules", "--enable", "x-files");
    assertEquals(2, run.exit());
    assertEquals("kubelint: error: --enable: unknown rule or rule set 'x-files' (see kubelint rules)\n", run.err());
  }

  @Test
  void rulesListsTheSetsAndWhetherEachRuleIsOn() {
    CliRun run = CliRun.of("rules", "--disable", "reliability");
    assertEquals(0, run.exit(), run.err());
    assertTrue(line(run.out(), "restart-loop").orElseThrow().matches("restart-loop +error +off +recommended,"
        + "reliability +.*"), run.out());
    assertTrue(line(run.out(), "restart-policy").orElseThrow().matches("restart-policy +error +on +recommended +.*"),
        run.out());
    assertTrue(run.out().contains("\nRule sets (--enable SET, --disable SET):\n"), run.out());
    assertTrue(line(run.out(), "  pod-security-restricted").isPresent(), run.out());

    JsonNode rules = json.readTree(CliRun.of("rules", "--format", "json", "--disable", "restart-loop").out());
    JsonNode loop = find(rules, "restart-loop");
    assertEquals(false, loop.path("enabled").asBoolean());
    assertEquals("[\"recommended\",\"reliability\"]", loop.path("sets").toString());
    assertEquals("docs/rules/restart-loop.md", loop.path("page").asString());
    assertEquals(true, find(rules, "restart-policy").path("enabled").asBoolean());
  }

  private static Optional<String> line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start + " ")).findFirst();
  }

  private static JsonNode find(JsonNode rules, String id) {
    for (JsonNode r : rules) {
      if (r.path("id").asString().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no rule " + id);
  }
}
