package io.kubelint.rules.cron;

import io.kubelint.core.text.DidYouMean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schedules that start with {@code @}: the macros of robfig/cron v3.0.1 ({@code parseDescriptor} in
 * https://github.com/robfig/cron/blob/v3.0.1/parser.go), matched against the whole schedule string, case and white
 * space included, and {@code @every <duration>} (https://github.com/robfig/cron/blob/v3.0.1/constantdelay.go).
 */
final class CronMacros {

  /** The macros, each parsed once from the five fields it stands for (star bits included). */
  static final Map<String, CronSchedule> MACROS = macros();

  private static final String EVERY = "@every ";

  private CronMacros() {
  }

  private static Map<String, CronSchedule> macros() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("@yearly", "0 0 1 1 *");
    fields.put("@annually", "0 0 1 1 *");
    fields.put("@monthly", "0 0 1 * *");
    fields.put("@weekly", "0 0 * * 0");
    fields.put("@daily", "0 0 * * *");
    fields.put("@midnight", "0 0 * * *");
    fields.put("@hourly", "0 * * * *");
    Map<String, CronSchedule> m = new LinkedHashMap<>();
    fields.forEach((macro, five) -> m.put(macro,
        CronSchedule.ofFields(macro, CronParser.parse(five).masks(), null, macro)));
    return Collections.unmodifiableMap(m);
  }

  /**
   * A schedule whose first character is {@code @}.
   *
   * @throws CronParseException when it is no macro Kubernetes accepts
   */
  static CronSchedule parse(String text) {
    CronSchedule schedule = MACROS.get(text);
    if (schedule != null) {
      return schedule;
    }
    if (text.startsWith(EVERY)) {
      return every(text);
    }
    int end = CronParser.tokenEnd(text, 0);
    String word = text.substring(0, end);
    if (MACROS.containsKey(word)) {
      throw CronParser.error(text, null, end, text.length() - end, "nothing may follow " + word + " in a schedule",
          "remove what follows " + word);
    }
    if (word.equals("@every")) {
      throw CronParser.error(text, null, 0, text.length(), "@every needs a duration after one space",
          "write for example @every 30m");
    }
    String hint = null;
    for (String macro : MACROS.keySet()) {
      if (macro.equalsIgnoreCase(word)) {
        hint = "macros are case-sensitive: write " + macro;
      }
    }
    if (hint == null && word.equalsIgnoreCase("@every")) {
      hint = "macros are case-sensitive: write @every";
    } else if (hint == null && word.equals("@reboot")) {
      hint = "a CronJob has no @reboot: it only runs on a schedule";
    } else if (hint == null) {
      List<String> known = new ArrayList<>(MACROS.keySet());
      known.add("@every");
      hint = DidYouMean.closest(word, known).map(m -> "did you mean " + m + "?")
          .orElse("Kubernetes accepts @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly and "
              + "@every <duration>");
    }
    throw CronParser.error(text, null, 0, end, "unknown macro " + word, hint);
  }

  /** {@code @every <duration>}: robfig/cron's {@code Every}, at least a second, rounded down to whole seconds. */
  private static CronSchedule every(String text) {
    String written = text.substring(EVERY.length());
    long nanos;
    try {
      nanos = GoDuration.parseNanos(written);
    } catch (IllegalArgumentException e) {
      boolean empty = written.isEmpty();
      throw CronParser.error(text, null, empty ? 0 : EVERY.length(), empty ? text.length() : written.length(),
          empty ? "@every needs a duration after one space"
              : "invalid duration " + written + " after @every: " + e.getMessage(),
          written.isEmpty() || written.codePoints().anyMatch(CronParser::isGoSpace)
              ? "write exactly one space after @every and no space in or after the duration, e.g. @every 1h30m"
              : "write a Go duration such as 30m, 1h30m or 90s (units ns, us, ms, s, m, h)");
    }
    long seconds = Math.max(1, nanos / 1_000_000_000L);
    return CronSchedule.ofInterval(text, Duration.ofSeconds(seconds));
  }
}
