package io.kubelint.rules.cron;

import java.time.ZoneId;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A CronJob's {@code spec.timeZone} as the API server checks it ({@code validateTimeZone} in
 * https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/batch/validation/validation.go): not empty, not
 * {@code Local}, each {@code /}-separated part 1–14 characters of {@code A-Za-z0-9.-_+}, not {@code .} or {@code ..}
 * and not starting with {@code -}, and a zone of the IANA database (here: the one {@code java.time} ships, which
 * may be older or newer than the cluster's). So {@code +01:00} and {@code UTC+01:00}, which {@link ZoneId#of}
 * would take as offsets, are rejected, as the API server rejects them. The {@code cron-schedule} rule reports a
 * rejected zone; the simulator does not simulate such a CronJob.
 */
public final class CronTimeZone {

  private static final Pattern PART = Pattern.compile("[A-Za-z.\\-_0-9+]{1,14}");
  /**
   * {@link ZoneId#getAvailableZoneIds()} copies its set on every call, and the zones do not change while kubelint
   * runs. Kept in that set's iteration order, which decides between equally close did-you-mean suggestions.
   */
  private static final Set<String> KNOWN = Collections.unmodifiableSet(ZoneId.getAvailableZoneIds());

  private CronTimeZone() {
  }

  /** The zone, or empty when the API server rejects the name. */
  public static Optional<ZoneId> accepted(String zone) {
    if (zone.isEmpty() || zone.equalsIgnoreCase("Local") || !wellFormed(zone) || !known().contains(zone)) {
      return Optional.empty();
    }
    return Optional.of(ZoneId.of(zone));
  }

  /** The zone names of the IANA database that {@code java.time} knows. */
  static Set<String> known() {
    return KNOWN;
  }

  /** The shape Kubernetes requires of each {@code /}-separated part of a time zone name. */
  static boolean wellFormed(String zone) {
    for (String part : zone.split("/", -1)) {
      if (part.equals(".") || part.equals("..") || part.startsWith("-") || !PART.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }
}
