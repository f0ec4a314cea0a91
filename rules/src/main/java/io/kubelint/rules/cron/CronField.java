package io.kubelint.rules.cron;

import java.util.List;
import java.util.OptionalInt;

/**
 * The five fields of a standard cron schedule, in the order they are written, with the values each accepts.
 *
 * <p>The bounds and names are those of robfig/cron v3.0.1, the library the Kubernetes API server validates
 * {@code spec.schedule} with and the CronJob controller computes activation times with (see the {@code bounds}
 * declarations of https://github.com/robfig/cron/blob/v3.0.1/spec.go): minute 0–59, hour 0–23, day of month
 * 1–31, month 1–12 or {@code JAN}–{@code DEC}, day of week 0–6 or {@code SUN}–{@code SAT} with 0 for Sunday.
 * Names are the three-letter English abbreviations, matched without regard to case. Unlike Vixie cron,
 * robfig/cron does not accept 7 for Sunday (https://github.com/robfig/cron/issues/122 was declined).
 */
public enum CronField {
  /** Minute of the hour, 0–59. */
  MINUTE("minute", 0, 59, List.of()),
  /** Hour of the day, 0–23. */
  HOUR("hour", 0, 23, List.of()),
  /** Day of the month, 1–31. */
  DAY_OF_MONTH("day-of-month", 1, 31, List.of()),
  /** Month, 1–12 or JAN–DEC. */
  MONTH("month", 1, 12,
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")),
  /** Day of the week, 0–6 (Sunday is 0) or SUN–SAT. */
  DAY_OF_WEEK("day-of-week", 0, 6, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"));

  private final String label;
  private final int min;
  private final int max;
  private final List<String> names;

  CronField(String label, int min, int max, List<String> names) {
    this.label = label;
    this.min = min;
    this.max = max;
    this.names = names;
  }

  /**
   * How messages name the field: {@code minute}, {@code hour}, {@code day-of-month}, {@code month} or
   * {@code day-of-week}.
   */
  public String label() {
    return label;
  }

  /** The smallest value the field accepts. */
  public int min() {
    return min;
  }

  /** The largest value the field accepts. */
  public int max() {
    return max;
  }

  /**
   * The upper-case three-letter names of the field's values, the one for {@link #min()} first; empty for the fields
   * that take numbers only.
   */
  public List<String> names() {
    return names;
  }

  /** The field written at {@code index} (0 for the minute, 4 for the day of the week). */
  public static CronField at(int index) {
    return values()[index];
  }

  /** The allowed values as people write them: {@code 0–59}, {@code 1–12 or JAN–DEC}. */
  String range() {
    String numbers = min + "–" + max;
    return names.isEmpty() ? numbers : numbers + " or " + names.get(0) + "–" + names.get(names.size() - 1);
  }

  /**
   * The value a name stands for. Letters are compared one code point at a time after Unicode simple lower-casing
   * (as Go's {@code strings.ToLower} does), so {@code mon}, {@code Mon} and {@code MON} all mean 1.
   *
   * @return the value, or empty when the field has no names or {@code text} is none of them
   */
  OptionalInt valueOfName(String text) {
    String lower = simpleLowerCase(text);
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).toLowerCase(java.util.Locale.ROOT).equals(lower)) {
        return OptionalInt.of(min + i);
      }
    }
    return OptionalInt.empty();
  }

  /** Lower-cases each code point on its own (no locale, no expansion to several code points). */
  static String simpleLowerCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
    return out.toString();
  }
}
