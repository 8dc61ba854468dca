package com.example.login;

import com.example.login.oauth.OAuthErrors;
import dev.oautherrors.runtime.OAuthError;

/** Prints what the handler says about each code given. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    for (String code : args) {
      System.out.println(code + ": " + reply(code));
    }
  }

  static String reply(String code) {
    return new LoginErrorsDispatcher(new LoginErrors())
        .handle(OAuthErrors.of(OAuthError.builder(code).build()));
  }
}
