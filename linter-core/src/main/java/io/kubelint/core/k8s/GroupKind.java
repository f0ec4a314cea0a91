package io.kubelint.core.k8s;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A kind of object in any version of its API group, as rules and facts declare what they apply to:
 * {@code apps/Deployment}, or {@code Service} for the core group. Objects of the legacy {@code extensions} group
 * count for the groups its kinds moved to ({@code apps}, {@code networking.k8s.io}, {@code policy}), as
 * {@link WorkloadKind#of} counts {@code extensions/v1beta1 Deployment} as a Deployment.
 *
 * @param group the API group, {@code ""} for the core group
 * @param kind the kind, such as {@code Deployment}
 */
public record GroupKind(String group, String kind) {

  private static final Pattern TEXT = Pattern.compile("(?:([a-z0-9]([a-z0-9.-]*[a-z0-9])?)/)?([A-Z][A-Za-z0-9]*)");

  /** The groups whose kinds Kubernetes first served in {@code extensions}. */
  private static final Set<String> EXTENSIONS_SUCCESSORS = Set.of("apps", "networking.k8s.io", "policy");

  /**
   * Reads {@code group/Kind} or {@code Kind} (core group).
   *
   * @throws IllegalArgumentException for any other text
   */
  public static GroupKind parse(String text) {
    var m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("a kind is written group/Kind, or Kind for the core group: '" + text + "'");
    }
    return new GroupKind(m.group(1) == null ? "" : m.group(1), m.group(3));
  }

  /** Whether {@code object} is of this kind (an {@code extensions} object counts for the groups it moved to). */
  public boolean matches(KubeObject object) {
    String objectGroup = object.group();
    return kind.equals(object.kind())
        && (objectGroup.equals(group) || objectGroup.equals("extensions") && EXTENSIONS_SUCCESSORS.contains(group));
  }

  /** {@code apps/Deployment}, or {@code Service} for the core group. */
  @Override
  public String toString() {
    return group.isEmpty() ? kind : group + "/" + kind;
  }
}
