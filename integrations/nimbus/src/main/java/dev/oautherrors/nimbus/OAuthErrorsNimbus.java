package dev.oautherrors.nimbus;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.Headers;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParseResult;
import dev.oautherrors.runtime.RawResponse;
import java.util.Objects;

/**
 * From the Nimbus OAuth 2.0 SDK to a catalog's typed errors. Where the whole response is at hand,
 * parse it: nothing is lost, and the parser's rules apply (an error in a 200, in {@code
 * WWW-Authenticate}, an HTML page):
 *
 * <pre>{@code
 * HTTPResponse response = tokenRequest.toHTTPRequest().send();
 * OAuthErrorsNimbus.parse(OAuthErrors.parser(), response).orThrow(); // throws the typed error
 * AccessTokenResponse tokens = TokenResponse.parse(response).toSuccessResponse();
 * }</pre>
 *
 * <p>Code that already holds Nimbus's {@link ErrorObject} or {@link TokenErrorResponse} turns it
 * into the typed error with {@link #typed}: {@code throw OAuthErrorsNimbus.typed(OAuthErrors.parser(),
 * errorResponse)}.
 */
public final class OAuthErrorsNimbus {
  private OAuthErrorsNimbus() {}

  /** Parses a Nimbus response, status, headers and body, as any whole HTTP response. */
  public static <E extends AbstractOAuthErrorException> ParseResult<E> parse(
      OAuthErrorParser<E> parser, HTTPResponse response) {
    String body = response.getBody();
    return parser.parseResponse(response.getStatusCode(), headers(response),
        body == null ? "" : body);
  }

  /**
   * The typed error for Nimbus's error object, with the stack trace of this call. The code,
   * description and URI are Nimbus's; the raw response is the object's JSON (its custom parameters
   * included) with its HTTP status when it has one. An object without a code (Nimbus makes one for
   * a response that is not OAuth) becomes the catalog's unknown type with an empty code.
   */
  public static <E extends AbstractOAuthErrorException> E typed(
      OAuthErrorParser<E> parser, ErrorObject error) {
    Objects.requireNonNull(parser, "parser");
    String json = error.toJSONObject().toJSONString();
    int status = error.getHTTPStatusCode();
    RawResponse raw = status >= 100 && status <= 999
        ? RawResponse.http(status, Headers.EMPTY, json)
        : RawResponse.body(json);
    return parser.typed(OAuthError.builder(error.getCode() == null ? "" : error.getCode())
        .description(error.getDescription())
        .uri(error.getURI() == null ? null : error.getURI().toString())
        .response(raw)
        .build());
  }

  /**
   * The typed error for Nimbus's token error response, as {@link #typed(OAuthErrorParser,
   * ErrorObject)} makes it from the response's error object.
   */
  public static <E extends AbstractOAuthErrorException> E typed(
      OAuthErrorParser<E> parser, TokenErrorResponse response) {
    ErrorObject error = response.getErrorObject();
    return typed(parser, error != null ? error : new ErrorObject(null));
  }

  /** A Nimbus response's headers as the parser's {@link Headers}. */
  public static Headers headers(HTTPResponse response) {
    return Headers.of(response.getHeaderMap());
  }
}
