package com.example.entra;

import dev.oautherrors.runtime.CatalogEntry;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.StackTrace;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * An OAuth error whose code the catalog {@code errors.yaml} does not list. Servers add codes; this
 * type keeps the code exactly as sent ({@link #code()}), so nothing is lost and handlers can still
 * log it, show it, or alert someone.
 */
@Generated(
    value = "dev.oautherrors.processor.OAuthErrorsProcessor",
    comments = "from errors.yaml"
)
public final class UnknownOAuthErrorException extends OAuthErrorException {
  private static final long serialVersionUID = 1L;

  UnknownOAuthErrorException(OAuthError error, StackTrace stackTrace) {
    super(error, CodeMatch.UNKNOWN, stackTrace);
  }

  /**
   * Typed as the base, like the factories of the catalog's codes.
   */
  static OAuthErrorException create(OAuthError error, StackTrace stackTrace) {
    return new UnknownOAuthErrorException(error, stackTrace);
  }

  /**
   * Always empty: the catalog does not list this code.
   */
  @Override
  public Optional<CatalogEntry> catalogEntry() {
    return Optional.empty();
  }

  @Override
  public <R> R accept(OAuthErrorVisitor<R> visitor) {
    return visitor.visitUnknown(this);
  }
}
