package com.example.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.example.login.oauth.OAuthErrorException;
import com.example.login.oauth.OAuthErrors;
import dev.oautherrors.runtime.ParseResult;
import org.junit.jupiter.api.Test;

class LoginErrorsTest {
  private final LoginErrorsDispatcher dispatcher = new LoginErrorsDispatcher(new LoginErrors());

  @Test
  void aTokenEndpointErrorReachesItsMethod() {
    assertEquals("Your session expired; sign in again.", handle(
        "{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}"));
  }

  @Test
  void aCodeTheCatalogDoesNotKnowKeepsItsName() {
    assertEquals("Sign-in failed (slow_down).", handle("{\"error\":\"slow_down\"}"));
  }

  private String handle(String body) {
    ParseResult<OAuthErrorException> result = OAuthErrors.parser().parseBody(body);
    if (result instanceof ParseResult.ErrorResponse<OAuthErrorException> error) {
      return dispatcher.handle(error.error());
    }
    return fail("not an error response: " + result);
  }
}
