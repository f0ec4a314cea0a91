package io.kubelint.core.rule;

import io.kubelint.core.model.Finding;
import io.kubelint.core.model.Fix;
import io.kubelint.core.model.Severity;
import io.kubelint.core.text.FieldPaths;
import io.kubelint.core.yaml.SourceDocument;
import io.kubelint.core.yaml.SourceDocument.Target;
import io.kubelint.core.yaml.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonPointer;

/**
 * Assembles one finding; positions are resolved through the document's position index when it is emitted.
 */
public final class FindingBuilder {

  /** What a suggested edit replaces: the key or the value of the path, or nothing (a line inserted before a key). */
  private enum FixKind { KEY, VALUE, INSERT_LINE }

  /** A suggested edit, positioned when the finding is emitted. */
  private record PendingFix(FixKind kind, String description, String text, JsonPointer before) {
  }

  private final RuleDescriptor rule;
  private final ObjectScope scope;
  private final JsonPointer path;
  private Target target = Target.KEY;
  private final int line;
  private final int column;
  private final int length;
  private String message;
  private Severity severity;
  private final List<String> help = new ArrayList<>();
  private final List<PendingFix> fixes = new ArrayList<>();
  private int innerOffset = -1;
  private JsonPointer position;
  private int innerLength;

  FindingBuilder(RuleDescriptor rule, ObjectScope scope, JsonPointer path) {
    this(rule, scope, path, 0, 0, 0);
  }

  /** A finding at a known place ({@code line > 0}), about {@code path} when it is not {@code null}. */
  FindingBuilder(RuleDescriptor rule, ObjectScope scope, JsonPointer path, int line, int column, int length) {
    this.rule = rule;
    this.scope = scope;
    this.path = path;
    this.line = line;
    this.column = column;
    this.length = length;
  }

  /**
   * Point at {@code position} (inside the current object) when it is written in the manifest, while the finding
   * stays about {@code path}: a required field written with a null value is reported at that key, about the
   * mapping that lacks it. Falls back to {@code path}'s own position.
   */
  public FindingBuilder pointAt(JsonPointer position) {
    this.position = position;
    return this;
  }

  /** Point at the value of the path instead of its key. */
  public FindingBuilder atValue() {
    target = Target.VALUE;
    return this;
  }

  /**
   * Point inside a one-line scalar value: {@code offset} code points after the first character of its text, for
   * {@code length} code points (the bad field of a cron schedule). Quoted scalars are allowed for.
   */
  public FindingBuilder insideValue(int offset, int length) {
    target = Target.VALUE;
    innerOffset = offset;
    innerLength = length;
    return this;
  }

  /** The message: one sentence, no trailing period. */
  public FindingBuilder message(String text) {
    message = text;
    return this;
  }

  /** The message, formatted with {@link String#format} in the root locale. */
  public FindingBuilder message(String format, Object... args) {
    message = String.format(Locale.ROOT, format, args);
    return this;
  }

  /** Adds a {@code help:} line. */
  public FindingBuilder help(String text) {
    help.add(text);
    return this;
  }

  /** Overrides the rule's default severity for this finding (a configured override still wins). */
  public FindingBuilder severity(Severity s) {
    severity = s;
    return this;
  }

  /** Suggests replacing the key of the path with {@code replacement}. */
  public FindingBuilder fixKey(String description, String replacement) {
    fixes.add(new PendingFix(FixKind.KEY, description, replacement, null));
    return this;
  }

  /** Suggests replacing the value of the path (its whole text, quotes included) with {@code replacement}. */
  public FindingBuilder fixValue(String description, String replacement) {
    fixes.add(new PendingFix(FixKind.VALUE, description, replacement, null));
    return this;
  }

  /**
   * Suggests inserting {@code text} as a line of its own before the key at {@code before} (a pointer inside the
   * current object, e.g. {@code /kind}), indented like that key. Offered only where that is safe: the key starts
   * its line in a block mapping ({@link SourceDocument#startsBlockLine}).
   */
  public FindingBuilder fixInsertLineBefore(String description, JsonPointer before, String text) {
    fixes.add(new PendingFix(FixKind.INSERT_LINE, description, text, before));
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
    SourceDocument source = scope.source;
    int l = line;
    int c = column;
    int len = length;
    List<Fix> resolvedFixes = new ArrayList<>();
    if (path != null && line == 0) {
      JsonPointer at = absolute(path);
      Span span = source.locate(at, target);
      if (position != null) {
        Span preferred = source.locate(absolute(position), target);
        if (preferred.exact()) {
          span = preferred;
        }
      }
      l = span.line();
      c = span.column();
      len = span.length();
      boolean inline = source.isInlineScalar(at);
      if (innerOffset >= 0 && span.exact() && inline) {
        String text = source.line(l);
        int quote = text != null && c - 1 < text.length() && (text.charAt(c - 1) == '"' || text.charAt(c - 1) == '\'')
            ? 1 : 0;
        c += quote + innerOffset;
        len = innerLength;
      }
      for (PendingFix fix : fixes) {
        if (fix.kind() == FixKind.INSERT_LINE) {
          JsonPointer before = absolute(fix.before());
          Span key = source.locate(before, Target.KEY);
          if (source.startsBlockLine(before)) {
            resolvedFixes.add(new Fix(fix.description(), key.line(), key.column(), 0,
                fix.text() + "\n" + " ".repeat(key.column() - 1)));
          }
          continue;
        }
        Span edit = source.locate(at, fix.kind() == FixKind.KEY ? Target.KEY : Target.VALUE);
        if (edit.exact() && (fix.kind() == FixKind.KEY || inline)) {
          resolvedFixes.add(new Fix(fix.description(), edit.line(), edit.column(), edit.length(), fix.text()));
        }
      }
    }
    Severity effective = scope.env.settings().severityOf(rule, severity);
    String identity = path == null ? "" : scope.object == null ? path.toString()
        : FieldPaths.identity(scope.object.json(), path);
    scope.sink.add(new Finding(rule.id(), effective, message, source.file(), l, c, len,
        path == null ? "" : path.toString(), scope.object == null ? null : scope.object.ref(), help,
        resolvedFixes, source.line(l), identity));
  }

  /** A pointer inside the current object as a pointer inside the document. */
  private JsonPointer absolute(JsonPointer inObject) {
    return scope.object == null ? inObject : scope.object.absolute(inObject);
  }
}
