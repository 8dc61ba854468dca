package com.example.golden;

import dev.oautherrors.runtime.CatalogEntry;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.StackTrace;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * {@code No_OAuth_State}: The OAuth state was tampered with or is missing.
 *
 * <p>Retry advice: {@link dev.oautherrors.runtime.RetryAdvice#NEVER}.
 */
@Generated(
    value = "dev.oautherrors.processor.OAuthErrorsProcessor",
    comments = "from errors.yaml"
)
public final class NoOAuthStateException extends OAuthErrorException {
  private static final long serialVersionUID = 1L;

  /**
   * The wire code, as the catalog spells it.
   */
  public static final String CODE = "No_OAuth_State";

  /**
   * What the catalog says about {@code No_OAuth_State}.
   */
  public static final CatalogEntry ENTRY = CatalogEntry.builder(CODE,
      "The OAuth state was tampered with or is missing.")
      .build();

  private static final Optional<CatalogEntry> CATALOG_ENTRY = Optional.of(ENTRY);

  NoOAuthStateException(OAuthError error, CodeMatch match, StackTrace stackTrace) {
    super(error, match, stackTrace);
  }

  static OAuthErrorException create(OAuthError error, CodeMatch match, StackTrace stackTrace) {
    return new NoOAuthStateException(error, match, stackTrace);
  }

  @Override
  public Optional<CatalogEntry> catalogEntry() {
    return CATALOG_ENTRY;
  }

  @Override
  public <R> R accept(OAuthErrorVisitor<R> visitor) {
    return visitor.visitNoOAuthState(this);
  }
}
