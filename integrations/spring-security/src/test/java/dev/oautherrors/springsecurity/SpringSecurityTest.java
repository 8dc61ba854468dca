package dev.oautherrors.springsecurity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.runtime.RawResponse;
import dev.oautherrors.testsupport.LocalServer;
import dev.oautherrors.testsupport.Seed;
import dev.oautherrors.testsupport.oauth.InvalidClientException;
import dev.oautherrors.testsupport.oauth.InvalidGrantException;
import dev.oautherrors.testsupport.oauth.OAuthErrorException;
import dev.oautherrors.testsupport.oauth.UnknownOAuthErrorException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.SpringSecurityCoreVersion;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

/**
 * Spring Security's own refresh-token client (on a RestClient) against a local server; what it
 * throws goes through the bridge.
 */
class SpringSecurityTest {
  @AutoClose private static final LocalServer server = LocalServer.start();


  /** Refreshes a token at the seed's URI with Spring Security's client; returns what it threw. */
  private static OAuth2AuthorizationException refreshFails(Seed seed) {
    ClientRegistration registration = ClientRegistration.withRegistrationId("salesforce")
        .clientId("3MVG9demo")
        .clientSecret("secret")
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("https://app.example.com/oauth/callback")
        .authorizationUri(server.baseUri() + "/authorize")
        .tokenUri(server.uri(seed).toString())
        .build();
    OAuth2AccessToken expired = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
        "00Dxx!old", Instant.now().minusSeconds(7200), Instant.now().minusSeconds(3600));
    OAuth2RefreshTokenGrantRequest request = new OAuth2RefreshTokenGrantRequest(registration,
        expired, new OAuth2RefreshToken("5Aep861demo", Instant.now().minusSeconds(7200)));
    return assertThrows(OAuth2AuthorizationException.class,
        () -> new RestClientRefreshTokenTokenResponseClient().getTokenResponse(request));
  }

  @Test
  void runsOnTheSpringSecurityVersionThisExecutionIsFor() {
    assertEquals(System.getProperty("expected.spring-security.version"),
        SpringSecurityCoreVersion.getVersion());
  }

  @Test
  void a400ErrorKeepsWhatSpringSecurityReadOfIt() {
    OAuthErrorException error =
        OAuthErrorsSpringSecurity.typed(Seed.parser(), refreshFails(Seed.REFRESH_TOKEN_400));
    assertEquals(InvalidGrantException.Reason.EXPIRED_ACCESS_REFRESH_TOKEN,
        assertInstanceOf(InvalidGrantException.class, error).reason().orElseThrow());
    assertTrue(error.getStackTrace().length > 0);
    // Spring Security keeps no status or headers for a 400: the raw response is its fields.
    assertEquals(RawResponse.Kind.BODY, error.error().response().kind());

    OAuthErrorException saml =
        OAuthErrorsSpringSecurity.typed(Seed.parser(), refreshFails(Seed.SAML_ASSERTION_400));
    assertEquals(Optional.of(
        "https://yourInstance.salesforce.com/setup/secur/SAMLValidationPage.apexp"),
        saml.error().uri());
  }

  @Test
  void a401InvalidClientIsRecoveredFromTheHttpCause() {
    OAuth2AuthorizationException thrown = refreshFails(Seed.INVALID_CLIENT_401);
    // What Spring Security says on its own:
    assertEquals("invalid_token_response", thrown.getError().getErrorCode());
    OAuthErrorException error = OAuthErrorsSpringSecurity.typed(Seed.parser(), thrown);
    assertInstanceOf(InvalidClientException.class, error);
    assertEquals(Optional.of("invalid client credentials"), error.description());
    Seed.INVALID_CLIENT_401.assertRaw(error.error().response());
  }

  @Test
  void aResponseThatIsNotOAuthKeepsSpringSecuritysCodeAndTheResponse() {
    for (Seed seed : new Seed[] {Seed.HTML_500, Seed.EMPTY_503}) {
      OAuthErrorException error = OAuthErrorsSpringSecurity.typed(Seed.parser(), refreshFails(seed));
      assertInstanceOf(UnknownOAuthErrorException.class, error);
      assertEquals("invalid_token_response", error.code());
      RawResponse raw = error.error().response();
      assertEquals(OptionalInt.of(seed.status()), raw.status());
      assertEquals(seed.bodyText(), raw.body());
    }
  }

  @Test
  void oauth2ErrorAndLoginExceptions() {
    OAuth2Error denied = new OAuth2Error("access-denied", "end-user denied authorization", null);
    assertEquals("access-denied", OAuthErrorsSpringSecurity.typed(Seed.parser(), denied).code());
    assertEquals("{\"error\":\"access-denied\",\"error_description\":"
            + "\"end-user denied authorization\"}",
        OAuthErrorsSpringSecurity.typed(Seed.parser(), denied).error().response().body());

    // A login failure whose cause is the token client's failure: the HTTP cause is found.
    OAuth2AuthenticationException login = new OAuth2AuthenticationException(
        new OAuth2Error("invalid_token_response"), refreshFails(Seed.INVALID_CLIENT_401));
    assertInstanceOf(InvalidClientException.class,
        OAuthErrorsSpringSecurity.typed(Seed.parser(), login));
    assertInstanceOf(InvalidGrantException.class, OAuthErrorsSpringSecurity.typed(Seed.parser(),
        new OAuth2AuthenticationException(new OAuth2Error("invalid_grant"))));
  }
}
