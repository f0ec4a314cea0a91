package io.kubelint.core.schema;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes minor release, the unit the API schemas change in.
 *
 * @param major always 1 so far
 * @param minor the minor number
 */
public record KubernetesVersion(int major, int minor) implements Comparable<KubernetesVersion> {

  private static final Pattern SYNTAX = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.\\d+)?");

  /**
   * Parses {@code 1.31}, {@code v1.31} or {@code 1.31.4} (the patch release is ignored: the API does not change in
   * patch releases).
   *
   * @throws IllegalArgumentException for any other text
   */
  public static KubernetesVersion parse(String text) {
    Matcher m = SYNTAX.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a Kubernetes version (expected e.g. 1.31)");
    }
    return new KubernetesVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  @Override
  public int compareTo(KubernetesVersion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  /** {@code 1.31}. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
