package io.kubelint.core.rule;

import io.kubelint.core.k8s.Container;
import io.kubelint.core.k8s.GroupKind;
import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.k8s.Probe;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a rule applies, as declared in {@link RuleInfo#kinds()}, {@link RuleInfo#containers()} and
 * {@link RuleInfo#probes()}: the engine dispatches a matcher only to the objects, containers and probes its scope
 * fits. An empty set means "all". To narrow rules by something new, add an element to {@link RuleInfo}, a set here
 * and its test in {@link RuleEngine}'s walk.
 *
 * @param kinds the kinds of object, in declaration order; empty for every kind
 * @param containers the container types; empty for all
 * @param probes the probe types; empty for all
 */
public record RuleScope(Set<GroupKind> kinds, Set<Container.Type> containers, Set<Probe.Type> probes) {

  /** Every object, container and probe. */
  public static final RuleScope EVERYTHING = new RuleScope(Set.of(), Set.of(), Set.of());

  /** Copies the sets, keeping the order of the kinds. */
  public RuleScope {
    kinds = Collections.unmodifiableSet(new LinkedHashSet<>(kinds));
    containers = containers.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(containers));
    probes = probes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(probes));
  }

  /**
   * The scope a {@link RuleInfo} declares.
   *
   * @throws IllegalArgumentException for a kind that is not written {@code group/Kind} or {@code Kind}
   */
  static RuleScope of(RuleInfo info) {
    Set<GroupKind> kinds = new LinkedHashSet<>();
    for (String kind : info.kinds()) {
      kinds.add(GroupKind.parse(kind));
    }
    return new RuleScope(kinds, Set.of(info.containers()), Set.of(info.probes()));
  }

  /** Whether the rule applies to objects of this kind. */
  public boolean appliesTo(KubeObject object) {
    if (kinds.isEmpty()) {
      return true;
    }
    for (GroupKind kind : kinds) {
      if (kind.matches(object)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the rule applies to this container (its object's kind is checked by {@link #appliesTo(KubeObject)}). */
  public boolean appliesTo(Container container) {
    return containers.isEmpty() || containers.contains(container.type());
  }

  /** Whether the rule applies to this probe (its container's type included). */
  public boolean appliesTo(Probe probe) {
    return (probes.isEmpty() || probes.contains(probe.type())) && appliesTo(probe.container());
  }

  /**
   * The scope in words, for the rule's page: {@code liveness probes of init and app containers}, {@code objects of
   * kind apps/Deployment}.
   *
   * @param shape what the rule's matcher looks at, in the plural: {@code objects}, {@code pod templates}, …
   */
  public String describe(String shape) {
    List<String> parts = new ArrayList<>();
    String what = shape;
    if (!probes.isEmpty() && shape.contains("probe")) {
      what = join(probes.stream().map(p -> p.field().replace("Probe", "")).toList()) + " " + shape;
    }
    if (!containers.isEmpty() && (shape.contains("probe") || shape.contains("container"))) {
      what += " of " + join(containers.stream().map(RuleScope::word).toList()) + " containers";
    }
    parts.add(what);
    if (!kinds.isEmpty()) {
      parts.add("of " + join(kinds.stream().map(k -> "`" + k + "`").toList()));
    }
    return String.join(" ", parts);
  }

  private static String word(Container.Type type) {
    return switch (type) {
      case INIT -> "init";
      case APP -> "app";
      case EPHEMERAL -> "ephemeral";
    };
  }

  private static String join(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
  }
}
