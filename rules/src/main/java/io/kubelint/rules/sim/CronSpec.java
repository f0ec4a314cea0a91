package io.kubelint.rules.sim;

import io.kubelint.rules.cron.CronParseException;
import io.kubelint.rules.cron.CronSchedule;
import io.kubelint.rules.cron.CronTimeZone;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A CronJob's schedule in its time zone, as the simulator reads it: the schedule with the parser of the
 * {@code cron-schedule} rule, the zone with the API server's check ({@link CronTimeZone}); UTC when
 * {@code spec.timeZone} is unset (the controller manager's zone is not in the manifest).
 *
 * @param schedule the schedule, or {@code null} when it cannot be used
 * @param zone the zone, or {@code null} when it cannot be used
 * @param problem why the CronJob cannot be simulated (its schedule or zone is rejected, or it never fires), or
 *     {@code null}
 */
public record CronSpec(CronSchedule schedule, ZoneId zone, String problem) {

  /** How many scheduled times {@link #shortestIntervalMillis()} looks at, at most. */
  private static final int INTERVAL_SAMPLES = 1000;

  /** Reads {@code spec.schedule} and {@code spec.timeZone} of a CronJob's spec. */
  static CronSpec read(JsonNode spec) {
    JsonNode text = spec.path("schedule");
    if (!text.isString()) {
      return new CronSpec(null, null, "its schedule is not a string");
    }
    CronSchedule schedule;
    try {
      schedule = CronSchedule.parse(text.asString());
    } catch (CronParseException e) {
      return new CronSpec(null, null, "its schedule \"" + text.asString() + "\" cannot be read");
    }
    if (!schedule.canFire()) {
      return new CronSpec(null, null, "its schedule \"" + text.asString() + "\" never fires");
    }
    JsonNode zone = spec.path("timeZone");
    if (zone.isMissingNode() || zone.isNull()) {
      return new CronSpec(schedule, ZoneOffset.UTC, null);
    }
    Optional<ZoneId> accepted = zone.isString() ? CronTimeZone.accepted(zone.asString()) : Optional.empty();
    return accepted.map(z -> new CronSpec(schedule, z, null)).orElseGet(() -> new CronSpec(null, null,
        "the API server rejects its timeZone " + (zone.isString() ? "\"" + zone.asString() + "\"" : zone)));
  }

  /** Whether the schedule and zone can be used. */
  boolean usable() {
    return problem == null;
  }

  /**
   * When the simulated CronJob is created: 60 s before its first scheduled time after 2025-01-01T00:00 in its zone.
   */
  ZonedDateTime creation() {
    ZonedDateTime reference = LocalDate.of(2025, 1, 1).atStartOfDay(zone);
    return next(reference.minusSeconds(1)).orElse(reference).minusSeconds(60);
  }

  /** The first scheduled time strictly after {@code t}, if any. */
  Optional<ZonedDateTime> next(ZonedDateTime t) {
    try {
      return schedule.next(t);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The shortest time between two consecutive scheduled times, in milliseconds, over the first 1,000 scheduled
   * times after {@link #creation()} or eight years, whichever ends first (so leap days and daylight-saving changes
   * count: a daily run at 02:30 in a zone that skips that hour on one day is 23 hours from the one before); -1 when
   * the schedule fires at most once in that time.
   */
  long shortestIntervalMillis() {
    ZonedDateTime from = creation();
    ZonedDateTime horizon = from.plusYears(8);
    long shortest = -1;
    ZonedDateTime t = next(from).orElse(null);
    for (int i = 0; t != null && i < INTERVAL_SAMPLES && t.isBefore(horizon); i++) {
      ZonedDateTime n = next(t).orElse(null);
      if (n != null) {
        long gap = Duration.between(t, n).toMillis();
        shortest = shortest < 0 ? gap : Math.min(shortest, gap);
      }
      t = n;
    }
    return shortest;
  }
}
