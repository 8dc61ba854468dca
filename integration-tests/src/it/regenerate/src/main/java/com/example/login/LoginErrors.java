package com.example.login;

import com.example.login.oauth.AccessDeniedException;
import com.example.login.oauth.InvalidGrantException;
import com.example.login.oauth.SlowDownException;
import com.example.login.oauth.UnknownOAuthErrorException;
import dev.oautherrors.annotations.OAuthErrorHandler;

@OAuthErrorHandler
final class LoginErrors {
  String onDenied(AccessDeniedException e) {
    return "denied";
  }

  String onGrant(InvalidGrantException e) {
    return "sign in again";
  }

  String onSlowDown(SlowDownException e) {
    return "poll slower";
  }

  String onUnknown(UnknownOAuthErrorException e) {
    return "unknown " + e.code();
  }
}
