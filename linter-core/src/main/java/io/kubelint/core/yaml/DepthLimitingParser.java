package io.kubelint.core.yaml;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A {@link Parser} that passes snakeyaml-engine's events through and stops when mappings and sequences nest
 * deeper than a limit, before the recursive composer can overflow the stack.
 */
final class DepthLimitingParser implements Parser {

  /** Thrown through the composer when the limit is exceeded; carries the position of the offending collection. */
  static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Mark mark;

    TooDeep(Mark mark) {
      super(null, null, false, false);
      this.mark = mark;
    }

    Mark mark() {
      return mark;
    }
  }

  private final Parser delegate;
  private final int maxDepth;
  private int depth;

  DepthLimitingParser(Parser delegate, int maxDepth) {
    this.delegate = delegate;
    this.maxDepth = maxDepth;
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
    Event.ID id = event.getEventId();
    if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
      if (++depth > maxDepth) {
        throw new TooDeep(event.getStartMark().orElse(null));
      }
    } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
      depth--;
    }
    return event;
  }
}
