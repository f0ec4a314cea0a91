package io.kubelint.rules.cron;

import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A CronJob schedule ({@code spec.schedule}) as the Kubernetes API server accepts it.
 *
 * <p><b>What parses.</b> Exactly what Kubernetes accepts on create. The API server validates the schedule with
 * robfig/cron v3.0.1's {@code cron.ParseStandard} and in addition rejects any schedule containing {@code TZ}, so a
 * {@code TZ=} or {@code CRON_TZ=} prefix must move to {@code spec.timeZone} ({@code validateScheduleFormat} in
 * https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/batch/validation/validation.go; parser rules from
 * https://github.com/robfig/cron/blob/v3.0.1/parser.go). That is:
 * <ul>
 *   <li>five fields separated by white space: minute, hour, day of month, month, day of week, with the bounds and
 *       names of {@link CronField} (no 7 for Sunday, no seconds, no year, no {@code L}, {@code W} or {@code #});
 *   <li>each field a comma-separated list (empty items are skipped) of {@code *} or {@code ?} (every value),
 *       {@code a}, {@code a-b}, each optionally followed by a step {@code /n} with {@code n ≥ 1}; {@code a/n} means
 *       {@code a-max/n}; a range may not run backwards; numbers may carry a {@code +} sign;
 *   <li>or one of the macros {@code @yearly}, {@code @annually}, {@code @monthly}, {@code @weekly}, {@code @daily},
 *       {@code @midnight}, {@code @hourly} (case-sensitive, nothing before or after), or {@code @every <d>} with a
 *       duration {@code d} in the syntax of Go's {@code time.ParseDuration} ({@code 90s}, {@code 1h30m}) after
 *       exactly one space. {@code @every} is accepted by the API server although the Kubernetes documentation does
 *       not list it.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CronSchedule {

  /**
   * Where something is written inside the schedule string.
   *
   * @param offset index of its first {@code char}
   * @param length its length in {@code char}s
   */
  public record Span(int offset, int length) {
  }

  private final String text;
  private final long[] masks;
  private final Span[] spans;
  private final String macro;
  private final Duration interval;

  private CronSchedule(String text, long[] masks, Span[] spans, String macro, Duration interval) {
    this.text = text;
    this.masks = masks;
    this.spans = spans;
    this.macro = macro;
    this.interval = interval;
  }

  static CronSchedule ofFields(String text, long[] masks, Span[] spans, String macro) {
    return new CronSchedule(text, masks.clone(), spans == null ? null : spans.clone(), macro, null);
  }

  static CronSchedule ofInterval(String text, Duration interval) {
    return new CronSchedule(text, null, null, text, interval);
  }

  /**
   * Parses a schedule as the Kubernetes API server would.
   *
   * @param schedule the value of {@code spec.schedule}, exactly as given (surrounding white space matters to a macro)
   * @return the schedule
   * @throws CronParseException when Kubernetes would reject it, with the offending part's place and a hint
   * @throws NullPointerException when {@code schedule} is {@code null}
   */
  public static CronSchedule parse(String schedule) {
    return CronParser.parse(Objects.requireNonNull(schedule, "schedule"));
  }

  /** The schedule string as given to {@link #parse}. */
  public String text() {
    return text;
  }

  /** The macro the schedule was written as ({@code @daily}, {@code @every 5m}); empty for five fields. */
  public Optional<String> macro() {
    return Optional.ofNullable(macro);
  }

  /** The fixed interval of an {@code @every} schedule (whole seconds, at least one); empty for any other. */
  public Optional<Duration> interval() {
    return Optional.ofNullable(interval);
  }

  /**
   * The values a field selects, ascending. A macro gives those of the five fields it stands for.
   *
   * @throws IllegalStateException for an {@code @every} schedule, which has no fields
   */
  public SortedSet<Integer> values(CronField field) {
    long mask = mask(field) & ~CronParser.STAR;
    SortedSet<Integer> out = new TreeSet<>();
    for (int v = field.min(); v <= field.max(); v++) {
      if ((mask & 1L << v) != 0) {
        out.add(v);
      }
    }
    return Collections.unmodifiableSortedSet(out);
  }

  /**
   * Whether a field was written as {@code *} or {@code ?} (alone, in a list, or with step 1). Such a day-of-month or
   * day-of-week field makes the two day fields combine with AND instead of OR.
   *
   * @throws IllegalStateException for an {@code @every} schedule
   */
  public boolean isWildcard(CronField field) {
    return (mask(field) & CronParser.STAR) != 0;
  }

  /** Where a field is written in {@link #text()}; empty for a macro. */
  public Optional<Span> span(CronField field) {
    return spans == null ? Optional.empty() : Optional.of(spans[field.ordinal()]);
  }

  private long mask(CronField field) {
    if (masks == null) {
      throw new IllegalStateException("an @every schedule has no " + field.label() + " field");
    }
    return masks[field.ordinal()];
  }

  /** The raw masks, {@link CronParser#STAR} included, for the parser's macros. */
  long[] masks() {
    return masks.clone();
  }

  /** The schedule string. */
  @Override
  public String toString() {
    return text;
  }

  /** Two schedules are equal when they were parsed from the same string. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CronSchedule other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
