package com.example.golden;

import javax.annotation.processing.Generated;

/**
 * Handles every code of the catalog {@code errors.yaml}: one method per code, and
 * {@link #visitUnknown} for codes the catalog does not know. When the catalog gains a code, every
 * implementation stops compiling until it handles it.
 *
 * @param <R> what handling an error returns
 */
@Generated(
    value = "dev.oautherrors.processor.OAuthErrorsProcessor",
    comments = "from errors.yaml"
)
public interface OAuthErrorVisitor<R> {
  /**
   * Handles {@code access_denied}: User denied access to the client app.
   *
   * @param error the error
   * @return the result
   */
  R visitAccessDenied(AccessDeniedException error);

  /**
   * Handles {@code invalid_client_id}: Client identifier is invalid.
   *
   * @param error the error
   * @return the result
   */
  R visitInvalidClientId(InvalidClientIdException error);

  /**
   * Handles {@code slow_down}: The client polls more often than the minimum interval.
   *
   * @param error the error
   * @return the result
   */
  R visitSlowDown(SlowDownException error);

  /**
   * Handles {@code invalid_grant}: The grant or the assertion is invalid; the error_description
   * tells which.
   *
   * @param error the error
   * @return the result
   */
  R visitInvalidGrant(InvalidGrantException error);

  /**
   * Handles {@code No_OAuth_State}: The OAuth state was tampered with or is missing.
   *
   * @param error the error
   * @return the result
   */
  R visitNoOAuthState(NoOAuthStateException error);

  /**
   * Handles a code the catalog does not list; {@code error.code()} has it as sent.
   *
   * @param error the error
   * @return the result
   */
  R visitUnknown(UnknownOAuthErrorException error);
}
