package com.example.login;

import com.example.login.oauth.AccessDeniedException;
import com.example.login.oauth.InvalidGrantException;
import com.example.login.oauth.UnknownOAuthErrorException;
import dev.oautherrors.annotations.OAuthErrorHandler;

@OAuthErrorHandler
final class LoginErrors {
  String onDenied(AccessDeniedException e) {
    return "You declined access; sign in again to retry.";
  }

  String onGrant(InvalidGrantException e) {
    return "Your session expired; sign in again.";
  }

  String onUnknown(UnknownOAuthErrorException e) {
    return "Sign-in failed (" + e.code() + ").";
  }
}
