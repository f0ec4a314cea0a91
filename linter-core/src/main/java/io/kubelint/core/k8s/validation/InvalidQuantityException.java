package io.kubelint.core.k8s.validation;

/**
 * A string that {@code resource.ParseQuantity} refuses. The message says why in plain words; {@link #reason()} says
 * which of the three upstream errors it is.
 */
public final class InvalidQuantityException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The upstream errors of {@code k8s.io/apimachinery/pkg/api/resource/quantity.go}. */
  public enum Reason {
    /** {@code ErrFormatWrong}: not a number with a suffix at all ({@code 1.2.3}, {@code 500 m}, {@code ""}). */
    FORMAT,
    /** {@code ErrSuffix}: a number and a suffix that is not one ({@code 500mi}, {@code 1Mii}, {@code 5kM}). */
    SUFFIX,
    /** {@code ErrNumeric}: a number part without digits where the exact path reads it ({@code .e-10}). */
    NUMBER
  }

  private final Reason reason;
  private final int position;

  InvalidQuantityException(Reason reason, int position, String message) {
    super(message);
    this.reason = reason;
    this.position = position;
  }

  /** Which upstream error this is. */
  public Reason reason() {
    return reason;
  }

  /**
   * The 0-based index of the character where the quantity stops making sense (the start of an unknown suffix, the
   * first character after a number and its suffix), or -1 when there is no such place (an empty string).
   */
  public int position() {
    return position;
  }
}
