package dev.oautherrors.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One documented sub-cause of an error code, told apart by the server's {@code error_description}
 * (for example {@code invalid_grant} with "expired access/refresh token"). Generated per-code
 * {@code Reason} enums implement this interface.
 */
public interface KnownReason {

  /** The reason's stable identifier from the catalog, for example {@code expired_token}. */
  String id();

  /** The {@code error_description} text the catalog documents for this reason. */
  String description();

  /** What causes it, from the catalog. */
  String cause();

  /** What to do about it: the reason's own advice, or its code's when the catalog gives none. */
  RetryAdvice retryAdvice();

  /** What the application or admin should do, when the catalog says so for this reason. */
  Optional<String> action();

  /** Other spellings of the description that servers are known to send. */
  List<String> aliases();

  /**
   * Every {@code error_description} that identifies this reason: {@link #description()}, then
   * its {@link #aliases()}. Matched as {@link ReasonText#matches} says.
   */
  default List<String> spellings() {
    List<String> spellings = new ArrayList<>(1 + aliases().size());
    spellings.add(description());
    spellings.addAll(aliases());
    return spellings;
  }
}
