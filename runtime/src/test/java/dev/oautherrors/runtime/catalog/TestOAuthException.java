package dev.oautherrors.runtime.catalog;

import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.StackTrace;

/** The base exception of the hand-written test catalog, as generated code would declare it. */
public abstract class TestOAuthException extends AbstractOAuthErrorException {
  private static final long serialVersionUID = 1L;

  TestOAuthException(OAuthError error, CodeMatch match, StackTrace captureStackTrace) {
    super(error, match, captureStackTrace);
  }

  @Override
  public abstract TestOAuthException withStackTrace();
}
