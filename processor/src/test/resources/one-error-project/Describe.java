package com.example.login;

import com.example.oauth.*;

/** A visitor over the catalog's types, imported on demand. */
final class Describe implements OAuthErrorVisitor<String> {
  @Override
  public String visitAccessDenied(AccessDeniedException e) {
    return "denied";
  }

  @Override
  public String visitUnknown(UnknownOAuthErrorException e) {
    return "unknown " + e.code();
  }
}
