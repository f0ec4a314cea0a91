package io.kubelint.core.lint;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.yaml.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Custom resources held back until every input has been read, for runs that read standard input: a
 * CustomResourceDefinition later in the stream may still define them (CRDs in files are registered before the run
 * by {@link CrdPrescan}, so file-only runs hold nothing back). The held documents' text is bounded by
 * {@code capacityChars}; beyond it custom resources are linted at once (a CRD that comes after them is then not
 * taken into account for them). Thread-safe.
 */
final class Deferred {

  /** An object and the document it came from. */
  record Pending(KubeObject object, SourceDocument source) {
  }

  private final long capacityChars;
  private final AtomicLong held = new AtomicLong();
  private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();

  /** @param capacityChars most document characters held at once; 0 holds nothing back */
  Deferred(long capacityChars) {
    this.capacityChars = capacityChars;
  }

  /** Holds an object back; {@code false} when nothing is held back in this run or the capacity is used up. */
  boolean offer(KubeObject object, SourceDocument source) {
    if (capacityChars == 0) {
      return false;
    }
    long size = source.chunk().text() == null ? 0 : source.chunk().text().length();
    if (held.addAndGet(size) > capacityChars) {
      held.addAndGet(-size);
      return false;
    }
    pending.add(new Pending(object, source));
    return true;
  }

  /** Everything held back, in no particular order; empties the queue. */
  List<Pending> drain() {
    List<Pending> out = new ArrayList<>();
    Pending p;
    while ((p = pending.poll()) != null) {
      out.add(p);
    }
    held.set(0);
    return out;
  }
}
