package io.kubelint.core.rule;

import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Fix;
import io.kubelint.core.model.Severity;
import io.kubelint.core.run.Position;
import io.kubelint.core.run.RunObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Assembles one finding of a {@link RunMatcher}, at a position recorded while its document was read. */
public final class RunFinding {

  private final RuleDescriptor rule;
  private final RuleSettings settings;
  private final RunObject object;
  private final Position at;
  private final List<Finding> sink;
  private final List<String> help = new ArrayList<>();
  private final List<Fix> fixes = new ArrayList<>();
  private String message;
  private Severity severity;

  RunFinding(RuleDescriptor rule, RuleSettings settings, RunObject object, Position at, List<Finding> sink) {
    this.rule = rule;
    this.settings = settings;
    this.object = object;
    this.at = at;
    this.sink = sink;
  }

  /** The message, formatted with {@link String#format} in the root locale: one sentence, no trailing period. */
  public RunFinding message(String format, Object... args) {
    message = String.format(Locale.ROOT, format, args);
    return this;
  }

  /** Adds a {@code help:} line. */
  public RunFinding help(String text) {
    help.add(text);
    return this;
  }

  /** Overrides the rule's default severity for this finding (a configured override still wins). */
  public RunFinding severity(Severity s) {
    severity = s;
    return this;
  }

  /**
   * Suggests replacing the value the finding points at with {@code replacement}; offered only when the position is
   * exactly a one-line scalar ({@link Position#replaceable()}).
   */
  public RunFinding fixValue(String description, String replacement) {
    if (at.replaceable()) {
      fixes.add(new Fix(description, at.line(), at.column(), at.length(), replacement));
    }
    return this;
  }

  /**
   * Adds the finding to the run's results.
   *
   * @throws IllegalStateException when no message was set
   */
  public void emit() {
    if (message == null) {
      throw new IllegalStateException("finding of " + rule.id() + " has no message");
    }
    sink.add(new Finding(rule.id(), settings.severityOf(rule, severity), message, at.file(), at.line(), at.column(), at.length(), at.path(),
        object.ref(), help, fixes, at.sourceLine(), at.identity()));
  }
}
