package com.example.app;

import com.example.entra.InvalidClientException;
import com.example.entra.InvalidGrantException;
import com.example.entra.UnknownOAuthErrorException;
import dev.oautherrors.annotations.OAuthErrorHandler;

@OAuthErrorHandler(catalog = "entra")
final class EntraErrors {
  String onGrant(InvalidGrantException e) {
    return "grant";
  }

  String onClient(InvalidClientException e) {
    return "client";
  }

  String onUnknown(UnknownOAuthErrorException e) {
    return "unknown " + e.code();
  }
}
