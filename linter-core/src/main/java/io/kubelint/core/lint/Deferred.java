package io.kubelint.core.lint;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.yaml.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Custom resources and objects of unknown kinds, held back until every input has been read: a
 * CustomResourceDefinition later in the input (or in another file, read by another thread) may still define them,
 * or define them nearer to them. At most {@code capacity} objects
 * are held, so that a long stream of unknown kinds keeps its memory bounded; beyond that they are linted at once
 * (and a CRD that comes after them is not taken into account for them). Thread-safe.
 */
final class Deferred {

  /** An object and the document it came from. */
  record Pending(KubeObject object, SourceDocument source) {
  }

  private final int capacity;
  private final AtomicInteger size = new AtomicInteger();
  private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();

  Deferred(int capacity) {
    this.capacity = capacity;
  }

  /** Holds an object back; {@code false} when the capacity is used up (lint it now). */
  boolean offer(KubeObject object, SourceDocument source) {
    if (size.incrementAndGet() > capacity) {
      size.decrementAndGet();
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
    size.set(0);
    return out;
  }
}
