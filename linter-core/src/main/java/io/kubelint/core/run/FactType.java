package io.kubelint.core.run;

import io.kubelint.core.k8s.GroupKind;
import io.kubelint.core.k8s.KubeObject;
import java.util.List;

/**
 * A kind of compact fact that {@link io.kubelint.core.rule.RunMatcher}s read from the run's {@link RunIndex}: how
 * to take it from one object during the walk, and which kinds of object have it. The engine extracts each fact type
 * that an enabled rule asks for once per object of those kinds, whichever rules ask, and keeps only the fact, never
 * the object's JSON or YAML tree, so documents are freed as soon as they are linted. A fact is a small record of
 * names, labels, numbers and {@link Position}s.
 *
 * @param <F> the fact
 */
public final class FactType<F> {

  /**
   * Takes a fact from an object.
   *
   * @param <F> the fact
   */
  @FunctionalInterface
  public interface Extractor<F> {

    /**
     * @param object an object of one of the fact type's kinds
     * @param where resolves the object's fields to positions and tells whether its kind is built in
     * @return the fact, or {@code null} when the object has none
     */
    F extract(KubeObject object, FactContext where);
  }

  private final String name;
  private final List<GroupKind> kinds;
  private final Extractor<F> extractor;

  private FactType(String name, List<GroupKind> kinds, Extractor<F> extractor) {
    this.name = name;
    this.kinds = kinds;
    this.extractor = extractor;
  }

  /**
   * A fact type; identity is by instance, so declare each once as a constant.
   *
   * @param name a few words for messages (an extractor that fails is reported as an internal error naming it)
   * @param kinds the kinds that have the fact, {@code group/Kind} or {@code Kind} as in
   *     {@link io.kubelint.core.rule.RuleInfo#kinds()}; none for every kind
   * @throws IllegalArgumentException for a kind that is not written so
   */
  public static <F> FactType<F> of(String name, List<String> kinds, Extractor<F> extractor) {
    return new FactType<>(name, kinds.stream().map(GroupKind::parse).toList(), extractor);
  }

  /** Its name. */
  public String name() {
    return name;
  }

  /** Whether objects of this kind may have the fact. */
  public boolean appliesTo(KubeObject object) {
    return kinds.isEmpty() || kinds.stream().anyMatch(k -> k.matches(object));
  }

  /** The fact of {@code object}, or {@code null}. */
  public F extract(KubeObject object, FactContext where) {
    return extractor.extract(object, where);
  }

  @Override
  public String toString() {
    return name;
  }
}
