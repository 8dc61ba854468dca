package dev.oautherrors.springsecurity;

import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.Headers;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParseResult;
import dev.oautherrors.runtime.RawResponse;
import dev.oautherrors.spring.OAuthErrorsSpring;
import java.util.Objects;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.client.RestClientResponseException;

/**
 * From Spring Security's OAuth 2.0 errors to a catalog's typed errors, for code that already uses
 * Spring Security's OAuth 2.0 client:
 *
 * <pre>{@code
 * try {
 *   tokenResponseClient.getTokenResponse(grantRequest);
 * } catch (OAuth2AuthorizationException e) {
 *   throw OAuthErrorsSpringSecurity.typed(OAuthErrors.parser(), e);
 * }
 * }</pre>
 *
 * <p>Spring Security keeps only the code, description and URI of a 400 error, and reports other
 * statuses as {@code invalid_token_response} with Spring's {@link RestClientResponseException} as
 * the cause. Where that cause is there, the bridge parses the response it holds (status, headers
 * and body), so a 401 {@code invalid_client}, for one, becomes its own type again.
 */
public final class OAuthErrorsSpringSecurity {
  private static final int MAX_CAUSES = 16;

  private OAuthErrorsSpringSecurity() {}

  /**
   * The typed error for Spring Security's error, with the stack trace of this call; the raw
   * response is a JSON body of its three fields, all that it holds.
   */
  public static <E extends AbstractOAuthErrorException> E typed(
      OAuthErrorParser<E> parser, OAuth2Error error) {
    return parser.typed(fields(error).build());
  }

  /**
   * The typed error for an authorization failure: the error in the HTTP response of its cause,
   * when a {@link RestClientResponseException} in its causes holds one; otherwise its {@link
   * OAuth2Error}, with that response as the raw response when there is one.
   */
  public static <E extends AbstractOAuthErrorException> E typed(
      OAuthErrorParser<E> parser, OAuth2AuthorizationException exception) {
    return typed(parser, exception.getError(), exception);
  }

  /**
   * The typed error for a login failure ({@code OAuth2LoginAuthenticationFilter} and the like), by
   * the same rule as {@link #typed(OAuthErrorParser, OAuth2AuthorizationException)}.
   */
  public static <E extends AbstractOAuthErrorException> E typed(
      OAuthErrorParser<E> parser, OAuth2AuthenticationException exception) {
    return typed(parser, exception.getError(), exception);
  }

  private static <E extends AbstractOAuthErrorException> E typed(
      OAuthErrorParser<E> parser, OAuth2Error error, Throwable exception) {
    Objects.requireNonNull(parser, "parser");
    RestClientResponseException http = httpCause(exception);
    if (http == null) {
      return typed(parser, error);
    }
    ParseResult<E> result = parser.parseResponse(http.getStatusCode().value(),
        http.getResponseHeaders() == null
            ? Headers.EMPTY : OAuthErrorsSpring.headers(http.getResponseHeaders()),
        http.getResponseBodyAsByteArray());
    if (result instanceof ParseResult.ErrorResponse<E> response) {
      return parser.typed(response.error().error());
    }
    RawResponse raw = result.response();
    return parser.typed(fields(error).response(raw).build());
  }

  private static OAuthError.Builder fields(OAuth2Error error) {
    return OAuthError.builder(error.getErrorCode())
        .description(error.getDescription())
        .uri(error.getUri());
  }

  /**
   * The first Spring HTTP error among the causes of {@code exception}, or null; looks a bounded
   * number of causes deep, since a chain of causes may loop.
   */
  private static RestClientResponseException httpCause(Throwable exception) {
    Throwable cause = exception.getCause();
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
      if (cause instanceof RestClientResponseException http) {
        return http;
      }
      cause = cause.getCause();
    }
    return null;
  }
}
