package com.example.entra;

import dev.oautherrors.runtime.CatalogEntry;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.StackTrace;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * {@code interaction_required}: The user must sign in interactively.
 *
 * <p>Retry advice: {@link dev.oautherrors.runtime.RetryAdvice#NEVER}.
 *
 * <p>Sub-codes documented with it ({@code subCode()}): {@link SubCode#MFA_REQUIRED}.
 */
@Generated(
    value = "dev.oautherrors.processor.OAuthErrorsProcessor",
    comments = "from errors.yaml"
)
public final class InteractionRequiredException extends OAuthErrorException {
  private static final long serialVersionUID = 1L;

  /**
   * The wire code, as the catalog spells it.
   */
  public static final String CODE = "interaction_required";

  /**
   * What the catalog says about {@code interaction_required}.
   */
  public static final CatalogEntry ENTRY = CatalogEntry.builder(CODE,
      "The user must sign in interactively.")
      .build();

  private static final Optional<CatalogEntry> CATALOG_ENTRY = Optional.of(ENTRY);

  InteractionRequiredException(OAuthError error, CodeMatch match, StackTrace stackTrace) {
    super(error, match, stackTrace);
  }

  static OAuthErrorException create(OAuthError error, CodeMatch match, StackTrace stackTrace) {
    return new InteractionRequiredException(error, match, stackTrace);
  }

  @Override
  public Optional<CatalogEntry> catalogEntry() {
    return CATALOG_ENTRY;
  }

  @Override
  public <R> R accept(OAuthErrorVisitor<R> visitor) {
    return visitor.visitInteractionRequired(this);
  }
}
