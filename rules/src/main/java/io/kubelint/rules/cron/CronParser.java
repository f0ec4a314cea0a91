package io.kubelint.rules.cron;

import io.kubelint.core.text.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Turns a schedule string into a {@link CronSchedule}, accepting exactly what the Kubernetes API server accepts in
 * {@code spec.schedule} of a CronJob, and explaining the first problem otherwise. See {@link CronSchedule} for the
 * grammar and its sources. The parsing is done field by field and part by part so each error can point at the
 * characters it is about.
 */
final class CronParser {

  /** Bit 63 of a field's mask: the field was written with {@code *} or {@code ?} (and no step above 1). */
  static final long STAR = 1L << 63;

  /** Quartz and Jenkins forms people carry over: L, LW, 15W, 5L, 6#3, H, H(0-29). */
  private static final Pattern QUARTZ = Pattern.compile("(?i)L|LW|W|H|H\\(.*|\\d*[LW]|.*#.*");

  private CronParser() {
  }

  /** See {@link CronSchedule#parse(String)}. */
  static CronSchedule parse(String text) {
    if (text.isEmpty()) {
      throw error(text, null, 0, 0, "the schedule is empty",
          "write five fields such as \"0 3 * * *\" (03:00 every day) or a macro such as @daily");
    }
    rejectTimeZone(text);
    if (text.charAt(0) == '@') {
      return CronMacros.parse(text);
    }
    List<int[]> tokens = tokens(text);
    if (tokens.size() != 5) {
      throw fieldCount(text, tokens);
    }
    long[] masks = new long[5];
    CronSchedule.Span[] spans = new CronSchedule.Span[5];
    for (int i = 0; i < 5; i++) {
      int[] t = tokens.get(i);
      masks[i] = field(text, CronField.at(i), t[0], t[1]);
      spans[i] = new CronSchedule.Span(t[0], t[1] - t[0]);
    }
    return CronSchedule.ofFields(text, masks, spans, null);
  }

  /**
   * Kubernetes rejects, on create, any schedule containing {@code TZ} (a {@code TZ=} or {@code CRON_TZ=} prefix,
   * which robfig/cron itself would accept), so that the time zone is only ever set in {@code spec.timeZone}.
   */
  private static void rejectTimeZone(String text) {
    int at = text.indexOf("TZ");
    if (at < 0) {
      return;
    }
    int lead = skipSpace(text, 0);
    for (String prefix : List.of("TZ=", "CRON_TZ=")) {
      if (text.startsWith(prefix, lead)) {
        int end = tokenEnd(text, lead);
        String zone = text.substring(lead + prefix.length(), end);
        throw error(text, null, lead, end - lead, "use spec.timeZone instead of a " + prefix + " prefix",
            zone.isEmpty() ? "remove the prefix and set spec.timeZone to an IANA time zone such as Europe/Berlin"
                : "move the time zone to spec.timeZone: " + zone);
      }
    }
    throw error(text, null, at, 2, "Kubernetes rejects a schedule that contains TZ",
        "set the time zone in spec.timeZone");
  }

  private static CronParseException fieldCount(String text, List<int[]> tokens) {
    int n = tokens.size();
    int start = n == 0 ? 0 : tokens.get(n > 5 ? 5 : 0)[0];
    int end = n == 0 ? text.length() : tokens.get(n - 1)[1];
    String hint;
    String first = n == 0 ? "" : text.substring(tokens.get(0)[0], tokens.get(0)[1]);
    if (first.startsWith("@")) {
      hint = "remove the space before " + first;
    } else if (first.contains("=")) {
      hint = "a schedule cannot set variables; put a time zone in spec.timeZone";
    } else if (n > 5) {
      hint = "a CronJob schedule has exactly five fields: no seconds, no year and no command";
    } else {
      hint = "write all five fields, e.g. \"0 3 * * *\" for 03:00 every day";
    }
    return error(text, null, start, end - start,
        "expected 5 fields (minute hour day-of-month month day-of-week), found " + n, hint);
  }

  /**
   * One field: parts separated by commas (empty parts are skipped, as Go's {@code strings.FieldsFunc} does, so
   * {@code 1,,2} is fine and a lone {@code ,} selects nothing). Returns the value bits, plus {@link #STAR}.
   */
  private static long field(String text, CronField field, int start, int end) {
    long mask = 0;
    int partStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || text.charAt(i) == ',') {
        if (i > partStart) {
          mask |= part(text, field, partStart, i);
        }
        partStart = i + 1;
      }
    }
    return mask;
  }

  /** {@code *}, {@code ?}, {@code a}, {@code a-b}, each optionally followed by {@code /step}. */
  private static long part(String text, CronField field, int start, int end) {
    String part = text.substring(start, end);
    int slash = part.indexOf('/');
    if (slash >= 0 && part.indexOf('/', slash + 1) >= 0) {
      throw error(text, field, start, end - start, "too many slashes in " + part,
          "a step is written once, as */n, a/n or a-b/n");
    }
    int rangeEnd = slash < 0 ? end : start + slash;
    String range = text.substring(start, rangeEnd);
    int hyphen = range.indexOf('-');
    String low = hyphen < 0 ? range : range.substring(0, hyphen);
    int first;
    int last;
    boolean star = false;
    boolean single = hyphen < 0;
    if (low.equals("*") || low.equals("?")) {
      // robfig/cron reads only what precedes the first '-' here, so "*-5" means "*"
      first = field.min();
      last = field.max();
      star = true;
    } else {
      if (range.isEmpty()) {
        throw error(text, field, start, end - start, part + " has no value before the slash",
            "write */n, a/n or a-b/n");
      }
      if (hyphen >= 0 && range.indexOf('-', hyphen + 1) >= 0) {
        throw error(text, field, start, rangeEnd - start, "too many hyphens in " + range,
            "a range is written a-b, e.g. 1-5");
      }
      if (low.isEmpty() || !single && hyphen == range.length() - 1) {
        throw error(text, field, start, rangeEnd - start, "range " + range + " is missing a number",
            "a range is written a-b, e.g. 1-5");
      }
      first = value(text, field, start, start + low.length());
      last = single ? first : value(text, field, start + hyphen + 1, rangeEnd);
      if (single) {
        checkBounds(text, field, start, start + low.length(), first, part);
      } else {
        checkBounds(text, field, start, start + hyphen, first, part);
        checkBounds(text, field, start + hyphen + 1, rangeEnd, last, part);
      }
    }
    int step = 1;
    if (slash >= 0) {
      step = step(text, field, start + slash + 1, end, part);
      if (single) {
        last = field.max();
      }
      if (step > 1) {
        star = false;
      }
    }
    if (first > last) {
      String high = text.substring(start + hyphen + 1, rangeEnd);
      throw error(text, field, start, rangeEnd - start, "range " + range + " runs backwards",
          "a range does not wrap around: write " + low + "-" + bound(field, field.max(), low) + ","
              + bound(field, field.min(), high) + "-" + high);
    }
    long mask = 0;
    for (int v = first; v <= last; v += step) {
      mask |= 1L << v;
    }
    return star ? mask | STAR : mask;
  }

  /**
   * A value of a field written like {@code like}: as a name when that is a name (in lower case when it is), else
   * as a number.
   */
  private static String bound(CronField field, int value, String like) {
    if (field.valueOfName(like).isEmpty()) {
      return Integer.toString(value);
    }
    String name = field.names().get(value - field.min());
    return like.equals(like.toLowerCase(java.util.Locale.ROOT)) ? name.toLowerCase(java.util.Locale.ROOT) : name;
  }

  /** A number (Go's {@code strconv.Atoi}: optional sign, ASCII digits) or, in month and weekday, a name. */
  private static int value(String text, CronField field, int start, int end) {
    String s = text.substring(start, end);
    OptionalInt named = field.valueOfName(s);
    if (named.isPresent()) {
      return named.getAsInt();
    }
    OptionalInt number = atoi(s);
    if (number.isPresent()) {
      return number.getAsInt();
    }
    throw notANumber(text, field, start, end, s);
  }

  private static CronParseException notANumber(String text, CronField field, int start, int end, String s) {
    String hint = null;
    if (QUARTZ.matcher(s).matches()) {
      hint = "L, W, # and H are Quartz and Jenkins extensions that Kubernetes (robfig/cron) does not support";
    }
    boolean word = !s.isEmpty() && s.codePoints().allMatch(Character::isLetter);
    if (word && !field.names().isEmpty()) {
      String kind = field == CronField.MONTH ? "month" : "weekday";
      if (hint == null) {
        String lower = CronField.simpleLowerCase(s);
        for (String name : field.names()) {
          if (lower.startsWith(name.toLowerCase(java.util.Locale.ROOT))) {
            hint = kind + " names have three letters: write " + name;
          }
        }
      }
      if (hint == null) {
        hint = DidYouMean.closest(s, field.names()).map(n -> "did you mean " + n + "?")
            .orElse(kind + " names are " + String.join(", ", field.names()));
      }
      return error(text, field, start, end - start, "unknown " + kind + " name " + s, hint);
    }
    if (word) {
      for (CronField other : List.of(CronField.MONTH, CronField.DAY_OF_WEEK)) {
        if (other.valueOfName(s).isPresent()) {
          return error(text, field, start, end - start,
              s + " is a " + (other == CronField.MONTH ? "month" : "weekday") + " name, but the " + field.label()
                  + " field takes numbers only",
              "the fields are minute hour day-of-month month day-of-week; " + other.label() + " is field "
                  + (other.ordinal() + 1));
        }
      }
    }
    return error(text, field, start, end - start,
        field.label() + " value " + s + " is not a number" + (field.names().isEmpty() ? "" : " or a name"),
        hint != null ? hint : field.label() + " takes " + field.range());
  }

  private static void checkBounds(String text, CronField field, int start, int end, int value, String part) {
    if (value >= field.min() && value <= field.max()) {
      return;
    }
    String written = text.substring(start, end);
    String hint = field.label() + " takes " + field.range();
    if (field == CronField.DAY_OF_WEEK && value == 7) {
      String low = part.substring(0, Math.max(0, part.indexOf('-')));
      int lowValue = field.valueOfName(low).orElse(atoi(low).orElse(-1));
      if (part.equals(written)) {
        hint = "use 0 for Sunday: robfig/cron, which Kubernetes uses, only accepts 0–6";
      } else if (part.equals(low + "-" + written) && lowValue == 0) {
        hint = "use * for every day: Sunday is 0 and robfig/cron, which Kubernetes uses, only accepts 0–6";
      } else if (part.equals(low + "-" + written) && lowValue > 0 && lowValue < 7) {
        String sunday = bound(field, 0, low);
        String upToSaturday = lowValue == 6 ? low : low + "-" + bound(field, 6, low);
        hint = "write " + upToSaturday + "," + sunday + ": Sunday is 0 and robfig/cron, which Kubernetes uses, only "
            + "accepts 0–6";
      } else {
        hint = "Sunday is 0: robfig/cron, which Kubernetes uses, only accepts 0–6";
      }
    } else if (field == CronField.HOUR && value == 24) {
      hint = "midnight is hour 0";
    } else if (value == 0) {
      hint = field.label() + " values start at 1: " + hint;
    }
    throw error(text, field, start, end - start, field.label() + " " + written + " is out of range " + field.range(),
        hint);
  }

  private static int step(String text, CronField field, int start, int end, String part) {
    String s = text.substring(start, end);
    if (s.isEmpty()) {
      throw error(text, field, start - 1, 1, "the slash in " + part + " has no step after it",
          "write a step of 1 or more, e.g. */15");
    }
    OptionalInt step = atoi(s);
    if (step.isEmpty()) {
      throw error(text, field, start, end - start, "step " + s + " in " + part + " is not a number",
          "write a step of 1 or more, e.g. */15");
    }
    if (step.getAsInt() <= 0) {
      throw error(text, field, start, end - start, "step " + s + " in " + part + " is not allowed",
          "a step must be 1 or more; */1 or * means every " + field.label());
    }
    return step.getAsInt();
  }

  /**
   * Go's {@code strconv.Atoi} restricted to what can matter here: an optional {@code +} or {@code -} and one or more
   * ASCII digits. Values beyond {@code int} saturate (they are out of every field's range anyway).
   */
  private static OptionalInt atoi(String s) {
    int i = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
    if (i == s.length()) {
      return OptionalInt.empty();
    }
    long value = 0;
    for (int j = i; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c < '0' || c > '9') {
        return OptionalInt.empty();
      }
      value = Math.min(Integer.MAX_VALUE, value * 10 + (c - '0'));
    }
    return OptionalInt.of((int) (s.charAt(0) == '-' ? -value : value));
  }

  /** Splits on white space as Go's {@code strings.Fields} does; {start, end} char indices of each token. */
  private static List<int[]> tokens(String text) {
    List<int[]> out = new ArrayList<>();
    int i = skipSpace(text, 0);
    while (i < text.length()) {
      int end = tokenEnd(text, i);
      out.add(new int[] {i, end});
      i = skipSpace(text, end);
    }
    return out;
  }

  static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && isGoSpace(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  static int tokenEnd(String text, int from) {
    int i = from;
    while (i < text.length() && !isGoSpace(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  /** Go's {@code unicode.IsSpace}: ASCII white space, NEL, NBSP, and the Unicode space separators. */
  static boolean isGoSpace(int cp) {
    if (cp <= 0xFF) {
      return cp == ' ' || cp >= '\t' && cp <= '\r' || cp == 0x85 || cp == 0xA0;
    }
    return Character.isSpaceChar(cp);
  }

  static CronParseException error(String text, CronField field, int offset, int length, String message,
                                          String hint) {
    return new CronParseException(text, field, offset, length, message, hint);
  }
}
