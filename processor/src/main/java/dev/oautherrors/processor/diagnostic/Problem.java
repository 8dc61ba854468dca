package dev.oautherrors.processor.diagnostic;

import java.util.List;
import java.util.Objects;

/**
 * A problem found by a check, not yet put into words: which message, where, and the values the
 * message needs. {@link Diagnostics} words and reports it.
 *
 * @param message the message
 * @param location where the problem is
 * @param args the values for the message's placeholders
 */
public record Problem(Message message, Location location, List<Object> args) {

  /** Creates the value. */
  public Problem {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    args = List.copyOf(args);
  }

  /** A problem with the given message, place and values. */
  public static Problem of(Message message, Location location, Object... args) {
    return new Problem(message, location, List.of(args));
  }

  /** The message's text for this problem, with its ID, without the location. */
  public String text() {
    return message.format(args.toArray());
  }
}
