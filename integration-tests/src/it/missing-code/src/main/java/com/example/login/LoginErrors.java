package com.example.login;

import com.example.login.oauth.AccessDeniedException;
import com.example.login.oauth.InvalidGrantException;
import com.example.login.oauth.UnknownOAuthErrorException;
import dev.oautherrors.annotations.OAuthErrorHandler;

/** Handles every code but slow_down. */
@OAuthErrorHandler
public final class LoginErrors {
  String onDenied(AccessDeniedException e) {
    return "denied";
  }

  String onGrant(InvalidGrantException e) {
    return "sign in again";
  }

  String onUnknown(UnknownOAuthErrorException e) {
    return "unknown " + e.code();
  }
}
