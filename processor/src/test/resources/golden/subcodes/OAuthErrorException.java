package com.example.entra;

import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.StackTrace;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * An OAuth error from the catalog {@code errors.yaml}: one final subclass per code, and
 * {@link UnknownOAuthErrorException} for codes the catalog does not know.
 *
 * <p>Handle every code with {@link #accept(OAuthErrorVisitor)}, an {@code @OAuthErrorHandler} class
 * and its generated dispatcher, or a {@code switch} over this sealed type.
 */
@Generated(
    value = "dev.oautherrors.processor.OAuthErrorsProcessor",
    comments = "from errors.yaml"
)
public abstract sealed class OAuthErrorException extends AbstractOAuthErrorException
    permits InvalidGrantException,
        InvalidClientException,
        InteractionRequiredException,
        UnknownOAuthErrorException {
  private static final long serialVersionUID = 1L;

  OAuthErrorException(OAuthError error, CodeMatch match, StackTrace stackTrace) {
    super(error, match, stackTrace);
  }

  /**
   * Calls the visitor's method for this error's code.
   *
   * @param visitor the visitor
   * @param <R> the visitor's result type
   * @return what the visitor's method returns
   */
  public abstract <R> R accept(OAuthErrorVisitor<R> visitor);

  /**
   * This error as its exception type; lets a group interface be thrown.
   */
  public final OAuthErrorException asException() {
    return this;
  }

  @Override
  public final OAuthErrorException withStackTrace() {
    return OAuthErrors.create(error(), StackTrace.CAPTURE);
  }

  /**
   * The provider sub-code of this error: empty when the response carries none;
   * {@link SubCode#UNKNOWN} when the catalog does not list it ({@link #rawSubCode()} keeps the
   * value as sent).
   */
  public final Optional<SubCode> subCode() {
    return rawSubCode().map(SubCode::of);
  }
}
