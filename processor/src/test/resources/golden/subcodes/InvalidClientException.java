package com.example.entra;

import dev.oautherrors.runtime.CatalogEntry;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.StackTrace;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * {@code invalid_client}: The client could not be authenticated.
 *
 * <p>Retry advice: {@link dev.oautherrors.runtime.RetryAdvice#NEVER}.
 *
 * <p>Sub-codes documented with it ({@code subCode()}): {@link SubCode#SUB_7000215}.
 */
@Generated(
    value = "dev.oautherrors.processor.OAuthErrorsProcessor",
    comments = "from errors.yaml"
)
public final class InvalidClientException extends OAuthErrorException {
  private static final long serialVersionUID = 1L;

  /**
   * The wire code, as the catalog spells it.
   */
  public static final String CODE = "invalid_client";

  /**
   * What the catalog says about {@code invalid_client}.
   */
  public static final CatalogEntry ENTRY = CatalogEntry.builder(CODE,
      "The client could not be authenticated.")
      .build();

  private static final Optional<CatalogEntry> CATALOG_ENTRY = Optional.of(ENTRY);

  InvalidClientException(OAuthError error, CodeMatch match, StackTrace stackTrace) {
    super(error, match, stackTrace);
  }

  static OAuthErrorException create(OAuthError error, CodeMatch match, StackTrace stackTrace) {
    return new InvalidClientException(error, match, stackTrace);
  }

  @Override
  public Optional<CatalogEntry> catalogEntry() {
    return CATALOG_ENTRY;
  }

  @Override
  public <R> R accept(OAuthErrorVisitor<R> visitor) {
    return visitor.visitInvalidClient(this);
  }
}
