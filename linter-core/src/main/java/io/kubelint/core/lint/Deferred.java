package io.kubelint.core.lint;

import io.kubelint.core.yaml.SourceChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Documents holding custom resources, held back until every input has been read, so that each custom resource is
 * checked against the CustomResourceDefinitions of the whole run — wherever they come, and the nearest of several —
 * without reading any file twice. Only the document's text is held; it is parsed again when it is linted at the end
 * (custom resources are small next to the CRDs that define them). The held text is bounded by
 * {@code capacityChars}; beyond it documents are linted at once, and a CRD that comes after them is then not taken
 * into account for them. Thread-safe.
 */
final class Deferred {

  /**
   * A held-back document.
   *
   * @param file the file as named in reports
   * @param chunk its text
   * @param document its number in the run
   */
  record Pending(String file, SourceChunk chunk, long document) {
  }

  private final long capacityChars;
  private final AtomicLong held = new AtomicLong();
  private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();

  /** @param capacityChars most document characters held at once; 0 holds nothing back */
  Deferred(long capacityChars) {
    this.capacityChars = capacityChars;
  }

  /** Holds a document back; {@code false} when the capacity is used up (lint it now). */
  boolean offer(String file, SourceChunk chunk, long document) {
    long size = chunk.text() == null ? 0 : chunk.text().length();
    if (capacityChars == 0 || held.addAndGet(size) > capacityChars) {
      held.addAndGet(-size);
      return false;
    }
    pending.add(new Pending(file, chunk, document));
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
