package dev.oautherrors.runtime;

/**
 * Whether a new typed exception records the stack trace of its creation. Capturing one costs about
 * a microsecond, more than a whole parse, so the parsers {@link #OMIT} it; code that throws the
 * exception right away wants {@link #CAPTURE}.
 */
public enum StackTrace {
  /** Record the current stack trace: the exception is about to be thrown. */
  CAPTURE,
  /**
   * Record none (the parsers' results); {@link AbstractOAuthErrorException#withStackTrace()}
   * makes a copy that has one.
   */
  OMIT
}
