package io.kubelint.core.schema;

import java.util.ArrayList;
import java.util.List;
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

  /**
   * {@code [v]MAJOR.MINOR[.PATCH[-PRERELEASE][+BUILD]]}: a pre-release or build suffix (semantic versioning, as in
   * the git version {@code kubectl version} prints) is allowed only after a patch number.
   */
  private static final Pattern SYNTAX = Pattern.compile(
      "v?(\\d+)\\.(\\d+)(?:\\.\\d+(?:-[0-9a-z.-]+)?(?:\\+[0-9a-z.-]+)?)?");

  /**
   * Parses {@code 1.31}, {@code v1.31}, {@code 1.31.4}, and the server versions {@code kubectl version} prints for
   * managed and packaged clusters, {@code v1.31.4-gke.1000}, {@code v1.30.2-eks-1234abc}, {@code v1.31.4+k3s1}
   * (the patch release and any pre-release or build suffix are ignored: the API changes only with the minor).
   *
   * @throws IllegalArgumentException for any other text, e.g. {@code 1.31.x} or {@code latest}
   */
  public static KubernetesVersion parse(String text) {
    Matcher m = SYNTAX.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a Kubernetes version (expected e.g. 1.31)");
    }
    return new KubernetesVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Versions as people read them, consecutive minors joined into ranges: {@code 1.28, 1.30–1.36}.
   *
   * @param versions sorted oldest first, without duplicates
   * @return the text; empty for an empty list
   */
  public static String ranges(List<KubernetesVersion> versions) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < versions.size()) {
      int j = i;
      while (j + 1 < versions.size() && versions.get(j + 1).major == versions.get(j).major
          && versions.get(j + 1).minor == versions.get(j).minor + 1) {
        j++;
      }
      parts.add(j == i ? versions.get(i).toString() : versions.get(i) + "\u2013" + versions.get(j));
      i = j + 1;
    }
    return String.join(", ", parts);
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
