package io.kubelint.cli;

import static io.kubelint.core.testing.RepositoryFiles.ROOT;
import static io.kubelint.core.testing.RepositoryFiles.TESTDATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README.md shows generated text; these tests fail when it is stale. */
class ReadmeTest {

  private static final Path README = ROOT.resolve("README.md");

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end);
    assertTrue(from >= 0 && to > from, "README.md lacks " + start + " … " + end);
    return text.substring(from + start.length(), to).strip();
  }

  @Test
  void ruleTableIsGeneratedFromTheRuleClasses() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertEquals(RulesCommand.markdown(RulesCommand.allRules()).strip(),
        between(readme, "<!-- rules:start -->", "<!-- rules:end -->"),
        "regenerate the table with: ./kubelint rules --format markdown");
  }

  @Test
  void exampleOutputIsWhatTheFirstCommandPrints() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String shown = between(readme, "<!-- example-output:start -->", "<!-- example-output:end -->");
    shown = shown.replaceFirst("^```text\\n", "").replaceFirst("\\n```$", "");
    // the README runs from the repository root: file names are relative to it
    String examples = TESTDATA.resolve("examples").toString();
    CliRun run = CliRun.of("lint", "--color=never", examples);
    String actual = run.out().replace(ROOT + "/", "");
    assertEquals(shown.strip(), actual.strip(), "update README.md with the output of ./kubelint lint testdata/examples");
  }

  @Test
  void namesTheTwoCommands() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertTrue(readme.contains("./kubelint lint testdata/examples"));
    assertTrue(readme.contains("./mvnw -B verify"));
    String ci = Files.readString(README.resolveSibling(".ci/run"), StandardCharsets.UTF_8);
    assertTrue(ci.contains("./mvnw -B verify"), ".ci/run must run the README's test command");
  }

  @Test
  void theVersionShownIsThePomsAndTheChangelogStartsWithIt() throws IOException {
    String version = System.getProperty("kubelint.version");
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    java.util.regex.Matcher archives = java.util.regex.Pattern.compile("kubelint-(\\d[\\w.-]*?)(?:\\.tar\\.gz|/)")
        .matcher(readme);
    int shown = 0;
    while (archives.find()) {
      assertEquals(version, archives.group(1), "README.md names the archive of another version");
      shown++;
    }
    assertTrue(shown >= 2, "README.md shows how to unpack the archive");
    assertTrue(readme.contains("<artifactId>kubelint-maven-plugin</artifactId>\n  <version>" + version + "</version>"),
        "the Maven plugin's version in README.md");
    String changelog = Files.readString(ROOT.resolve("CHANGELOG.md"), StandardCharsets.UTF_8);
    String first = changelog.lines().filter(l -> l.startsWith("## ")).findFirst().orElseThrow();
    assertTrue(first.startsWith("## " + version.replace("-SNAPSHOT", "") + " "), "CHANGELOG.md starts with " + first);
  }

  @Test
  void theLicenseIsApacheTwoInTheFileAndThePom() throws IOException {
    assertTrue(Files.readString(ROOT.resolve("LICENSE")).contains("Apache License\n                           Version 2.0,"
        + " January 2004"));
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    assertTrue(pom.contains("<licenses>\n    <license>\n      <name>Apache-2.0</name>"), "the parent POM names it");
  }
}
