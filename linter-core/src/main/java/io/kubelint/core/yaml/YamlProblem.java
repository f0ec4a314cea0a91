package io.kubelint.core.yaml;

/**
 * A document that could not be read: a syntax error ({@code yaml-syntax}) or an exceeded {@link YamlLimits limit}
 * ({@code yaml-limit}). Lines and columns are 1-based and count from the start of the file.
 */
public final class YamlProblem extends Exception {

  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** Not valid YAML. */
    SYNTAX,
    /** Valid, but larger, deeper or more aliased than the limits allow. */
    LIMIT
  }

  private final Kind kind;
  private final int line;
  private final int column;

  /**
   * @param kind syntax or limit
   * @param message plain sentence for people
   * @param line 1-based file line
   * @param column 1-based column
   */
  public YamlProblem(Kind kind, String message, int line, int column) {
    super(message, null, false, false);
    this.kind = kind;
    this.line = line;
    this.column = column;
  }

  /** Syntax or limit. */
  public Kind kind() {
    return kind;
  }

  /** 1-based file line. */
  public int line() {
    return line;
  }

  /** 1-based column. */
  public int column() {
    return column;
  }
}
