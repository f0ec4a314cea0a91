package io.kubelint.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rule sets and the ordered enable and disable steps of {@link RuleSettings}. */
class RuleSettingsTest {

  private static RuleDescriptor rule(String id, RuleSet... sets) {
    return new RuleDescriptor(id, Severity.WARNING, "s", "r", "https://kubernetes.io/", "", Set.of(sets),
        RuleScope.EVERYTHING);
  }

  private static final RuleDescriptor SCHEMA = rule("schema-thing", RuleSet.RECOMMENDED);
  private static final RuleDescriptor LOOP = rule("loop-thing", RuleSet.RECOMMENDED, RuleSet.RELIABILITY);
  private static final RuleDescriptor PRIVILEGED = rule("privileged-thing", RuleSet.SECURITY,
      RuleSet.POD_SECURITY_BASELINE);
  private static final RuleDescriptor ROOT = rule("root-thing", RuleSet.POD_SECURITY_RESTRICTED);
  private static final RuleDescriptor OPT_IN = rule("opt-in-thing", RuleSet.RELIABILITY);

  private static RuleSettings steps(String... steps) {
    RuleSettings settings = RuleSettings.DEFAULT;
    for (String step : steps) {
      settings = settings.with(new RuleSettings.Step(step.startsWith("+"), step.substring(1)));
    }
    return settings;
  }

  @Test
  void rulesOfADefaultOnSetAreOnTheOthersOptIn() {
    assertTrue(RuleSettings.DEFAULT.enabled(SCHEMA));
    assertTrue(RuleSettings.DEFAULT.enabled(LOOP));
    assertFalse(RuleSettings.DEFAULT.enabled(PRIVILEGED));
    assertFalse(RuleSettings.DEFAULT.enabled(ROOT));
    assertFalse(RuleSettings.DEFAULT.enabled(OPT_IN));
  }

  @Test
  void stepsApplyInOrderToRulesAndSets() {
    assertFalse(steps("-reliability").enabled(LOOP));
    assertTrue(steps("-reliability").enabled(SCHEMA));
    assertTrue(steps("+opt-in-thing").enabled(OPT_IN));
    assertTrue(steps("-reliability", "+loop-thing").enabled(LOOP), "a later step wins");
    assertFalse(steps("+loop-thing", "-reliability").enabled(LOOP), "a later step wins");
    assertTrue(steps("+all").enabled(ROOT));
    assertFalse(steps("-all", "+schema-thing").enabled(LOOP));
    assertTrue(steps("-all", "+schema-thing").enabled(SCHEMA));
  }

  @Test
  void restrictedIncludesBaseline() {
    assertTrue(steps("+pod-security-restricted").enabled(PRIVILEGED), "a baseline control");
    assertTrue(steps("+pod-security-restricted").enabled(ROOT));
    assertTrue(steps("+pod-security-baseline").enabled(PRIVILEGED));
    assertFalse(steps("+pod-security-baseline").enabled(ROOT), "baseline does not include restricted");
    assertEquals(List.of(RuleSet.SECURITY, RuleSet.POD_SECURITY_BASELINE, RuleSet.POD_SECURITY_RESTRICTED,
        RuleSet.ALL), PRIVILEGED.memberships());
  }

  @Test
  void unknownIdsAreListedWithTheIdsNearThem() {
    RuleSettings settings = steps("-reliabilty", "+loop-thing", "+x-files");
    List<RuleSettings.Unknown> unknown = settings.unknown(List.of(SCHEMA, LOOP, OPT_IN));
    assertEquals(2, unknown.size());
    assertEquals("unknown rule or rule set 'reliabilty'; did you mean reliability?", unknown.get(0).message());
    assertEquals("unknown rule or rule set 'x-files' (see kubelint rules)", unknown.get(1).message());
    assertTrue(steps("+security", "-schema-thing").unknown(List.of(SCHEMA)).isEmpty());
  }

  @Test
  void theOldConstructorDisablesAndOverridesSeverities() {
    RuleSettings settings = new RuleSettings(Set.of("schema-thing"), Map.of("loop-thing", Severity.ERROR));
    assertFalse(settings.enabled(SCHEMA));
    assertEquals(Severity.ERROR, settings.severityOf(LOOP, Severity.INFO), "the user's override wins");
    assertEquals(Severity.INFO, settings.severityOf(SCHEMA, Severity.INFO), "then the finding's own");
    assertEquals(Severity.WARNING, settings.severityOf(SCHEMA, null), "then the rule's default");
  }

  @Test
  void optionsAreKeptPerRuleAndMissingOtherwise() {
    var json = tools.jackson.databind.json.JsonMapper.builder().build();
    RuleSettings settings = RuleSettings.DEFAULT.withOptions("loop-thing", json.readTree("{\"max\": 3}"));
    assertEquals(3, settings.options("loop-thing").path("max").asInt());
    assertTrue(settings.options("schema-thing").isMissingNode());
    assertTrue(settings.with(new RuleSettings.Step(false, "schema-thing")).options("loop-thing").has("max"),
        "a copy with another step keeps the options");
  }

  @Test
  void descriptorsRejectSetIdsAndTheAllSet() {
    assertThrows(IllegalArgumentException.class, () -> rule("security", RuleSet.SECURITY));
    assertThrows(IllegalArgumentException.class, () -> rule("x", RuleSet.ALL));
  }
}
