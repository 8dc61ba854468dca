package com.example.entra;

import dev.oautherrors.runtime.CatalogEntry;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.KnownReason;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.RetryAdvice;
import dev.oautherrors.runtime.StackTrace;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * {@code invalid_grant}: The credentials, code or refresh token were not accepted.
 *
 * <p>Retry advice: {@link dev.oautherrors.runtime.RetryAdvice#NEVER}.
 *
 * <p>Sub-codes documented with it ({@code subCode()}):
 * {@link SubCode#INVALID_USERNAME_OR_PASSWORD}, {@link SubCode#EXPIRED_OR_REVOKED_GRANT},
 * {@link SubCode#MFA_REQUIRED}.
 */
@Generated(
    value = "dev.oautherrors.processor.OAuthErrorsProcessor",
    comments = "from errors.yaml"
)
public final class InvalidGrantException extends OAuthErrorException {
  private static final long serialVersionUID = 1L;

  /**
   * The wire code, as the catalog spells it.
   */
  public static final String CODE = "invalid_grant";

  /**
   * What the catalog says about {@code invalid_grant}.
   */
  public static final CatalogEntry ENTRY = CatalogEntry.builder(CODE,
      "The credentials, code or refresh token were not accepted.")
      .reasons(Reason.values())
      .build();

  private static final Optional<CatalogEntry> CATALOG_ENTRY = Optional.of(ENTRY);

  InvalidGrantException(OAuthError error, CodeMatch match, StackTrace stackTrace) {
    super(error, match, stackTrace);
  }

  static OAuthErrorException create(OAuthError error, CodeMatch match, StackTrace stackTrace) {
    return new InvalidGrantException(error, match, stackTrace);
  }

  @Override
  public Optional<CatalogEntry> catalogEntry() {
    return CATALOG_ENTRY;
  }

  /**
   * The documented sub-cause that this error's {@code error_description} names, if any.
   */
  public Optional<Reason> reason() {
    return knownReason().map(Reason.class::cast);
  }

  @Override
  public <R> R accept(OAuthErrorVisitor<R> visitor) {
    return visitor.visitInvalidGrant(this);
  }

  /**
   * The documented sub-causes of {@code invalid_grant}, told apart by {@code error_description}.
   */
  public enum Reason implements KnownReason {
    /**
     * {@code account is locked}: account is locked
     */
    ACCOUNT_IS_LOCKED(
        "account_is_locked",
        "account is locked",
        "account is locked",
        RetryAdvice.BACK_OFF,
        null);

    private final String id;

    private final String description;

    private final String cause;

    private final RetryAdvice retryAdvice;

    private final Optional<String> action;

    private final List<String> aliases;

    Reason(String id, String description, String cause, RetryAdvice retryAdvice, String action,
        String... aliases) {
      this.id = id;
      this.description = description;
      this.cause = cause;
      this.retryAdvice = retryAdvice;
      this.action = Optional.ofNullable(action);
      this.aliases = List.of(aliases);
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String description() {
      return description;
    }

    @Override
    public String cause() {
      return cause;
    }

    @Override
    public RetryAdvice retryAdvice() {
      return retryAdvice;
    }

    @Override
    public Optional<String> action() {
      return action;
    }

    @Override
    public List<String> aliases() {
      return aliases;
    }
  }
}
