package com.example.app;

import com.example.login.LoginErrors;
import com.example.login.LoginErrorsDispatcher;
import com.example.login.oauth.OAuthErrorException;

/** Uses the dispatcher from another package, as application code does. */
final class Login {
  String describe(OAuthErrorException error) {
    return new LoginErrorsDispatcher(new LoginErrors()).handle(error);
  }
}
