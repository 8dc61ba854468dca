package dev.oautherrors.runtime;

/**
 * Thrown by {@link ParseResult#orThrow()} when a response is not an OAuth response at all. Carries
 * the outcome, and with it the raw response.
 */
public final class NotOAuthResponseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The outcome; not serialised, since it holds a generic parse result. */
  private final transient ParseResult.NotOAuth<?> outcome;

  /** Creates the exception for {@code outcome}. */
  public NotOAuthResponseException(ParseResult.NotOAuth<?> outcome) {
    super(outcome.problem() + ": " + SafeText.forLog(outcome.detail()));
    this.outcome = outcome;
  }

  /** The outcome, with the problem, its detail and the raw response; null after deserialisation. */
  public ParseResult.NotOAuth<?> outcome() {
    return outcome;
  }
}
