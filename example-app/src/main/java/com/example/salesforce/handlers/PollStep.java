package com.example.salesforce.handlers;

import java.time.Duration;
import java.util.Objects;

/**
 * The device-flow poller's next step after an error (RFC 8628 §3.5).
 *
 * @param kind keep polling, poll slower, or stop
 * @param why the reason, in words
 */
public record PollStep(Kind kind, String why) {

  /** RFC 8628: {@code slow_down} raises the interval by five seconds, for good. */
  public static final Duration SLOW_DOWN_INCREMENT = Duration.ofSeconds(5);

  /** What the poller does next. */
  public enum Kind {
    /** Poll again at the same interval. */
    CONTINUE,
    /** Poll again with the interval raised by {@link #SLOW_DOWN_INCREMENT}. */
    SLOW_DOWN,
    /** Stop polling; {@link PollStep#decision()} says what to do instead. */
    STOP
  }

  /** Creates the value. */
  public PollStep {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(why, "why");
  }

  static PollStep stop(Decision.Action action, String why) {
    return new PollStep(Kind.STOP, action.label() + ": " + why);
  }
}
