package com.example.login;

import com.example.login.oauth.OAuthErrorException;
import com.example.login.oauth.OAuthErrors;
import dev.oautherrors.runtime.ParseResult;

/** Parses a body and dispatches the error, as the README guide does. */
final class Login {
  private final LoginErrorsDispatcher dispatcher = new LoginErrorsDispatcher(new LoginErrors());

  String handle(String body) {
    ParseResult<OAuthErrorException> result = OAuthErrors.parser().parseBody(body);
    if (result instanceof ParseResult.ErrorResponse<OAuthErrorException> error) {
      return dispatcher.handle(error.error());
    }
    return "signed in";
  }
}
