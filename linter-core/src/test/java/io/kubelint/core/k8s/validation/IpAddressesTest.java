package io.kubelint.core.k8s.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

  @ParameterizedTest
  @ValueSource(strings = {"10.9.8.7", "0.0.0.0", "255.255.255.255", "010.001.0.1", "2001:db8::ffff", "::", "::1",
      "fe80::1", "::ffff:1.2.3.4", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:1.2.3.4", "0001:02:3::", "A:b::C"})
  void validIps(String ip) {
    assertEquals(List.of(), IpAddresses.checkIp(ip), ip);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.4 ", " 1.2.3.4", "a.b.c.d", "1::2::3",
      "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::8", "fe80::1%eth0", "12345::", "::g", "1.2.3.4/32", "localhost",
      ":1", "1:", "1.2.3.04a"})
  void invalidIps(String ip) {
    assertEquals(List.of("must be a valid IP address (such as 10.9.8.7 or 2001:db8::ffff)"), IpAddresses.checkIp(ip),
        ip);
  }

  @Test
  void leadingZerosAreDecimal() {
    assertArrayEquals(new byte[] {10, 0, 0, 1}, IpAddresses.parse("010.0.0.01"));
  }

  @Test
  void familyChecks() {
    assertEquals(List.of(), IpAddresses.checkIpv4("1.2.3.4"));
    assertEquals(List.of(), IpAddresses.checkIpv4("::ffff:1.2.3.4"));
    assertFalse(IpAddresses.checkIpv4("::1").isEmpty());
    assertEquals(List.of(), IpAddresses.checkIpv6("::1"));
    assertFalse(IpAddresses.checkIpv6("1.2.3.4").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/8", "10.9.8.0/24", "0.0.0.0/0", "1.2.3.4/32", "2001:db8::/64", "::/0",
      "::/128", "10.0.0.1/24", "10.0.0.0/024"})
  void validCidrs(String cidr) {
    assertEquals(List.of(), IpAddresses.checkCidr(cidr), cidr);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0", "10.0.0.0/33", "::/129", "10.0.0.0/", "/8", "10.0.0.0/8 ", "10.0.0.0/-1",
      "10.0.0.0/a", "1.2.3/8"})
  void invalidCidrs(String cidr) {
    assertFalse(IpAddresses.checkCidr(cidr).isEmpty(), cidr);
  }

  @Test
  void cidrParts() {
    IpAddresses.Cidr cidr = IpAddresses.parseCidr("2001:db8::/64");
    assertNotNull(cidr);
    assertEquals(64, cidr.prefixLength());
    assertFalse(cidr.ipv4());
    assertNull(IpAddresses.parseCidr("::ffff:1.2.3.4/129"));
  }

  @Test
  void specialIps() {
    assertEquals(List.of(), IpAddresses.checkNonSpecialIp("10.1.2.3"));
    assertEquals(List.of("may not be unspecified (0.0.0.0)"), IpAddresses.checkNonSpecialIp("0.0.0.0"));
    assertEquals(List.of("may not be unspecified (::)"), IpAddresses.checkNonSpecialIp("::"));
    assertEquals(List.of("may not be in the loopback range (127.0.0.0/8, ::1/128)"),
        IpAddresses.checkNonSpecialIp("127.1.2.3"));
    assertEquals(List.of("may not be in the loopback range (127.0.0.0/8, ::1/128)"),
        IpAddresses.checkNonSpecialIp("::1"));
    assertEquals(List.of("may not be in the link-local range (169.254.0.0/16, fe80::/10)"),
        IpAddresses.checkNonSpecialIp("169.254.169.254"));
    assertEquals(List.of("may not be in the link-local range (169.254.0.0/16, fe80::/10)"),
        IpAddresses.checkNonSpecialIp("fe80::1"));
    assertEquals(List.of("may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"),
        IpAddresses.checkNonSpecialIp("224.0.0.1"));
    assertEquals(List.of("may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"),
        IpAddresses.checkNonSpecialIp("ff02::1"));
    assertEquals(List.of("may not be in the loopback range (127.0.0.0/8, ::1/128)"),
        IpAddresses.checkNonSpecialIp("::ffff:127.0.0.1"));
  }
}
