package io.kubelint.rules.cron;

import io.kubelint.core.k8s.KubeObject;
import io.kubelint.core.model.Severity;
import io.kubelint.core.rule.FindingBuilder;
import io.kubelint.core.rule.ObjectMatcher;
import io.kubelint.core.rule.RuleContext;
import io.kubelint.core.rule.RuleInfo;
import io.kubelint.core.rule.RuleSet;
import io.kubelint.core.text.DidYouMean;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A CronJob (kind {@code CronJob} of the {@code batch} group: {@code batch/v1}, or the older {@code batch/v1beta1})
 * whose {@code spec.schedule} or {@code spec.timeZone} the API server rejects, or whose schedule can never fire.
 *
 * <p>The schedule is parsed with {@link CronSchedule}, which accepts what the API server accepts (robfig/cron v3's
 * standard parser, no {@code TZ=} prefix); an error points at the offending field inside the schedule string. A
 * schedule that parses but {@linkplain CronSchedule#canFire() never fires} is a warning: the API server stores it,
 * and the CronJob controller records an {@code InvalidSchedule} event instead of ever creating a Job
 * ({@code mostRecentScheduleTime} in
 * https://github.com/kubernetes/kubernetes/blob/master/pkg/controller/cronjob/utils.go). The time zone is checked
 * as the API server checks it ({@link CronTimeZone}, which the simulator shares). A missing or non-string
 * schedule is left to the schema validation.
 */
@RuleInfo(id = "cron-schedule", severity = Severity.ERROR,
    summary = "A CronJob's schedule or time zone is rejected by the API server, or its schedule never fires",
    rationale = "The API server validates spec.schedule with the robfig/cron parser: five fields (minute hour "
        + "day-of-month month day-of-week, Sunday is 0) or a macro such as @daily; it rejects a TZ= or CRON_TZ= "
        + "prefix, since the zone belongs in spec.timeZone, and a spec.timeZone that is not an IANA time zone. A "
        + "schedule naming a day that never comes, such as day 30 of February, is accepted, but the CronJob "
        + "controller then never creates a Job.",
    docs = "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax",
    kinds = "batch/CronJob",
    sets = {RuleSet.RECOMMENDED, RuleSet.RELIABILITY})
public final class CronScheduleRule implements ObjectMatcher {

  private static final JsonPointer SCHEDULE = JsonPointer.compile("/spec/schedule");
  private static final JsonPointer TIME_ZONE = JsonPointer.compile("/spec/timeZone");

  @Override
  public void matchObject(KubeObject object, RuleContext ctx) {
    JsonNode schedule = object.at(SCHEDULE);
    if (schedule.isString()) {
      checkSchedule(schedule.asString(), ctx);
    }
    JsonNode zone = object.at(TIME_ZONE);
    if (zone.isString()) {
      checkTimeZone(zone.asString(), ctx);
    }
  }

  private static void checkSchedule(String text, RuleContext ctx) {
    CronSchedule schedule;
    try {
      schedule = CronSchedule.parse(text);
    } catch (CronParseException e) {
      FindingBuilder finding = at(ctx, text, e.offset(), e.length())
          .message("invalid schedule %s: %s", quote(text), e.getMessage());
      e.hint().ifPresent(finding::help);
      if (e.field().orElse(null) == CronField.DAY_OF_WEEK && isListItem(text, e.offset(), e.length())
          && e.part().equals("7") && pointable(ctx, text)) {
        String fixed = text.substring(0, e.offset()) + "0" + text.substring(e.offset() + e.length());
        finding.fixValue("use 0 for Sunday", quote(fixed));
      }
      finding.emit();
      return;
    }
    if (!schedule.canFire()) {
      reportNeverFires(schedule, ctx);
    }
  }

  private static void reportNeverFires(CronSchedule schedule, RuleContext ctx) {
    CronField culprit = CronField.DAY_OF_MONTH;
    String why = null;
    for (CronField f : List.of(CronField.MINUTE, CronField.HOUR, CronField.MONTH)) {
      if (why == null && schedule.values(f).isEmpty()) {
        culprit = f;
        why = noValue(f);
      }
    }
    SortedSet<Integer> days = schedule.values(CronField.DAY_OF_MONTH);
    boolean domWildcard = schedule.isWildcard(CronField.DAY_OF_MONTH);
    boolean dowWildcard = schedule.isWildcard(CronField.DAY_OF_WEEK);
    if (why == null && domWildcard && !dowWildcard) {
      culprit = CronField.DAY_OF_WEEK;
      why = noValue(culprit);
    } else if (why == null) {
      if (days.isEmpty()) {
        why = noValue(culprit);
      } else {
        List<String> months = new ArrayList<>();
        for (int m : schedule.values(CronField.MONTH)) {
          months.add(Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        why = (days.size() == 1 ? "day " : "days ") + join(days.stream().map(String::valueOf).toList(), "and")
            + " never " + (days.size() == 1 ? "occurs" : "occur") + " in " + join(months, "or");
      }
      if (!domWildcard && !dowWildcard) {
        why += " and the day-of-week field selects no value";
      }
    }
    String text = schedule.text();
    CronSchedule.Span span = schedule.span(culprit).orElse(new CronSchedule.Span(0, 0));
    at(ctx, text, span.offset(), span.length())
        .severity(Severity.WARNING)
        .message("schedule %s can never fire: %s", quote(text), why)
        .help(culprit == CronField.DAY_OF_MONTH && !days.isEmpty()
            ? "choose days that exist in the selected months (days 1–28 exist in all of them); the API server "
                + "accepts the schedule, but the CronJob controller never creates a Job for it"
            : "a field written as just commas selects nothing; write * for every " + culprit.label())
        .emit();
  }

  private static String noValue(CronField field) {
    return "the " + field.label() + " field selects no value";
  }

  private static void checkTimeZone(String zone, RuleContext ctx) {
    FindingBuilder finding = ctx.report(TIME_ZONE).atValue();
    if (zone.isEmpty()) {
      finding.message("timeZone must not be empty")
          .help("leave timeZone out to use the time zone of kube-controller-manager, or name an IANA time zone "
              + "such as Etc/UTC")
          .emit();
      return;
    }
    if (zone.equalsIgnoreCase("Local")) {
      finding.message("timeZone must name an IANA time zone, not %s", zone)
          .help("leave timeZone out to use the time zone of kube-controller-manager, or name the zone, such as "
              + "Europe/Berlin")
          .emit();
      return;
    }
    if (CronTimeZone.accepted(zone).isPresent()) {
      return;
    }
    Set<String> known = CronTimeZone.known();
    finding.message("timeZone %s is not an IANA time zone", zone);
    String sameIgnoringCase = known.stream().filter(z -> z.equalsIgnoreCase(zone)).findFirst().orElse(null);
    if (sameIgnoringCase != null) {
      finding.help("time zone names are case-sensitive: write " + sameIgnoringCase)
          .fixValue("use " + sameIgnoringCase, sameIgnoringCase);
    } else {
      DidYouMean.closest(zone, known).ifPresentOrElse(
          z -> finding.help("did you mean " + z + "?").fixValue("use " + z, z),
          () -> finding.help("use a name from the IANA time zone database, such as Europe/Berlin or "
              + "America/New_York; abbreviations such as CEST or PST are not zones"));
    }
    finding.emit();
  }

  /** Whether the part is a whole item of its field's list (not the end of a range, not stepped). */
  private static boolean isListItem(String text, int offset, int length) {
    int end = offset + length;
    boolean before = offset == 0 || text.charAt(offset - 1) == ',' || CronParser.isGoSpace(text.charAt(offset - 1));
    boolean after = end == text.length() || text.charAt(end) == ',' || CronParser.isGoSpace(text.charAt(end));
    return before && after;
  }

  /**
   * Starts a finding at a part of the schedule string when the scalar as written is the string itself (one line,
   * no escapes, no quotes inside), else at the whole value.
   */
  private static FindingBuilder at(RuleContext ctx, String text, int offset, int length) {
    if (length == 0 || !pointable(ctx, text)) {
      return ctx.report(SCHEDULE).atValue();
    }
    int cpOffset = text.codePointCount(0, offset);
    int cpLength = text.codePointCount(offset, offset + length);
    return ctx.report(SCHEDULE).insideValue(cpOffset, cpLength);
  }

  /**
   * Whether offsets in the value are offsets in the source line. The context gives the scalar's value, not its
   * raw text, so this is judged from the value: escapes, quotes and line breaks (a block or folded scalar) could
   * all make the two differ.
   */
  private static boolean pointable(RuleContext ctx, String text) {
    if (!text.equals(ctx.sourceText(SCHEDULE))) {
      return false;
    }
    return text.codePoints().noneMatch(cp -> cp < 0x20 || cp >= 0x7F && cp <= 0x9F || cp == '"' || cp == '\''
        || cp == '\\');
  }

  /** The text as a double-quoted YAML (and JSON) string: fit for a message and for a fix. */
  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        default -> {
          if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F) {
            out.append(String.format(Locale.ROOT, "\\u%04x", cp));
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.append('"').toString();
  }

  private static String join(List<String> items, String last) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + last + " " + items.get(items.size() - 1);
  }
}
