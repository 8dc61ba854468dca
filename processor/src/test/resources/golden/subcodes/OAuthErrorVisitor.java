package com.example.entra;

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
   * Handles {@code invalid_grant}: The credentials, code or refresh token were not accepted.
   *
   * @param error the error
   * @return the result
   */
  R visitInvalidGrant(InvalidGrantException error);

  /**
   * Handles {@code invalid_client}: The client could not be authenticated.
   *
   * @param error the error
   * @return the result
   */
  R visitInvalidClient(InvalidClientException error);

  /**
   * Handles {@code interaction_required}: The user must sign in interactively.
   *
   * @param error the error
   * @return the result
   */
  R visitInteractionRequired(InteractionRequiredException error);

  /**
   * Handles a code the catalog does not list; {@code error.code()} has it as sent.
   *
   * @param error the error
   * @return the result
   */
  R visitUnknown(UnknownOAuthErrorException error);
}
