package io.kubelint.core.k8s.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DnsNamesTest {

  private static final String L63 = "a".repeat(63);
  private static final String L64 = "a".repeat(64);

  @ParameterizedTest
  @ValueSource(strings = {"a", "0", "my-name", "123-abc", "a-b-c", "web1", "a--b"})
  void validLabels(String value) {
    assertEquals(List.of(), DnsNames.checkLabel(value));
    assertTrue(DnsNames.isLabel(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", "a-", "My_App", "a_b", "a b", "é", "a.b"})
  void invalidLabels(String value) {
    assertFalse(DnsNames.checkLabel(value).isEmpty(), value);
    assertFalse(DnsNames.isLabel(value), value);
  }

  @Test
  void labelLengthEdge() {
    assertEquals(List.of(), DnsNames.checkLabel(L63));
    assertEquals(List.of("must be no more than 63 characters (it has 64)"), DnsNames.checkLabel(L64));
  }

  @Test
  void labelMessagesNameTheCharacter() {
    assertEquals(DnsNames.LABEL_MESSAGE + "; 'M' (character 1) is upper case", DnsNames.checkLabel("My_App").get(0));
    assertEquals(DnsNames.LABEL_MESSAGE + "; it ends with '-'", DnsNames.checkLabel("web-").get(0));
    assertEquals(DnsNames.LABEL_MESSAGE + "; it is empty", DnsNames.checkLabel("").get(0));
    assertEquals(List.of("must not contain dots"), DnsNames.checkLabel("a.b"));
    assertEquals(DnsNames.LABEL_MESSAGE + "; a space (character 2) is not allowed", DnsNames.checkLabel("a b").get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com", "a", "a.b.c", "my-app.default.svc", "123.456", "x.com"})
  void validSubdomains(String value) {
    assertEquals(List.of(), DnsNames.checkSubdomain(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".a", "a.", "a..b", "-a.b", "a-.b", "a.-b", "A.b", "x.com^2", "a_b.c"})
  void invalidSubdomains(String value) {
    assertFalse(DnsNames.checkSubdomain(value).isEmpty(), value);
  }

  @Test
  void subdomainDetails() {
    assertEquals(DnsNames.SUBDOMAIN_MESSAGE + "; '^' (character 6) is not allowed",
        DnsNames.checkSubdomain("x.com^2").get(0));
    assertEquals(DnsNames.SUBDOMAIN_MESSAGE + "; it has two dots in a row", DnsNames.checkSubdomain("a..b").get(0));
    assertEquals(DnsNames.SUBDOMAIN_MESSAGE + "; its part \"a-\" ends with '-'",
        DnsNames.checkSubdomain("a-.b").get(0));
    assertEquals(DnsNames.SUBDOMAIN_MESSAGE + "; it starts with '.'", DnsNames.checkSubdomain(".a").get(0));
  }

  @Test
  void subdomainLengthEdge() {
    String s253 = ("a".repeat(63) + ".").repeat(3) + "a".repeat(61);
    assertEquals(253, s253.length());
    assertEquals(List.of(), DnsNames.checkSubdomain(s253));
    assertEquals(List.of("must be no more than 253 characters (it has 254)"), DnsNames.checkSubdomain(s253 + "a"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"my-name", "abc-123", "a", "z9"})
  void validDns1035Labels(String value) {
    assertEquals(List.of(), DnsNames.checkDns1035Label(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1abc", "-a", "a-", "", "my.svc", "My-Svc"})
  void invalidDns1035Labels(String value) {
    assertFalse(DnsNames.checkDns1035Label(value).isEmpty(), value);
  }

  @Test
  void dns1035SaysWhyADigitCannotStart() {
    assertEquals(DnsNames.DNS1035_MESSAGE + "; it starts with the digit '1'",
        DnsNames.checkDns1035Label("1abc").get(0));
    assertEquals(List.of("must be no more than 63 characters (it has 64)"), DnsNames.checkDns1035Label(L64));
  }

  @Test
  void subdomainWithUnderscore() {
    assertEquals(List.of(), DnsNames.checkSubdomainWithUnderscore("_sip._tcp.example.com"));
    assertEquals(List.of(), DnsNames.checkSubdomainWithUnderscore("my_host.example.com"));
    assertFalse(DnsNames.checkSubdomainWithUnderscore("__a").isEmpty());
    assertFalse(DnsNames.checkSubdomainWithUnderscore("a_").isEmpty());
    assertFalse(DnsNames.checkSubdomain("_sip._tcp.example.com").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"*.example.com", "*.foo.bar.com", "*.a"})
  void validWildcards(String value) {
    assertEquals(List.of(), DnsNames.checkWildcardSubdomain(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "*.*.bar.com", "*.foo.*.com", "*bar.com", "f*.bar.com", "example.com", "*."})
  void invalidWildcards(String value) {
    assertFalse(DnsNames.checkWildcardSubdomain(value).isEmpty(), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com", "example.com.", "a.b.c", "k8s.io"})
  void validFullyQualifiedDomainNames(String value) {
    assertEquals(List.of(), DnsNames.checkFullyQualifiedDomainName(value));
  }

  @Test
  void invalidFullyQualifiedDomainNames() {
    assertEquals(List.of("must not be empty"), DnsNames.checkFullyQualifiedDomainName(""));
    assertEquals(List.of("must be a domain with at least two parts separated by dots"),
        DnsNames.checkFullyQualifiedDomainName("localhost"));
    assertFalse(DnsNames.checkFullyQualifiedDomainName("Example.com").isEmpty());
    assertTrue(DnsNames.checkFullyQualifiedDomainName(L64 + ".com").get(0).contains("63 characters"));
  }
}
