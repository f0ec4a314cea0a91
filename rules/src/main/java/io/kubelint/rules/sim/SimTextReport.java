package io.kubelint.rules.sim;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulation as text, the way an operator would have seen it: the {@code kubectl get pods -w} timeline (NAME,
 * READY, STATUS, RESTARTS, AGE, after a TIME column with the time since the objects were applied), the events as {@code kubectl describe} lists them (repeats counted as
 * {@code (xN over …)}, ages as at the end of the simulated time, with the object each is about), then the
 * verdicts with their cause and fix.
 */
public final class SimTextReport {

  private SimTextReport() {
  }

  /**
   * Writes one workload's simulation.
   *
   * @param header the first line ({@code Deployment/web (deploy.yaml:1)})
   * @param window how the simulated time was chosen ("the lint window: until the Job ends, at most 24h"), or
   *     {@code null}
   * @param where turns a pointer of the object into a place in the file
   */
  public static void write(SimResult r, String header, String window, Location where, PrintWriter out) {
    out.println(header + ": " + Durations.exact(r.windowMillis()) + " simulated"
        + (window == null ? "" : " (" + window + ")") + (r.startedAt() == null ? "" : ", from " + r.startedAt()));
    for (String note : r.notes()) {
      out.println("Note: " + note);
    }
    out.println();
    if (r.timeline().isEmpty()) {
      out.println("(no pods)");
    } else {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"TIME", "NAME", "READY", "STATUS", "RESTARTS", "AGE"});
      for (TimelineRow row : r.timeline()) {
        rows.add(new String[] {Durations.exact(row.atMillis()), row.pod(), row.ready(), row.status(),
            row.restartsText(), Durations.human(row.ageMillis())});
      }
      table(rows, "", out);
    }
    out.println();
    out.println("Events:");
    if (r.events().isEmpty()) {
      out.println("  <none>");
    } else {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"Type", "Reason", "Age", "From", "Object", "Message"});
      rows.add(new String[] {"----", "------", "----", "----", "------", "-------"});
      long end = r.windowMillis();
      for (SimEvent e : r.events()) {
        String age = Durations.human(end - e.lastMillis())
            + (e.count() > 1 ? " (x" + e.count() + " over " + Durations.human(end - e.atMillis()) + ")" : "");
        rows.add(new String[] {e.type(), e.reason(), age, e.from(), e.object(), e.message()});
      }
      table(rows, "  ", out);
    }
    out.println();
    for (Verdict v : r.verdicts()) {
      out.println("Verdict: " + v.kind().label() + ": " + v.sentence());
      if (v.cause() != null) {
        out.println("  cause: " + v.cause().text() + " [" + strength(v.cause().strength()) + ", "
            + where.ofCause(v.cause()) + "]");
        if (!v.cause().fix().isEmpty()) {
          out.println("  fix:   " + v.cause().fix());
        }
      }
    }
  }

  /** {@code static evidence} or {@code hint}. */
  public static String strength(Evidence.Strength s) {
    return s == Evidence.Strength.STATIC ? "static evidence" : "hint";
  }

  private static void table(List<String[]> rows, String indent, PrintWriter out) {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < columns; i++) {
        line.append(row[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(width[i] - row[i].length() + 3));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
