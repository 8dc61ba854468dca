package com.example.login;

import com.example.oauth.OAuthErrorException;
import com.example.oauth.OAuthErrors;
import dev.oautherrors.runtime.ParseResult;

/** Code that uses the generated types: the parser, the dispatcher of the handler, the base type. */
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
