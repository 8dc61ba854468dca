package dev.oautherrors.springsecurity;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.oautherrors.testsupport.oauth.InvalidClientException;
import dev.oautherrors.testsupport.oauth.OAuthErrorException;
import dev.oautherrors.testsupport.oauth.OAuthErrors;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The Spring Security line of docs/integrations.md, as written there, does what it says. */
class DocsSnippetsTest {

  @Test
  void theLineDeliversTheTypedError() {
    OAuth2AuthorizationException e = new OAuth2AuthorizationException(
        new OAuth2Error("invalid_client", "invalid client credentials", null));
    // --- as in the docs ---
    OAuthErrorException fromSpring = OAuthErrorsSpringSecurity.typed(OAuthErrors.parser(), e);
    // ---
    assertInstanceOf(InvalidClientException.class, fromSpring);
  }
}
