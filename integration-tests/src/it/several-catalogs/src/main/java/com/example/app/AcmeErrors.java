package com.example.app;

import com.example.acme.AccessDeniedException;
import com.example.acme.AcmeLockedException;
import com.example.acme.UnknownOAuthErrorException;
import dev.oautherrors.annotations.OAuthErrorHandler;

@OAuthErrorHandler(catalog = "acme")
final class AcmeErrors {
  String onDenied(AccessDeniedException e) {
    return "denied";
  }

  String onLocked(AcmeLockedException e) {
    return "locked";
  }

  String onUnknown(UnknownOAuthErrorException e) {
    return "unknown " + e.code();
  }
}
