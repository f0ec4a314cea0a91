package io.kubelint.core.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The facts of every object of a run, across all its files and folders, for the {@link
 * io.kubelint.core.rule.RunMatcher}s that run once every document has been read. Filled by the engine from the
 * worker threads (thread-safe); read after the last document, in input order whatever the threads did.
 */
public final class RunIndex {

  /**
   * One fact and the object it was taken from.
   *
   * @param object the object
   * @param fact the fact
   * @param <F> the fact's type
   */
  public record Entry<F>(RunObject object, F fact) {
  }

  /** By file (the same String instance for every object of a file, compared at once), line and object. */
  private static final Comparator<Entry<?>> INPUT_ORDER = Comparator.comparing((Entry<?> e) -> e.object().file(),
          (a, b) -> a == b ? 0 : a.compareTo(b))
      .thenComparingInt(e -> e.object().line()).thenComparing(e -> e.object().ref().qualifiedName());

  /** The order {@link #all} returns entries in: by file, line and object. */
  public static Comparator<Entry<?>> inputOrder() {
    return INPUT_ORDER;
  }

  private final Set<FactType<?>> types;
  private final Map<FactType<?>, Queue<Entry<?>>> entries = new ConcurrentHashMap<>();
  /** What {@link #all} returned, until a fact of the type is added. */
  private final Map<FactType<?>, List<Entry<?>>> sorted = new ConcurrentHashMap<>();

  /** @param types the fact types to record; the others are not extracted at all */
  public RunIndex(Set<FactType<?>> types) {
    this.types = Set.copyOf(types);
  }

  /** The fact types this index records. */
  public Set<FactType<?>> types() {
    return types;
  }

  /**
   * Records a fact.
   *
   * @throws IllegalArgumentException for a type this index does not record
   */
  public <F> void add(FactType<F> type, RunObject object, F fact) {
    if (!types.contains(type)) {
      throw new IllegalArgumentException("this run does not record " + type);
    }
    entries.computeIfAbsent(type, t -> new ConcurrentLinkedQueue<>()).add(new Entry<>(object, fact));
    sorted.remove(type);
  }

  /**
   * Every recorded fact of a type, sorted by file and line (an unmodifiable list, sorted once for all the rules that
   * ask).
   *
   * @throws IllegalArgumentException for a type this index does not record (a rule must list it in
   *     {@link io.kubelint.core.rule.RunMatcher#facts()})
   */
  @SuppressWarnings("unchecked")
  public <F> List<Entry<F>> all(FactType<F> type) {
    if (!types.contains(type)) {
      throw new IllegalArgumentException("this run does not record " + type);
    }
    List<Entry<?>> list = sorted.computeIfAbsent(type, t -> {
      List<Entry<?>> out = new ArrayList<>(entries.getOrDefault(t, new ConcurrentLinkedQueue<>()));
      out.sort(INPUT_ORDER);
      return Collections.unmodifiableList(out);
    });
    return (List<Entry<F>>) (List<?>) list;
  }
}
