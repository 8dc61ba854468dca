package dev.oautherrors.runtime;

import java.util.Optional;

/**
 * An OAuth error as one of a catalog's generated types: the error as sent, plus what the catalog
 * says about its code. Every generated exception implements it, and so does every generated group
 * interface, so a handler that takes a group can read the same details.
 */
public interface TypedOAuthError {

  /** The error exactly as sent, with the raw response it came from. */
  OAuthError error();

  /** How the wire code was matched to the catalog. */
  CodeMatch match();

  /** The catalog's entry for the code; empty for a code the catalog does not know. */
  Optional<CatalogEntry> catalogEntry();

  /** The wire code exactly as sent. */
  default String code() {
    return error().code();
  }

  /** The {@code error_description} exactly as sent. */
  default Optional<String> description() {
    return error().description();
  }

  /**
   * The provider sub-code exactly as sent, when the catalog declares {@code subCodes:} and the
   * response carries one; kept whether or not the catalog lists it. The generated base exception's
   * {@code subCode()} gives it as the catalog's enum.
   */
  default Optional<String> rawSubCode() {
    return error().subCode();
  }

  /** Whether the catalog knows the code. */
  default boolean isKnown() {
    return catalogEntry().isPresent();
  }

  /** The identifier of the catalog group (category) the code belongs to, if any. */
  default Optional<String> group() {
    return catalogEntry().flatMap(CatalogEntry::group);
  }

  /** The catalog's documented cause, or a note that the catalog does not list the code. */
  default String documentedCause() {
    return catalogEntry()
        .map(CatalogEntry::cause)
        .orElse("The catalog does not list this code; the server may have added it.");
  }

  /** The documented sub-cause that the {@code error_description} names, if any. */
  default Optional<KnownReason> knownReason() {
    return catalogEntry().flatMap(entry -> entry.reasonFor(error().description().orElse(null)));
  }

  /**
   * What the application or admin should do: the known reason's advice, else the code's; empty
   * when the catalog gives none.
   */
  default Optional<String> action() {
    Optional<String> reasonAction = knownReason().flatMap(KnownReason::action);
    return reasonAction.isPresent()
        ? reasonAction
        : catalogEntry().flatMap(CatalogEntry::action);
  }

  /**
   * What to do before trying again: the known reason's advice, else the code's; {@link
   * RetryAdvice#NEVER} for unknown codes.
   */
  default RetryAdvice retryAdvice() {
    Optional<KnownReason> reason = knownReason();
    if (reason.isPresent()) {
      return reason.get().retryAdvice();
    }
    return catalogEntry().map(CatalogEntry::retryAdvice).orElse(RetryAdvice.NEVER);
  }
}
