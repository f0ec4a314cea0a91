package io.kubelint.rules.cron;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A CronJob schedule ({@code spec.schedule}) as the Kubernetes API server accepts it, and the times it fires.
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
 * <p><b>When it fires.</b> With robfig/cron's semantics (https://github.com/robfig/cron/blob/v3.0.1/spec.go): at
 * second 0 of every minute whose wall-clock minute, hour, month and day match, where the day matches when the day of
 * month <em>and</em> the day of week match if either field was written as a bare {@code *} or {@code ?} (or with
 * step 1), and when the day of month <em>or</em> the day of week matches otherwise. Time is the wall clock of the
 * zone the search starts in: a wall-clock time skipped by a daylight-saving change does not fire that day, and a
 * wall-clock time that occurs twice fires twice, as the CronJob controller does
 * (https://github.com/kubernetes/kubernetes/issues/121594). {@code @every d} fires {@code d} after the given time
 * rounded down to the second ({@code d} at least one second, whole seconds). Unlike robfig/cron, which gives up
 * after five years, the search here always finds the next time of a schedule that {@link #canFire() can fire}.
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

  /** How far ahead {@link #next} looks before concluding that nothing fires (e.g. every time lies in a DST gap). */
  private static final long HORIZON_YEARS = 400;

  private final String text;
  private final long[] masks;
  private final Span[] spans;
  private final String macro;
  private final Duration interval;
  /** robfig/cron: the two day fields must both match when either has the star bit, else either may match. */
  private final boolean daysCombineWithAnd;

  private CronSchedule(String text, long[] masks, Span[] spans, String macro, Duration interval) {
    this.text = text;
    this.masks = masks;
    this.spans = spans;
    this.macro = macro;
    this.interval = interval;
    this.daysCombineWithAnd = masks != null
        && ((masks[CronField.DAY_OF_MONTH.ordinal()] | masks[CronField.DAY_OF_WEEK.ordinal()]) & CronParser.STAR) != 0;
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

  /**
   * Whether the schedule fires at all. It does not when a field selects nothing (a field written as just
   * {@code ,}), or when the day of month is restricted, the day of week is a wildcard, and no selected month has
   * any of the selected days ({@code 0 0 30 2 *}, {@code 0 0 31 4,6,9,11 *}); February counts 29 days, so
   * {@code 0 0 29 2 *} fires in leap years. The API server accepts such schedules; the CronJob controller then
   * never creates a Job. Daylight-saving gaps are not considered.
   */
  public boolean canFire() {
    if (interval != null) {
      return true;
    }
    long minute = masks[0] & ~CronParser.STAR;
    long hour = masks[1] & ~CronParser.STAR;
    long month = masks[3] & ~CronParser.STAR;
    if (minute == 0 || hour == 0 || month == 0) {
      return false;
    }
    boolean someDay = false;
    for (int m = 1; m <= 12; m++) {
      long days = masks[2] & ~CronParser.STAR & ((1L << Month.of(m).maxLength() + 1) - 1);
      someDay |= (month & 1L << m) != 0 && days != 0;
    }
    boolean someWeekday = (masks[4] & ~CronParser.STAR) != 0;
    if (daysCombineWithAnd) {
      // a wildcard day of week leaves the day of month to decide, and vice versa (every month has every weekday)
      return isWildcard(CronField.DAY_OF_WEEK) ? someDay : someWeekday;
    }
    return someDay || someWeekday;
  }

  /**
   * The first activation strictly after {@code after}, in the zone of {@code after} (see the class description for
   * the rules, daylight-saving changes included). For a five-field schedule the result has second and nanosecond 0.
   *
   * @param after the instant to search from; its zone is the zone the schedule's wall-clock times are read in
   * @return the next activation, or empty when the schedule {@linkplain #canFire() cannot fire} or no wall-clock time
   *     it selects exists in the zone within 400 years
   * @throws java.time.DateTimeException when the search runs past the range of {@link java.time.LocalDateTime}
   */
  public Optional<ZonedDateTime> next(ZonedDateTime after) {
    Objects.requireNonNull(after, "after");
    if (interval != null) {
      return Optional.of(after.truncatedTo(ChronoUnit.SECONDS).plus(interval));
    }
    if (!canFire()) {
      return Optional.empty();
    }
    ZoneRules rules = after.getZone().getRules();
    Instant at = after.toInstant();
    Instant horizon = after.toLocalDateTime().plusYears(HORIZON_YEARS).toInstant(ZoneOffset.UTC);
    boolean first = true;
    // walk the stretches of constant UTC offset: in each one, wall-clock order is instant order
    while (at.isBefore(horizon)) {
      ZoneOffset offset = rules.getOffset(at);
      ZoneOffsetTransition transition = rules.nextTransition(at);
      LocalDateTime local = LocalDateTime.ofInstant(at, offset);
      LocalDateTime from = first || local.getSecond() != 0 || local.getNano() != 0
          ? local.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1) : local;
      LocalDateTime until = transition != null && transition.getInstant().isBefore(horizon)
          ? transition.getDateTimeBefore() : LocalDateTime.ofInstant(horizon, offset);
      LocalDateTime hit = nextWallClock(from, until);
      if (hit != null) {
        return Optional.of(ZonedDateTime.ofInstant(hit, offset, after.getZone()));
      }
      if (transition == null) {
        break;
      }
      at = transition.getInstant();
      first = false;
    }
    return Optional.empty();
  }

  /** The first matching wall-clock minute in {@code [from, until)}, or {@code null}. */
  private LocalDateTime nextWallClock(LocalDateTime from, LocalDateTime until) {
    long minutes = masks[0] & ~CronParser.STAR;
    long hours = masks[1] & ~CronParser.STAR;
    long months = masks[3] & ~CronParser.STAR;
    LocalDate date = from.toLocalDate();
    int hour = from.getHour();
    int minute = from.getMinute();
    LocalDate last = until.toLocalDate();
    while (!date.isAfter(last)) {
      if ((months & 1L << date.getMonthValue()) == 0) {
        date = date.withDayOfMonth(1).plusMonths(1);
        hour = 0;
        minute = 0;
        continue;
      }
      int h = dayMatches(date) ? nextBit(hours, hour) : -1;
      if (h < 0) {
        date = date.plusDays(1);
        hour = 0;
        minute = 0;
        continue;
      }
      int m = nextBit(minutes, h == hour ? minute : 0);
      if (m < 0) {
        hour = h + 1;
        minute = 0;
        if (hour == 24) {
          date = date.plusDays(1);
          hour = 0;
        }
        continue;
      }
      LocalDateTime hit = date.atTime(h, m);
      return hit.isBefore(until) ? hit : null;
    }
    return null;
  }

  private boolean dayMatches(LocalDate date) {
    boolean dom = (masks[2] & 1L << date.getDayOfMonth()) != 0;
    boolean dow = (masks[4] & 1L << date.getDayOfWeek().getValue() % 7) != 0;
    return daysCombineWithAnd ? dom && dow : dom || dow;
  }

  /** The lowest set bit at or above {@code from} (below 64), or -1. */
  private static int nextBit(long mask, int from) {
    long rest = mask & -1L << from;
    return rest == 0 ? -1 : Long.numberOfTrailingZeros(rest);
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
