package com.example.login;

import com.example.login.oauth.ClientSetupError;
import com.example.login.oauth.InvalidGrantException;
import com.example.login.oauth.UnknownOAuthErrorException;
import dev.oautherrors.annotations.OAuthErrorHandler;

@OAuthErrorHandler
final class LoginErrors {
  String onClientSetup(ClientSetupError e) {
    return "fix the client";
  }

  String onGrant(InvalidGrantException e) {
    return "sign in again";
  }

  String onUnknown(UnknownOAuthErrorException e) {
    return "unknown: " + e.code();
  }
}
