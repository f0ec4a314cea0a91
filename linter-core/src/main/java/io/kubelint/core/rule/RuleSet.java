package io.kubelint.core.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A named group of rules that users turn on and off together ({@code --enable security}, {@code --disable
 * reliability}). A rule declares the sets it belongs to in {@link RuleInfo#sets()}; every rule is also in
 * {@link #ALL}. A rule is on by default when it is in a set that is on by default ({@link #onByDefault()}: only
 * {@link #RECOMMENDED}); the others are opt-in. {@link #POD_SECURITY_RESTRICTED} includes every rule of
 * {@link #POD_SECURITY_BASELINE}, as the restricted Pod Security Standard includes the baseline one
 * (https://kubernetes.io/docs/concepts/security/pod-security-standards/).
 */
public enum RuleSet {
  /** On by default: what nearly every team accepts, every rule about what the API server or a controller refuses. */
  RECOMMENDED("recommended", true,
      "on by default: what the API server, the kubelet or a controller refuses or trips over, and what nearly every "
          + "team accepts"),
  /** Security: privileges, host access, secrets, RBAC. */
  SECURITY("security", false, "security: privileges, host access, secrets, RBAC"),
  /** Reliability: what makes workloads fail, restart, stall or lose traffic at run time. */
  RELIABILITY("reliability", false, "reliability: what makes workloads crash, restart, stall or lose traffic"),
  /** The controls of the baseline Pod Security Standard, as the PodSecurity admission plugin enforces them. */
  POD_SECURITY_BASELINE("pod-security-baseline", false,
      "the baseline Pod Security Standard, as PodSecurity admission enforces it"),
  /** The controls of the restricted Pod Security Standard, baseline's included. */
  POD_SECURITY_RESTRICTED("pod-security-restricted", false,
      "the restricted Pod Security Standard (baseline included), as PodSecurity admission enforces it"),
  /** Every rule; no rule declares it, every rule is in it. */
  ALL("all", false, "every rule");

  private final String id;
  private final boolean onByDefault;
  private final String description;

  RuleSet(String id, boolean onByDefault, String description) {
    this.id = id;
    this.onByDefault = onByDefault;
    this.description = description;
  }

  /** The id users write: {@code recommended}, {@code pod-security-baseline}, … */
  public String id() {
    return id;
  }

  /** Whether the rules of this set are on unless the user turns them off. */
  public boolean onByDefault() {
    return onByDefault;
  }

  /** One line for listings. */
  public String description() {
    return description;
  }

  /**
   * Whether a rule that declares {@code declared} is in this set: {@link #ALL} holds every rule,
   * {@link #POD_SECURITY_RESTRICTED} also the rules of {@link #POD_SECURITY_BASELINE}.
   */
  public boolean contains(Set<RuleSet> declared) {
    return this == ALL || declared.contains(this)
        || this == POD_SECURITY_RESTRICTED && declared.contains(POD_SECURITY_BASELINE);
  }

  /** The set with this id, if there is one. */
  public static Optional<RuleSet> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  /** The ids of every set, in declaration order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(RuleSet::id).toList();
  }
}
