package com.example.login;

import com.example.login.oauth.OAuthErrorException;
import com.example.login.oauth.OAuthErrors;
import dev.oautherrors.runtime.ParseResult;

/** Parses each argument as a token-endpoint body and prints what the handler decides. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    LoginErrorsDispatcher dispatcher = new LoginErrorsDispatcher(new LoginErrors());
    for (String body : args) {
      ParseResult<OAuthErrorException> result = OAuthErrors.parser().parseBody(body);
      if (result instanceof ParseResult.ErrorResponse<OAuthErrorException> error) {
        System.out.println(error.error().getClass().getSimpleName() + ": " + dispatcher.handle(error.error()));
      } else {
        System.out.println("not an error: " + result);
      }
    }
  }
}
