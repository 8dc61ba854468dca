package dev.oautherrors.runtime;

import java.util.Objects;

/**
 * The superclass of every catalog's generated base exception. It holds the {@link OAuthError} and
 * how its code was matched; the generated subclasses add the catalog's metadata and the visitor.
 *
 * <p>Exceptions made by the parsers' result form carry no stack trace, because capturing one costs
 * about a microsecond and a caller that only dispatches never looks at it. {@link
 * ParseResult#orThrow()} throws a copy made by {@link #withStackTrace()}.
 */
public abstract class AbstractOAuthErrorException extends RuntimeException
    implements TypedOAuthError {
  private static final long serialVersionUID = 1L;

  private final OAuthError error;
  private final CodeMatch match;

  /**
   * Creates an exception for {@code error}.
   *
   * @param stackTrace whether to record the current stack trace
   */
  protected AbstractOAuthErrorException(
      OAuthError error, CodeMatch match, StackTrace stackTrace) {
    super(null, null, true, stackTrace == StackTrace.CAPTURE);
    this.error = Objects.requireNonNull(error, "error");
    this.match = Objects.requireNonNull(match, "match");
  }

  /**
   * Whether this exception recorded a stack trace when it was made ({@link StackTrace#CAPTURE});
   * the parsers' exceptions did not. Generated dispatchers rethrow one without a trace as a copy
   * made by {@link #withStackTrace()}, so that the caller sees where it was thrown.
   */
  public final boolean hasStackTrace() {
    return getStackTrace().length > 0;
  }

  @Override
  public final OAuthError error() {
    return error;
  }

  @Override
  public final CodeMatch match() {
    return match;
  }

  /** The same error as a new exception that records the stack trace of this call. */
  public abstract AbstractOAuthErrorException withStackTrace();

  /** {@code code: description}, with control characters neutralised for logs. */
  @Override
  public String getMessage() {
    return error.toString();
  }
}
