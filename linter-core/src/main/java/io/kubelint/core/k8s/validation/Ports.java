package io.kubelint.core.k8s.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Port numbers and port names as the API server checks them. Ports of {@code IsValidPortNum},
 * {@code IsValidPortName} and {@code IsInRange} in
 * {@code staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go} (kubernetes/kubernetes).
 *
 * <p>A port name is an IANA service name (RFC 6335 {@code IANA_SVC_NAME}), lower case only: container port names,
 * named {@code targetPort}s, probe and NetworkPolicy ports. A Service port's own {@code name} is a DNS label
 * instead ({@link DnsNames#checkLabel}).
 */
public final class Ports {

  /** The longest port name: 15 characters. */
  public static final int NAME_MAX_LENGTH = 15;
  /** The lowest port number: 1. */
  public static final int MIN = 1;
  /** The highest port number: 65535. */
  public static final int MAX = 65535;

  private Ports() {
  }

  /** {@code IsValidPortNum}: 1 to 65535. */
  public static List<String> checkNumber(long port) {
    return checkRange(port, MIN, MAX);
  }

  /** {@code IsInRange}: {@code min} to {@code max}, inclusive. */
  public static List<String> checkRange(long value, long min, long max) {
    return value >= min && value <= max ? List.of()
        : List.of("must be between " + min + " and " + max + ", inclusive");
  }

  /**
   * {@code IsValidPortName}: 1 to 15 characters of {@code [a-z0-9-]}, at least one letter, no {@code --}, not
   * starting or ending with {@code -}. Each broken condition is one message, as upstream.
   */
  public static List<String> checkName(String port) {
    List<String> errors = new ArrayList<>();
    if (Explain.longerThan(port, NAME_MAX_LENGTH)) {
      errors.add(Explain.tooLong(NAME_MAX_LENGTH, port));
    }
    boolean charset = !port.isEmpty();
    boolean letter = false;
    String bad = null;
    int position = 0;
    for (int i = 0; i < port.length(); ) {
      int cp = port.codePointAt(i);
      position++;
      if (!(Explain.lowerAlnum(cp) || cp == '-')) {
        charset = false;
        if (bad == null) {
          bad = Explain.character(cp) + " (character " + position + ") is "
              + (cp >= 'A' && cp <= 'Z' ? "upper case" : "not allowed");
        }
      }
      letter |= Explain.lowerAlpha(cp);
      i += Character.charCount(cp);
    }
    if (!charset) {
      errors.add(Explain.with("must contain only lower case alphanumeric characters (a-z, 0-9) and '-'",
          port.isEmpty() ? "it is empty" : bad));
    }
    if (!letter) {
      errors.add("must contain at least one letter (a-z)");
    }
    if (port.contains("--")) {
      errors.add("must not contain consecutive hyphens");
    }
    if (!port.isEmpty() && (port.charAt(0) == '-' || port.charAt(port.length() - 1) == '-')) {
      errors.add("must not begin or end with a hyphen");
    }
    return errors;
  }

  /** Whether {@link #checkName} finds nothing wrong. */
  public static boolean isName(String port) {
    return checkName(port).isEmpty();
  }
}
