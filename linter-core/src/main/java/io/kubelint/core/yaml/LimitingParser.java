package io.kubelint.core.yaml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A {@link Parser} that passes snakeyaml-engine's events through and stops, before the composer builds the nodes,
 * when a document exceeds {@link YamlLimits#maxDepth()} (mappings and sequences nested so deep that the recursive
 * composer could overflow the stack) or {@link YamlLimits#maxNodes()} (keys and values, each alias counting as
 * every node it repeats: the defence against "billion laughs" documents and against documents too big to hold).
 */
final class LimitingParser implements Parser {

  /** Thrown through the composer when a limit is exceeded; carries a plain message and the offending position. */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Mark mark;

    Exceeded(String message, Mark mark) {
      super(message, null, false, false);
      this.mark = mark;
    }

    /** Where the limit was crossed, or {@code null}. */
    Mark mark() {
      return mark;
    }
  }

  /** An open mapping or sequence: the nodes counted in it so far (itself included), and its anchor. */
  private static final class Open {
    private long size = 1;
    private final String anchor;

    Open(String anchor) {
      this.anchor = anchor;
    }
  }

  private final Parser delegate;
  private final YamlLimits limits;
  private final Deque<Open> open = new ArrayDeque<>();
  /** Anchor → nodes its node stands for, for anchored nodes that are complete. */
  private final Map<String, Long> anchored = new HashMap<>();
  private long nodes;

  LimitingParser(Parser delegate, YamlLimits limits) {
    this.delegate = delegate;
    this.limits = limits;
  }

  @Override
  public boolean checkEvent(Event.ID id) {
    return delegate.checkEvent(id);
  }

  @Override
  public Event peekEvent() {
    return delegate.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return delegate.hasNext();
  }

  @Override
  public Event next() {
    Event event = delegate.next();
    switch (event.getEventId()) {
      case Scalar -> {
        addToOpen(count(1, event));
        anchor(event).ifPresent(a -> anchored.put(a, 1L));
      }
      case Alias -> {
        // an alias to a collection that is still open refers to its own ancestor: the converter reports that
        addToOpen(count(anchored.getOrDefault(((AliasEvent) event).getAlias().getValue(), 1L), event));
      }
      case MappingStart, SequenceStart -> {
        if (open.size() >= limits.maxDepth()) {
          throw new Exceeded(String.format(Locale.ROOT, "mappings and sequences nest deeper than the limit of %d "
              + "levels; the document was not linted", limits.maxDepth()), event.getStartMark().orElse(null));
        }
        count(1, event); // added to the parent's size with the rest of the collection when it ends
        String anchor = anchor(event).orElse(null);
        if (anchor != null) {
          anchored.remove(anchor);
        }
        open.push(new Open(anchor));
      }
      case MappingEnd, SequenceEnd -> {
        Open done = open.pop();
        if (done.anchor != null) {
          anchored.put(done.anchor, done.size);
        }
        addToOpen(done.size);
      }
      default -> {
        // stream and document events hold no nodes
      }
    }
    return event;
  }

  private static java.util.Optional<String> anchor(Event event) {
    return ((NodeEvent) event).getAnchor().map(a -> a.getValue());
  }

  /** Adds {@code n} nodes to the document's count; returns {@code n}. */
  private long count(long n, Event at) {
    nodes += n;
    if (nodes > limits.maxNodes()) {
      throw new Exceeded(String.format(Locale.ROOT, "document has more than %,d keys and values (counting every "
          + "repetition an alias makes); it was not linted", limits.maxNodes()), at.getStartMark().orElse(null));
    }
    return n;
  }

  private void addToOpen(long n) {
    if (!open.isEmpty()) {
      open.peek().size += n;
    }
  }
}
