package io.kubelint.rules.cron;

import java.util.Optional;

/**
 * A schedule the Kubernetes API server would reject, with the place of the offending part inside the schedule
 * string. {@link #getMessage()} is one plain sentence without a trailing period ({@code hour 24 is out of range
 * 0–23}); {@link #hint()} says how to fix it when there is something useful to say.
 */
public final class CronParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String schedule;
  private final CronField field;
  private final int offset;
  private final int length;
  private final String hint;

  /**
   * @param schedule the whole schedule string as given to {@link CronSchedule#parse(String)}
   * @param field the field the error is in, or {@code null} when it is about the schedule as a whole (field count,
   *     macro, time-zone prefix)
   * @param offset index of the first {@code char} of the offending part in {@code schedule}
   * @param length number of {@code char}s of the offending part; 0 when there is nothing to point at (an empty
   *     schedule)
   * @param message one sentence, no trailing period
   * @param hint a suggestion, or {@code null}
   * @throws IllegalArgumentException when the part does not lie inside {@code schedule}
   */
  CronParseException(String schedule, CronField field, int offset, int length, String message, String hint) {
    super(message);
    if (offset < 0 || length < 0 || offset + length > schedule.length()) {
      throw new IllegalArgumentException("part " + offset + "+" + length + " outside of \"" + schedule + "\"");
    }
    this.schedule = schedule;
    this.field = field;
    this.offset = offset;
    this.length = length;
    this.hint = hint;
  }

  /** The schedule string that failed to parse. */
  public String schedule() {
    return schedule;
  }

  /** The field the offending part belongs to; empty when the error is about the whole schedule. */
  public Optional<CronField> field() {
    return Optional.ofNullable(field);
  }

  /** The field's index (0 for the minute … 4 for the day of the week), or -1 when there is none. */
  public int fieldIndex() {
    return field == null ? -1 : field.ordinal();
  }

  /** Index in {@link #schedule()} of the first {@code char} of the offending part. */
  public int offset() {
    return offset;
  }

  /** Length in {@code char}s of the offending part; 0 when it is empty. */
  public int length() {
    return length;
  }

  /** The offending part itself. */
  public String part() {
    return schedule.substring(offset, offset + length);
  }

  /** How to fix it, when there is more to say than the message: {@code use 0 for Sunday}. */
  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }
}
