package io.kubelint.core.k8s.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubelint.core.schema.KubernetesVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

  @ParameterizedTest
  @ValueSource(strings = {"my_name", "MY_NAME", "MyName", "_x", "a1"})
  void validCIdentifiers(String value) {
    assertEquals(List.of(), Identifiers.checkCIdentifier(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1a", "a-b", "a.b", "a b"})
  void invalidCIdentifiers(String value) {
    assertFalse(Identifiers.checkCIdentifier(value).isEmpty(), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"my.env-name", "MY_ENV.NAME", "MyEnvName1", "_", "-a", ".a"})
  void validStrictEnvVarNames(String value) {
    assertEquals(List.of(), Identifiers.checkEnvVarName(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1A", "A B", "A=B", "A:B", ".", "..", "..A"})
  void invalidStrictEnvVarNames(String value) {
    assertFalse(Identifiers.checkEnvVarName(value).isEmpty(), value);
  }

  @Test
  void strictEnvVarMessages() {
    assertTrue(Identifiers.checkEnvVarName("1A").get(0).endsWith("it starts with the digit '1'"));
    assertEquals(List.of("must not be '.'"), Identifiers.checkEnvVarName("."));
    assertEquals(List.of("must not start with '..'"), Identifiers.checkEnvVarName("..A"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1A", "A B", "A:B", "my-var!", "..", "~", " "})
  void validRelaxedEnvVarNames(String value) {
    assertEquals(List.of(), Identifiers.checkRelaxedEnvVarName(value));
  }

  @Test
  void invalidRelaxedEnvVarNames() {
    assertEquals(List.of("must be non-empty"), Identifiers.checkRelaxedEnvVarName(""));
    assertEquals(List.of("must consist only of printable ASCII characters other than '='; '=' (character 2) is not "
        + "allowed"), Identifiers.checkRelaxedEnvVarName("A=B"));
    assertFalse(Identifiers.checkRelaxedEnvVarName("Aé").isEmpty());
    assertFalse(Identifiers.checkRelaxedEnvVarName("A\tB").isEmpty());
    assertFalse(Identifiers.checkRelaxedEnvVarName("A\u007f").isEmpty());
  }

  @Test
  void envVarRuleByVersion() {
    assertFalse(Identifiers.relaxedEnvVarNamesByDefault(new KubernetesVersion(1, 31)));
    assertTrue(Identifiers.relaxedEnvVarNamesByDefault(new KubernetesVersion(1, 32)));
    assertFalse(Identifiers.checkEnvVarName("1A", new KubernetesVersion(1, 28)).isEmpty());
    assertEquals(List.of(), Identifiers.checkEnvVarName("1A", new KubernetesVersion(1, 34)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"key.name", "KEY_NAME", "key-name", "a", ".a", "a..b", "1"})
  void validConfigMapKeys(String value) {
    assertEquals(List.of(), Identifiers.checkConfigMapKey(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "..", "..a", "a/b", "a b", "a:b"})
  void invalidConfigMapKeys(String value) {
    assertFalse(Identifiers.checkConfigMapKey(value).isEmpty(), value);
  }

  @Test
  void configMapKeyLengthEdge() {
    assertEquals(List.of(), Identifiers.checkConfigMapKey("a".repeat(253)));
    assertEquals(List.of("must be no more than 253 characters (it has 254)"),
        Identifiers.checkConfigMapKey("a".repeat(254)));
  }

  @Test
  void httpHeaderNames() {
    assertEquals(List.of(), Identifiers.checkHttpHeaderName("X-Header-Name"));
    assertFalse(Identifiers.checkHttpHeaderName("X_Header").isEmpty());
    assertFalse(Identifiers.checkHttpHeaderName("").isEmpty());
  }

  @Test
  void sysctlNames() {
    assertEquals(List.of(), Identifiers.checkSysctlName("net.ipv4.ip_forward"));
    assertEquals(List.of(), Identifiers.checkSysctlName("net/ipv4/conf/eth0.100/forwarding"));
    assertEquals(List.of(), Identifiers.checkSysctlName("kernel.shm_rmid_forced"));
    assertFalse(Identifiers.checkSysctlName("Net.ipv4").isEmpty());
    assertFalse(Identifiers.checkSysctlName("net..a").isEmpty());
    assertFalse(Identifiers.checkSysctlName("a".repeat(254)).isEmpty());
  }

  @Test
  void unixIds() {
    assertEquals(List.of(), Identifiers.checkUnixId(0));
    assertEquals(List.of(), Identifiers.checkUnixId(4294967295L));
    assertEquals(List.of("must be between 0 and 4294967295, inclusive"), Identifiers.checkUnixId(4294967296L));
    assertFalse(Identifiers.checkUnixId(-1).isEmpty());
  }
}
