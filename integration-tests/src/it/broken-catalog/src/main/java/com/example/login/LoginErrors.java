package com.example.login;

import com.example.login.oauth.AccessDeniedException;
import com.example.login.oauth.InvalidGrantException;
import com.example.login.oauth.UnknownOAuthErrorException;
import dev.oautherrors.annotations.OAuthErrorHandler;

/** The README guide's handler, complete. */
@OAuthErrorHandler
final class LoginErrors {
  String onDenied(AccessDeniedException e) {
    return "You declined access; sign in again to retry.";
  }

  String onGrant(InvalidGrantException e) {
    return "Sign in again.";
  }

  String onUnknown(UnknownOAuthErrorException e) {
    return "The server said " + e.code();
  }
}
