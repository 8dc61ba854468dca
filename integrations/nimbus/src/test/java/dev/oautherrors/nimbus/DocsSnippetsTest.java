package dev.oautherrors.nimbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import dev.oautherrors.testsupport.LocalServer;
import dev.oautherrors.testsupport.Seed;
import dev.oautherrors.testsupport.oauth.InvalidGrantException;
import dev.oautherrors.testsupport.oauth.OAuthErrorException;
import dev.oautherrors.testsupport.oauth.OAuthErrors;
import org.junit.jupiter.api.Test;

/** The Nimbus lines of docs/integrations.md, as written there, do what they say. */
class DocsSnippetsTest {

  @Test
  void eachLineDeliversTheTypedError() throws Exception {
    try (LocalServer server = LocalServer.start()) {
      HTTPResponse httpResponse =
          new HTTPRequest(HTTPRequest.Method.POST, server.uri(Seed.REFRESH_TOKEN_400)).send();
      TokenErrorResponse tokenErrorResponse = TokenResponse.parse(httpResponse).toErrorResponse();
      assertThrows(InvalidGrantException.class, () -> {
        // --- as in the docs ---
        OAuthErrorsNimbus.parse(OAuthErrors.parser(), httpResponse).orThrow(); // Nimbus HTTPResponse
      });
      OAuthErrorException fromNimbus = OAuthErrorsNimbus.typed(OAuthErrors.parser(), tokenErrorResponse);
      // ---
      assertEquals("expired access/refresh token",
          assertInstanceOf(InvalidGrantException.class, fromNimbus).description().orElseThrow());
    }
  }
}
