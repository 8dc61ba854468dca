package dev.oautherrors.runtime;

/**
 * What a client should do about an error before it sends the same request again, as the catalog
 * records it for each code (and, where it differs, for each known reason).
 */
public enum RetryAdvice {
  /** Do not repeat the request unchanged: it fails the same way until something is fixed. */
  NEVER,
  /**
   * Poll again at the current interval (RFC 8628 {@code authorization_pending}: the user has not
   * approved the device yet).
   */
  POLL,
  /**
   * Poll again with the interval raised by five seconds, for this and every later request (RFC 8628
   * {@code slow_down}).
   */
  SLOW_DOWN,
  /** Retry later with exponential back-off: the server is overloaded or limiting this client. */
  BACK_OFF,
  /** Start the flow over from the beginning (for example an expired device code). */
  RESTART;

  /** Whether the same request may be sent again at all, now or later. */
  public boolean allowsRetry() {
    return this != NEVER && this != RESTART;
  }
}
