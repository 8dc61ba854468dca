package com.example.golden;

import dev.oautherrors.runtime.CatalogEntry;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.StackTrace;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * {@code access_denied}: User denied access to the client app.
 *
 * <p>Also sent as {@code access-denied}.
 *
 * <p>Flows: {@code web_server}, {@code device}.
 *
 * <p>Retry advice: {@link dev.oautherrors.runtime.RetryAdvice#NEVER}.
 *
 * <p>What to do: Tell the user that access was not granted.
 */
@Generated(
    value = "dev.oautherrors.processor.OAuthErrorsProcessor",
    comments = "from errors.yaml"
)
public final class AccessDeniedException extends OAuthErrorException {
  private static final long serialVersionUID = 1L;

  /**
   * The wire code, as the catalog spells it.
   */
  public static final String CODE = "access_denied";

  /**
   * What the catalog says about {@code access_denied}.
   */
  public static final CatalogEntry ENTRY = CatalogEntry.builder(CODE,
      "User denied access to the client app.")
      .aliases("access-denied")
      .flows("web_server", "device")
      .action("Tell the user that access was not granted.")
      .build();

  private static final Optional<CatalogEntry> CATALOG_ENTRY = Optional.of(ENTRY);

  AccessDeniedException(OAuthError error, CodeMatch match, StackTrace stackTrace) {
    super(error, match, stackTrace);
  }

  static OAuthErrorException create(OAuthError error, CodeMatch match, StackTrace stackTrace) {
    return new AccessDeniedException(error, match, stackTrace);
  }

  @Override
  public Optional<CatalogEntry> catalogEntry() {
    return CATALOG_ENTRY;
  }

  @Override
  public <R> R accept(OAuthErrorVisitor<R> visitor) {
    return visitor.visitAccessDenied(this);
  }
}
