package dev.oautherrors.testsupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.runtime.Headers;
import dev.oautherrors.runtime.NotOAuthResponseException;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParseResult;
import dev.oautherrors.runtime.ParseResult.Problem;
import dev.oautherrors.runtime.ParserLimits;
import dev.oautherrors.runtime.RawResponse;
import dev.oautherrors.testsupport.oauth.AccessDeniedException;
import dev.oautherrors.testsupport.oauth.InvalidClientException;
import dev.oautherrors.testsupport.oauth.InvalidGrantException;
import dev.oautherrors.testsupport.oauth.OAuthErrors;
import dev.oautherrors.testsupport.oauth.OAuthErrorException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The responses every client is tested with: the seed page's token-endpoint errors verbatim, the
 * shapes real servers send besides (a 401 that speaks only in {@code WWW-Authenticate}, an error in
 * a 200, an HTML page, an empty body, bodies over the limit), and a success. Each knows what the
 * parser makes of it, so that a client's test checks what its integration delivers against it.
 */
public enum Seed {
  /** The seed's JWT bearer (and SAML bearer) flow error. */
  JWT_BEARER_400(400, json(), InvalidGrantException.class, null,
      "{ \"error\":\"invalid_grant\", \"error_description\":\"Audience validation failed\" }"),
  /** The seed's refresh-token flow error. */
  REFRESH_TOKEN_400(400, json(), InvalidGrantException.class, null,
      "{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}"),
  /** The seed's SAML assertion flow error, whose {@code error_uri} comes first. */
  SAML_ASSERTION_400(400, json(), InvalidGrantException.class, null,
      "{\"error_uri\":\"https://yourInstance.salesforce.com/setup/secur/SAMLValidationPage.apexp\","
          + " \"error\":\"invalid_grant\",\"error_description\":\"invalid assertion\"}"),
  /** RFC 6749 §5.2's other way: a 401 whose error is in the challenge, with no body. */
  INVALID_CLIENT_401(401, List.of("WWW-Authenticate", "Bearer realm=\"Salesforce\","
      + " error=\"invalid_client\", error_description=\"invalid client credentials\""),
      InvalidClientException.class, null, ""),
  /** An error in a 200, spelled with the hyphen the web server flow uses. */
  ERROR_IN_200(200, json(), AccessDeniedException.class, null,
      "{\"error\":\"access-denied\",\"error_description\":\"end-user denied authorization\"}"),
  /** A proxy's or server's HTML error page. */
  HTML_500(500, List.of("Content-Type", "text/html; charset=utf-8"), null, Problem.NOT_JSON,
      "<!DOCTYPE html><html><body><h1>500 Internal Server Error</h1></body></html>"),
  /** An error status with nothing in it. */
  EMPTY_503(503, List.of(), null, Problem.EMPTY, ""),
  /** An error body longer than {@link #LIMIT}: not read past the limit. */
  OVER_LIMIT_400(400, json(), null, Problem.TOO_LARGE,
      "{\"error\":\"invalid_grant\",\"error_description\":\"" + "x".repeat(Seed.LIMIT) + "\"}"),
  /** A success body longer than {@link #LIMIT}, sent chunked: not OAuth, and not an error. */
  OVER_LIMIT_200(200, json(), null, Problem.TOO_LARGE,
      "{\"access_token\":\"00Dxx0000001gEH!AQ4AQ\",\"padding\":\"" + "y".repeat(3 * Seed.LIMIT) + "\"}"),
  /**
   * An error in ISO-8859-1, as its Content-Type says: a client integration that drops the header
   * would read the accented description as U+FFFD.
   */
  LATIN1_400(400, List.of("Content-Type", "application/json; charset=ISO-8859-1"),
      InvalidGrantException.class, null, StandardCharsets.ISO_8859_1,
      "{\"error\":\"invalid_grant\",\"error_description\":\"mot de passe expiré\"}"),
  /** An error in UTF-16 with a byte order mark and no charset. */
  UTF16_BOM_400(400, List.of("Content-Type", "application/json"), InvalidGrantException.class,
      null, StandardCharsets.UTF_16, // the JDK's UTF-16 encoder writes a big-endian BOM
      "{\"error\":\"invalid_grant\",\"error_description\":\"mot de passe expiré\"}"),
  /** The token endpoint's answer when all went well. */
  SUCCESS_200(200, json(), null, null,
      "{\"access_token\":\"00Dxx0000001gEH!AQ4AQ\",\"instance_url\":"
          + "\"https://yourInstance.salesforce.com\",\"token_type\":\"Bearer\"}");

  /** The body limit of {@link #parser()}: small, so that the over-limit seeds stay cheap. */
  public static final int LIMIT = 4096;

  private static final OAuthErrorParser<OAuthErrorException> PARSER =
      OAuthErrors.parser(ParserLimits.DEFAULT.withMaxBodyBytes(LIMIT));

  private final int status;
  private final List<String> headers;
  private final Class<? extends OAuthErrorException> errorType;
  private final Problem problem;
  private final byte[] body;

  Seed(int status, List<String> headers, Class<? extends OAuthErrorException> errorType,
      Problem problem, String body) {
    this(status, headers, errorType, problem, StandardCharsets.UTF_8, body);
  }

  Seed(int status, List<String> headers, Class<? extends OAuthErrorException> errorType,
      Problem problem, Charset charset, String body) {
    this.status = status;
    this.headers = headers;
    this.errorType = errorType;
    this.problem = problem;
    this.body = body.getBytes(charset);
  }

  private static List<String> json() {
    return List.of("Content-Type", "application/json;charset=UTF-8", "Cache-Control", "no-store");
  }

  /** The tests' parser: the test catalog with a {@link #LIMIT}-byte body limit. */
  public static OAuthErrorParser<OAuthErrorException> parser() {
    return PARSER;
  }

  /** The path the local server answers this response at. */
  public String path() {
    return "/seed/" + name();
  }

  public int status() {
    return status;
  }

  /** Header names and values, alternating. */
  public List<String> headers() {
    return headers;
  }

  /** A copy of the body as served. */
  public byte[] body() {
    return body.clone();
  }

  /** The body as served, as text (as the parser's raw response decodes it). */
  public String bodyText() {
    return parse().response().body();
  }

  /** Whether the server sends the body chunked, without a Content-Length. */
  public boolean chunked() {
    return this == OVER_LIMIT_200;
  }

  /** Whether the parser makes an OAuth error of it. */
  public boolean isOAuthError() {
    return errorType != null;
  }

  /** Whether the parser makes a success of it. */
  public boolean isSuccess() {
    return errorType == null && problem == null;
  }

  /**
   * What an interceptor or filter does: throw for an OAuth error on any status and for anything
   * else on a 4xx or 5xx; let the rest pass untouched.
   */
  public boolean interceptorThrows() {
    return isOAuthError() || status >= 400;
  }

  /**
   * Checks what a client delivered for this response: the typed error or the {@link
   * NotOAuthResponseException} the parser documents, with the status, the headers and the body as
   * served (only the first {@code LIMIT + 1} bytes of a body over the limit).
   */
  public void assertThrown(Throwable thrown) {
    RawResponse raw;
    if (isOAuthError()) {
      OAuthErrorException error = assertInstanceOf(errorType, thrown, name());
      assertTrue(error.getStackTrace().length > 0, "a thrown error records where it was thrown");
      ParseResult<OAuthErrorException> parsed = parse();
      assertTrue(parsed instanceof ParseResult.ErrorResponse, name() + ": " + parsed);
      OAuthErrorException expected =
          ((ParseResult.ErrorResponse<OAuthErrorException>) parsed).error();
      assertEquals(expected.code(), error.code(), name());
      assertEquals(expected.description(), error.description(), name());
      if (this == LATIN1_400 || this == UTF16_BOM_400) { // the client passed the encoding on
        assertEquals(Optional.of("mot de passe expiré"), error.description(), name());
      }
      assertEquals(expected.error().uri(), error.error().uri(), name());
      raw = error.error().response();
    } else {
      assertTrue(problem != null, name() + " is not an error");
      NotOAuthResponseException notOAuth =
          assertInstanceOf(NotOAuthResponseException.class, thrown, name());
      assertEquals(problem, notOAuth.outcome().problem(), name());
      raw = notOAuth.outcome().response();
    }
    assertRaw(raw);
  }

  /** What the parser makes of this response, as served. */
  public ParseResult<OAuthErrorException> parse() {
    return PARSER.parseResponse(status, Headers.of(headers.toArray(new String[0])), body);
  }

  /** Checks that {@code raw} is this response as served. */
  public void assertRaw(RawResponse raw) {
    assertEquals(RawResponse.Kind.HTTP_RESPONSE, raw.kind(), name());
    assertEquals(OptionalInt.of(status), raw.status(), name());
    for (int i = 0; i < headers.size(); i += 2) {
      assertEquals(Optional.of(headers.get(i + 1)), raw.headers().first(headers.get(i)),
          name() + ": header " + headers.get(i));
    }
    byte[] expected = problem == Problem.TOO_LARGE ? Arrays.copyOf(body, LIMIT + 1) : body;
    assertArrayEquals(expected, raw.bodyBytes(), name() + ": raw body");
    assertEquals(problem == Problem.TOO_LARGE, raw.isTruncated(), name() + ": truncated");
  }
}
