package io.kubelint.core.k8s.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * IP addresses and CIDRs as the API server parses them: {@code IsValidIP}, {@code IsValidIPv4Address},
 * {@code IsValidIPv6Address} and {@code IsValidCIDR} in
 * {@code staging/src/k8s.io/apimachinery/pkg/util/validation/ip.go}, and {@code ValidateNonSpecialIP} in
 * {@code pkg/apis/core/validation/validation.go} (kubernetes/kubernetes). They parse with {@code ParseIPSloppy} and
 * {@code ParseCIDRSloppy} of {@code k8s.io/utils/net}, a copy of Go 1.16's {@code net.ParseIP} and
 * {@code net.ParseCIDR} that is ported here: IPv4 parts may have leading zeros ({@code 010.0.0.1} is
 * {@code 10.0.0.1}), IPv6 groups are at most four hex digits' worth ({@code <= 0xFFFF}), {@code ::} stands for at
 * least one zero group, an IPv6 address may end in a dotted IPv4 address, and zones ({@code %eth0}) are refused.
 */
public final class IpAddresses {

  private static final int BIG = 0xFFFFFF;
  private static final String IP_MESSAGE = "must be a valid IP address (such as 10.9.8.7 or 2001:db8::ffff)";
  private static final String CIDR_MESSAGE = "must be a valid CIDR value (such as 10.9.8.0/24 or 2001:db8::/64)";

  /**
   * A parsed CIDR.
   *
   * @param address the address as written, 4 or 16 bytes
   * @param prefixLength the number of network bits
   * @param ipv4 whether it is an IPv4 CIDR (the address bytes are then 4)
   */
  public record Cidr(byte[] address, int prefixLength, boolean ipv4) {
  }

  private IpAddresses() {
  }

  /**
   * {@code ParseIPSloppy}: the 4 bytes of an IPv4 address or the 16 bytes of an IPv6 address, or {@code null} when
   * the text is not an IP address. The first {@code .} or {@code :} decides which form is parsed.
   */
  public static byte[] parse(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        return parseIpv4(s);
      }
      if (c == ':') {
        return parseIpv6(s);
      }
    }
    return null;
  }

  /** {@code IsValidIP}. */
  public static List<String> checkIp(String value) {
    return parse(value) != null ? List.of() : List.of(IP_MESSAGE);
  }

  /** {@code IsValidIPv4Address}: an IP address that is IPv4 (an IPv4-mapped IPv6 address counts as IPv4). */
  public static List<String> checkIpv4(String value) {
    byte[] ip = parse(value);
    return ip != null && toIpv4(ip) != null ? List.of() : List.of("must be a valid IPv4 address");
  }

  /** {@code IsValidIPv6Address}: an IP address that is not IPv4. */
  public static List<String> checkIpv6(String value) {
    byte[] ip = parse(value);
    return ip != null && toIpv4(ip) == null ? List.of() : List.of("must be a valid IPv6 address");
  }

  /**
   * {@code ParseCIDRSloppy}: an address, {@code /}, and a decimal prefix length of at most 32 (IPv4) or 128 (IPv6);
   * {@code null} when the text is not a CIDR. The address is tried as IPv4 first, then as IPv6.
   */
  public static Cidr parseCidr(String s) {
    int slash = s.indexOf('/');
    if (slash < 0) {
      return null;
    }
    String addr = s.substring(0, slash);
    String mask = s.substring(slash + 1);
    boolean ipv4 = true;
    byte[] ip = parseIpv4(addr);
    if (ip == null) {
      ipv4 = false;
      ip = parseIpv6(addr);
    }
    long[] n = decimal(mask, 0);
    if (ip == null || n == null || n[1] != mask.length() || n[0] > (ipv4 ? 32 : 128)) {
      return null;
    }
    return new Cidr(ip, (int) n[0], ipv4);
  }

  /** {@code IsValidCIDR}. */
  public static List<String> checkCidr(String value) {
    return parseCidr(value) != null ? List.of() : List.of(CIDR_MESSAGE);
  }

  /**
   * {@code ValidateNonSpecialIP} (Endpoints, EndpointSlices, a Service's {@code externalIPs}): a valid address that
   * is not unspecified ({@code 0.0.0.0}, {@code ::}), not loopback ({@code 127.0.0.0/8}, {@code ::1}), not
   * link-local unicast ({@code 169.254.0.0/16}, {@code fe80::/10}) and not link-local multicast
   * ({@code 224.0.0.0/24}, {@code ff02::/16}).
   */
  public static List<String> checkNonSpecialIp(String value) {
    byte[] ip = parse(value);
    if (ip == null) {
      return List.of(IP_MESSAGE);
    }
    List<String> errors = new ArrayList<>();
    byte[] v4 = toIpv4(ip);
    if (v4 != null) {
      int a = v4[0] & 0xff;
      int b = v4[1] & 0xff;
      int c = v4[2] & 0xff;
      if (a == 0 && b == 0 && c == 0 && v4[3] == 0) {
        errors.add("may not be unspecified (" + value + ")");
      }
      if (a == 127) {
        errors.add("may not be in the loopback range (127.0.0.0/8, ::1/128)");
      }
      if (a == 169 && b == 254) {
        errors.add("may not be in the link-local range (169.254.0.0/16, fe80::/10)");
      }
      if (a == 224 && b == 0 && c == 0) {
        errors.add("may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)");
      }
      return errors;
    }
    boolean allZero = true;
    for (int i = 0; i < 15; i++) {
      allZero &= ip[i] == 0;
    }
    if (allZero && ip[15] == 0) {
      errors.add("may not be unspecified (" + value + ")");
    }
    if (allZero && ip[15] == 1) {
      errors.add("may not be in the loopback range (127.0.0.0/8, ::1/128)");
    }
    if ((ip[0] & 0xff) == 0xfe && (ip[1] & 0xc0) == 0x80) {
      errors.add("may not be in the link-local range (169.254.0.0/16, fe80::/10)");
    }
    if ((ip[0] & 0xff) == 0xff && (ip[1] & 0x0f) == 0x02) {
      errors.add("may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)");
    }
    return errors;
  }

  /** The 4 bytes of an IPv4 address (also of an IPv4-mapped IPv6 address), else {@code null} (Go's {@code To4}). */
  public static byte[] toIpv4(byte[] ip) {
    if (ip.length == 4) {
      return ip;
    }
    for (int i = 0; i < 10; i++) {
      if (ip[i] != 0) {
        return null;
      }
    }
    if (ip[10] != (byte) 0xff || ip[11] != (byte) 0xff) {
      return null;
    }
    return new byte[] {ip[12], ip[13], ip[14], ip[15]};
  }

  /** Go 1.16 {@code parseIPv4}: four decimal parts of any length with values up to 255, joined by dots. */
  private static byte[] parseIpv4(String s) {
    byte[] p = new byte[4];
    int at = 0;
    for (int i = 0; i < 4; i++) {
      if (at >= s.length()) {
        return null;
      }
      if (i > 0) {
        if (s.charAt(at) != '.') {
          return null;
        }
        at++;
      }
      long[] n = decimal(s, at);
      if (n == null || n[0] > 0xFF) {
        return null;
      }
      at = (int) n[1];
      p[i] = (byte) n[0];
    }
    return at == s.length() ? p : null;
  }

  /** Go 1.16 {@code parseIPv6}, with its ellipsis ({@code ::}) expansion and trailing IPv4 form. */
  private static byte[] parseIpv6(String s) {
    byte[] ip = new byte[16];
    int ellipsis = -1;
    int at = 0;
    if (s.length() >= 2 && s.charAt(0) == ':' && s.charAt(1) == ':') {
      ellipsis = 0;
      at = 2;
      if (at == s.length()) {
        return ip;
      }
    }
    int i = 0;
    while (i < 16) {
      long[] n = hex(s, at);
      if (n == null || n[0] > 0xFFFF) {
        return null;
      }
      int c = (int) n[1];
      if (c < s.length() && s.charAt(c) == '.') {
        if (ellipsis < 0 && i != 12 || i + 4 > 16) {
          return null;
        }
        byte[] v4 = parseIpv4(s.substring(at));
        if (v4 == null) {
          return null;
        }
        System.arraycopy(v4, 0, ip, i, 4);
        at = s.length();
        i += 4;
        break;
      }
      ip[i] = (byte) (n[0] >> 8);
      ip[i + 1] = (byte) n[0];
      i += 2;
      at = c;
      if (at == s.length()) {
        break;
      }
      if (s.charAt(at) != ':' || at + 1 == s.length()) {
        return null;
      }
      at++;
      if (s.charAt(at) == ':') {
        if (ellipsis >= 0) {
          return null;
        }
        ellipsis = i;
        at++;
        if (at == s.length()) {
          break;
        }
      }
    }
    if (at != s.length()) {
      return null;
    }
    if (i < 16) {
      if (ellipsis < 0) {
        return null;
      }
      int n = 16 - i;
      for (int j = i - 1; j >= ellipsis; j--) {
        ip[j + n] = ip[j];
      }
      for (int j = ellipsis + n - 1; j >= ellipsis; j--) {
        ip[j] = 0;
      }
    } else if (ellipsis >= 0) {
      return null;
    }
    return ip;
  }

  /** Go's {@code dtoi} from {@code from}: {value, end index}, or {@code null} when no digit or too large. */
  private static long[] decimal(String s, int from) {
    long n = 0;
    int i = from;
    for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
      n = n * 10 + (s.charAt(i) - '0');
      if (n >= BIG) {
        return null;
      }
    }
    return i == from ? null : new long[] {n, i};
  }

  /** Go's {@code xtoi} from {@code from}: {value, end index}, or {@code null} when no digit or too large. */
  private static long[] hex(String s, int from) {
    long n = 0;
    int i = from;
    for (; i < s.length(); i++) {
      char ch = s.charAt(i);
      int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
          : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
      if (d < 0) {
        break;
      }
      n = n * 16 + d;
      if (n >= BIG) {
        return null;
      }
    }
    return i == from ? null : new long[] {n, i};
  }
}
