package dev.oautherrors.processor.model;

import dev.oautherrors.processor.diagnostic.Position;
import dev.oautherrors.runtime.RetryAdvice;
import java.util.List;
import java.util.Optional;

/**
 * A documented sub-cause of a code, told apart by {@code error_description}.
 *
 * @param id the stable identifier (given, or derived from the description)
 * @param description the {@code error_description} the server sends
 * @param aliases other spellings of the description
 * @param cause what causes it (the description when the catalog gives none)
 * @param retry the retry advice, when the reason overrides its code's
 * @param action what to do, when the reason overrides its code's
 * @param position where the reason is written
 */
public record Reason(
    Located<String> id,
    String description,
    List<String> aliases,
    String cause,
    Optional<RetryAdvice> retry,
    Optional<String> action,
    Position position) {

  /** Creates the value. */
  public Reason {
    aliases = List.copyOf(aliases);
  }

  /** The enum constant: the id in upper case. */
  public String constantName() {
    return JavaNames.constantName(id.value());
  }
}
