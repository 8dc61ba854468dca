package com.example.golden;

import dev.oautherrors.runtime.CatalogEntry;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.RetryAdvice;
import dev.oautherrors.runtime.StackTrace;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * {@code slow_down}: The client polls more often than the minimum interval.
 *
 * <p>Flows: {@code device}.
 *
 * <p>Retry advice: {@link dev.oautherrors.runtime.RetryAdvice#SLOW_DOWN}.
 */
@Generated(
    value = "dev.oautherrors.processor.OAuthErrorsProcessor",
    comments = "from errors.yaml"
)
public final class SlowDownException extends OAuthErrorException {
  private static final long serialVersionUID = 1L;

  /**
   * The wire code, as the catalog spells it.
   */
  public static final String CODE = "slow_down";

  /**
   * What the catalog says about {@code slow_down}.
   */
  public static final CatalogEntry ENTRY = CatalogEntry.builder(CODE,
      "The client polls more often than the minimum interval.")
      .flows("device")
      .retryAdvice(RetryAdvice.SLOW_DOWN)
      .build();

  private static final Optional<CatalogEntry> CATALOG_ENTRY = Optional.of(ENTRY);

  SlowDownException(OAuthError error, CodeMatch match, StackTrace stackTrace) {
    super(error, match, stackTrace);
  }

  static OAuthErrorException create(OAuthError error, CodeMatch match, StackTrace stackTrace) {
    return new SlowDownException(error, match, stackTrace);
  }

  @Override
  public Optional<CatalogEntry> catalogEntry() {
    return CATALOG_ENTRY;
  }

  @Override
  public <R> R accept(OAuthErrorVisitor<R> visitor) {
    return visitor.visitSlowDown(this);
  }
}
