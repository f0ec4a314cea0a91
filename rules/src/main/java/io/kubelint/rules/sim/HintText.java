package io.kubelint.rules.sim;

import io.kubelint.rules.cron.GoDuration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JsonPointer;

/**
 * Reads the text of one hint ({@link Hints}): items separated by commas, each {@code VALUE} or
 * {@code CONTAINER=VALUE}. A seconds value is a decimal number of seconds ({@code 60}, {@code 2.5}, {@code 1e3}),
 * kept to the millisecond, or a Go duration ({@code 90s}, {@code 1m30s}, as {@code simulate --for} takes it); it
 * must not be negative nor above a hundred years. An exit code is a whole number from 0 to 255.
 */
final class HintText {

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");
  private static final Pattern LEADING_ZEROS = Pattern.compile("^\\+?0*");
  private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Durations.LONGEST_MILLIS / 1000);
  private static final String OUT_OF_RANGE = "is out of range: at most " + MAX_SECONDS + " seconds (100 years)";

  private HintText() {
  }

  /**
   * Adds the items of {@code text} to {@code values}; what cannot be read is a problem, and then nothing of the
   * text is added.
   */
  static void parseInto(Hints.Key key, String text, String source, JsonPointer at,
                        Map<Hints.Key, Map<String, Hints.Value>> values, List<Hints.Problem> problems) {
    Map<String, Hints.Value> parsed = new HashMap<>();
    Map<String, Hints.Value> earlier = values.getOrDefault(key, Map.of());
    List<Hints.Problem> duplicates = new java.util.ArrayList<>();
    for (String item : text.split(",", -1)) {
      String part = item.strip();
      int eq = part.indexOf('=');
      String container = eq < 0 ? "" : part.substring(0, eq).strip();
      String number = eq < 0 ? part : part.substring(eq + 1).strip();
      if (eq >= 0 && container.isEmpty()) {
        problems.add(unreadable(key, source, at, "\"" + part + "\" names no container before ="));
        return;
      }
      long value;
      try {
        value = key.isSeconds() ? millis(number) : exitCode(number);
      } catch (IllegalArgumentException e) {
        problems.add(unreadable(key, source, at, "\"" + part + "\" " + e.getMessage()));
        return;
      }
      Hints.Value before = parsed.containsKey(container) ? parsed.get(container) : earlier.get(container);
      if (before != null) {
        String who = container.isEmpty() ? "every container" : "container " + container;
        duplicates.add(new Hints.Problem(Hints.Problem.Kind.DUPLICATE, at, source + " gives a value for " + who
            + " twice (" + show(key, before.value()) + " and " + show(key, value) + "); the last, "
            + show(key, value) + ", is used", "give each container one value"));
      }
      parsed.put(container, new Hints.Value(value, source, at));
    }
    problems.addAll(duplicates);
    values.computeIfAbsent(key, k -> new HashMap<>()).putAll(parsed);
  }

  static Hints.Problem unreadable(Hints.Key key, String source, JsonPointer at, String why) {
    String example = key.isSeconds()
        ? "SECONDS or a duration for every container, or CONTAINER=SECONDS, separated by commas (such as \"60\", "
            + "\"1m30s\" or \"60, worker=5\")"
        : "CODE (0 to 255) for every container, or CONTAINER=CODE, separated by commas (such as \"1\" or "
            + "\"worker=3\")";
    String message = at == null ? source + ": " + why : source + " cannot be used: " + why + "; the hint is ignored";
    return new Hints.Problem(Hints.Problem.Kind.UNREADABLE, at, message, "write " + example);
  }

  /**
   * A seconds value in milliseconds, read once: a decimal number of seconds or a Go duration, kept to the
   * millisecond.
   *
   * @throws IllegalArgumentException when it cannot be used; the message says why ("is negative: …")
   */
  private static long millis(String text) {
    BigDecimal seconds;
    if (NUMBER.matcher(text).matches()) {
      try {
        seconds = new BigDecimal(text);
      } catch (NumberFormatException | ArithmeticException e) {
        throw new IllegalArgumentException(OUT_OF_RANGE, e);
      }
    } else {
      try {
        seconds = BigDecimal.valueOf(GoDuration.parseNanos(text)).movePointLeft(9);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("is not a number of seconds (such as 60 or 2.5) nor a duration (such "
            + "as 90s or 1m30s)", e);
      }
    }
    if (seconds.signum() < 0) {
      throw new IllegalArgumentException("is negative: the time must be 0 or more");
    }
    if (seconds.compareTo(MAX_SECONDS) > 0) {
      throw new IllegalArgumentException(OUT_OF_RANGE);
    }
    return seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /**
   * An exit code from 0 to 255.
   *
   * @throws IllegalArgumentException when it is none; the message says why
   */
  private static long exitCode(String text) {
    if (!WHOLE_NUMBER.matcher(text).matches()) {
      throw new IllegalArgumentException("is not an exit code from 0 to 255");
    }
    if (text.startsWith("-") || LEADING_ZEROS.matcher(text).replaceFirst("").length() > 3
        || Long.parseLong(text) > 255) {
      throw new IllegalArgumentException("is not an exit code (out of range: 0 to 255)");
    }
    return Long.parseLong(text);
  }

  private static String show(Hints.Key key, long value) {
    return key.isSeconds() ? Durations.exact(value) : String.valueOf(value);
  }
}
