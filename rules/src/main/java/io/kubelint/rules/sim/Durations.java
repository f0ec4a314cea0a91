package io.kubelint.rules.sim;

import java.util.regex.Pattern;

/**
 * Durations as the simulator prints them: exact ({@code 1m10s}) for times in messages, and kubectl's rounded form
 * for AGE columns.
 */
public final class Durations {

  private Durations() {
  }

  private static final Pattern TRAILING_ZEROS = Pattern.compile("0+$");

  /** A hundred years, in milliseconds: the longest duration a manifest field is taken to mean. */
  static final long LONGEST_MILLIS = 100L * 365 * 24 * 3_600_000;

  /**
   * Milliseconds of a number of seconds from a manifest field: negative counts as 0, and anything beyond a hundred
   * years as a hundred years (so that adding it to a time cannot overflow).
   */
  static long millis(long seconds) {
    return seconds <= 0 ? 0 : seconds >= LONGEST_MILLIS / 1000 ? LONGEST_MILLIS : seconds * 1000;
  }

  /**
   * An exact duration in the style of Go's {@code time.Duration}: {@code 0s}, {@code 45s}, {@code 1m10s},
   * {@code 15m}, {@code 1h2m3s}, {@code 2.5s}; whole units only where they are not zero.
   */
  public static String exact(long millis) {
    if (millis == 0) {
      return "0s";
    }
    StringBuilder out = new StringBuilder();
    long h = millis / 3_600_000;
    long m = millis / 60_000 % 60;
    long s = millis / 1000 % 60;
    long ms = millis % 1000;
    if (h > 0) {
      out.append(h).append('h');
    }
    if (m > 0) {
      out.append(m).append('m');
    }
    if (s > 0 || ms > 0) {
      out.append(s);
      if (ms > 0) {
        String fraction = String.format(java.util.Locale.ROOT, "%03d", ms);
        out.append('.').append(TRAILING_ZEROS.matcher(fraction).replaceAll(""));
      }
      out.append('s');
    }
    return out.toString();
  }

  /**
   * A duration rounded the way kubectl prints ages: seconds up to 2 minutes, minutes and seconds up to 10 minutes,
   * minutes up to 3 hours, hours and minutes up to 8 hours, hours up to 2 days, then days and hours up to 8 days,
   * then days (kubectl's {@code HumanDuration}, https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/).
   */
  public static String human(long millis) {
    long seconds = Math.max(0, millis / 1000);
    if (seconds < 120) {
      return seconds + "s";
    }
    long minutes = seconds / 60;
    if (minutes < 10) {
      return seconds % 60 == 0 ? minutes + "m" : minutes + "m" + seconds % 60 + "s";
    }
    if (minutes < 180) {
      return minutes + "m";
    }
    long hours = minutes / 60;
    if (hours < 8) {
      return minutes % 60 == 0 ? hours + "h" : hours + "h" + minutes % 60 + "m";
    }
    if (hours < 48) {
      return hours + "h";
    }
    if (hours < 192) {
      return hours % 24 == 0 ? hours / 24 + "d" : hours / 24 + "d" + hours % 24 + "h";
    }
    return hours / 24 + "d";
  }
}
