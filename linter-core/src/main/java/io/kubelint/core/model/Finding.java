package io.kubelint.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a manifest, with the exact place it is about.
 *
 * @param ruleId id of the rule that reported it, e.g. {@code unknown-field}
 * @param severity effective severity (the rule's default unless configured otherwise)
 * @param message one sentence, for people
 * @param file the input as named in reports: a path relative to the working directory when the input lies
 *     below it, {@code <stdin>} (or the {@code --stdin-name}) for standard input
 * @param line 1-based line
 * @param column 1-based column, in Unicode code points
 * @param length number of code points the finding spans on that line (at least 1), for carets and SARIF regions
 * @param path JSON pointer of the field inside its object ({@code /spec/replicas}); empty for the whole object
 *     or when the finding is not about an object (a YAML syntax error)
 * @param object the object the finding is about, or {@code null} when it is about the file
 * @param help further lines for people: suggestions and explanations, each without the {@code help:} prefix
 * @param fixes edits that resolve the finding
 * @param sourceLine the text of {@code line} (without its line break), or {@code null} when unknown
 * @param identity where the finding is in terms that survive unrelated edits: {@code path} with each list item
 *     that has a {@code name} (containers, env, volumes, ports…) named instead of numbered,
 *     {@code /spec/containers/[web]/env/[PORT]/value}; used for fingerprints
 */
public record Finding(String ruleId, Severity severity, String message, String file, int line, int column,
                      int length, String path, ObjectRef object, List<String> help, List<Fix> fixes,
                      String sourceLine, String identity) {

  /** A finding whose identity is its path. */
  public Finding(String ruleId, Severity severity, String message, String file, int line, int column, int length,
                 String path, ObjectRef object, List<String> help, List<Fix> fixes, String sourceLine) {
    this(ruleId, severity, message, file, line, column, length, path, object, help, fixes, sourceLine, path);
  }

  /** Validates and copies the lists. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(file, "file");
    path = path == null ? "" : path;
    identity = identity == null ? path : identity;
    help = List.copyOf(help);
    fixes = List.copyOf(fixes);
    line = Math.max(1, line);
    column = Math.max(1, column);
    length = Math.max(1, length);
  }
}
