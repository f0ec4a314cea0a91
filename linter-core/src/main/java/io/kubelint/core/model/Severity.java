package io.kubelint.core.model;

import java.util.Locale;

/**
 * How serious a finding is. Ordered from most to least serious, so {@code a.compareTo(b) <= 0} means "a is at
 * least as serious as b".
 */
public enum Severity {
  /** The API server, the kubelet or a controller would reject or break on this. */
  ERROR,
  /** Accepted by the API server, but likely to misbehave at run time. */
  WARNING,
  /** Worth knowing; nothing breaks. */
  INFO;

  /** Lower-case name as used in reports and on the command line: {@code error}, {@code warning}, {@code info}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  /**
   * Parses a label ({@code error}, {@code warning}, {@code info}; case-insensitive).
   *
   * @throws IllegalArgumentException for any other text
   */
  public static Severity parse(String label) {
    for (Severity s : values()) {
      if (s.label().equalsIgnoreCase(label.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + label + "' (expected error, warning or info)");
  }
}
