package com.example.login;

import com.example.oauth.AccessDeniedException;
import com.example.oauth.OAuthErrorException;
import com.example.oauth.UnknownOAuthErrorException;
import dev.oautherrors.annotations.OAuthErrorHandler;

/** The README guide's handler: code types in signatures, imported from the catalog's package. */
@OAuthErrorHandler
final class LoginErrors {
  String onDenied(AccessDeniedException e) {
    return "You declined access; sign in again to retry.";
  }

  String onUnknown(UnknownOAuthErrorException e) {
    return "The server said " + e.code();
  }

  static String describe(OAuthErrorException e) {
    return e.getMessage();
  }
}
