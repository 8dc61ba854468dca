package dev.oautherrors.runtime;

import static dev.oautherrors.runtime.BodyParserTest.SEED_AUDIENCE;
import static dev.oautherrors.runtime.BodyParserTest.SEED_REFRESH;
import static dev.oautherrors.runtime.BodyParserTest.SEED_SAML_ASSERTION;
import static dev.oautherrors.runtime.Outcome.error;
import static dev.oautherrors.runtime.Outcome.notOAuth;
import static dev.oautherrors.runtime.Outcome.success;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.runtime.ParseResult.Problem;
import dev.oautherrors.runtime.catalog.TestCatalog;
import dev.oautherrors.runtime.catalog.TestCatalog.AccessDenied;
import dev.oautherrors.runtime.catalog.TestCatalog.InvalidClient;
import dev.oautherrors.runtime.catalog.TestCatalog.InvalidGrant;
import dev.oautherrors.runtime.catalog.TestOAuthException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class HttpResponseParserTest {
  /** The seed's token-endpoint headers: {@code Content-Type: application/json}, no-store. */
  private static final Headers SEED_HEADERS =
      Headers.of("Content-Type", "application/json", "Cache-Control", "no-store");

  private final OAuthErrorParser<TestOAuthException> parser = TestCatalog.parser();

  /**
   * Parses one response every way the API takes it: String, byte[] and InputStream bodies, and
   * java.net.http responses with each of the three body handlers' types.
   */
  private void eachForm(int status, Headers headers, String body,
      Consumer<ParseResult<TestOAuthException>> check) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    check.accept(parser.parseResponse(status, headers, body));
    check.accept(parser.parseResponse(status, headers, bytes));
    try {
      check.accept(parser.parseResponse(status, headers, new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    check.accept(parser.parseResponse(new FakeHttpResponse<>(status, httpHeaders(headers), body)));
    check.accept(parser.parseResponse(new FakeHttpResponse<>(status, httpHeaders(headers), bytes)));
    check.accept(parser.parseResponse(new FakeHttpResponse<>(status, httpHeaders(headers),
        new ByteArrayInputStream(bytes))));
  }

  private static void assertHttp(RawResponse raw, int status, String body) {
    assertEquals(RawResponse.Kind.HTTP_RESPONSE, raw.kind());
    assertEquals(OptionalInt.of(status), raw.status());
    assertEquals(body, raw.body());
    assertFalse(raw.isTruncated());
  }

  // --- The seed's responses, verbatim ------------------------------------------------------------

  @Test
  void seedJwtBearerAndSamlBearer400() {
    eachForm(400, SEED_HEADERS, SEED_AUDIENCE, result -> {
      InvalidGrant error = error(result, InvalidGrant.class);
      assertEquals(Optional.of("Audience validation failed"), error.description());
      RawResponse raw = error.error().response();
      assertHttp(raw, 400, SEED_AUDIENCE);
      assertEquals(Optional.of("application/json"), raw.headers().first("content-type"));
      assertEquals(Optional.of("no-store"), raw.headers().first("Cache-Control"));
    });
  }

  @Test
  void seedRefreshTokenAndSamlAssertion400() {
    eachForm(400, SEED_HEADERS, SEED_REFRESH, result -> assertEquals(
        Optional.of("expired access/refresh token"),
        error(result, InvalidGrant.class).description()));
    eachForm(400, SEED_HEADERS, SEED_SAML_ASSERTION, result -> {
      InvalidGrant error = error(result, InvalidGrant.class);
      assertEquals(Optional.of("invalid assertion"), error.description());
      assertEquals(
          Optional.of("https://yourInstance.salesforce.com/setup/secur/SAMLValidationPage.apexp"),
          error.error().uri());
      assertHttp(error.error().response(), 400, SEED_SAML_ASSERTION);
    });
  }

  // --- The body decides -------------------------------------------------------------------------

  @Test
  void jsonServedAsTextPlainIsParsed() {
    eachForm(400, Headers.of("Content-Type", "text/plain;charset=UTF-8"), SEED_REFRESH,
        result -> error(result, InvalidGrant.class));
  }

  @Test
  void twoHundredWhoseBodyIsAnErrorIsAnError() {
    eachForm(200, SEED_HEADERS, SEED_REFRESH, result ->
        assertHttp(error(result, InvalidGrant.class).error().response(), 200, SEED_REFRESH));
  }

  @Test
  void twoHundredWithAJsonObjectIsASuccess() {
    String body = "{\"access_token\":\"00D!AQ\",\"instance_url\":\"https://x.my.salesforce.com\","
        + "\"token_type\":\"Bearer\",\"issued_at\":\"1700000000000\",\"scopes\":[\"api\"]}";
    eachForm(200, SEED_HEADERS, body, result -> {
      ParseResult.Success<TestOAuthException> success = success(result);
      assertEquals(Parameters.of("access_token", "00D!AQ", "instance_url",
          "https://x.my.salesforce.com", "token_type", "Bearer", "issued_at", "1700000000000"),
          success.parameters());
      assertHttp(success.response(), 200, body);
    });
  }

  @Test
  void twoHundredWithAnEmptyBodyIsASuccessWithoutParameters() {
    eachForm(204, Headers.EMPTY, "", result ->
        assertEquals(Parameters.EMPTY, success(result).parameters()));
    eachForm(200, Headers.EMPTY, "  \n", result -> success(result));
  }

  @Test
  void errorStatusWithEmptyBodyIsEmpty() {
    eachForm(500, Headers.EMPTY, "", result -> assertEquals(
        "body is empty; HTTP status 500", notOAuth(result, Problem.EMPTY).detail()));
  }

  @Test
  void errorStatusWithJsonWithoutErrorHasNoError() {
    eachForm(503, SEED_HEADERS, "{\"message\":\"maintenance\",\"retry\":30}", result -> {
      ParseResult.NotOAuth<TestOAuthException> outcome = notOAuth(result, Problem.NO_ERROR);
      assertEquals("JSON object without \"error\"; HTTP status 503", outcome.detail());
      assertHttp(outcome.response(), 503, "{\"message\":\"maintenance\",\"retry\":30}");
    });
  }

  @Test
  void htmlOnAnyStatusIsNotJson() {
    String html = "<html><body><h1>500 Internal Server Error</h1></body></html>";
    for (int status : new int[] {200, 302, 400, 500}) {
      eachForm(status, Headers.of("Content-Type", "text/html"), html, result -> {
        ParseResult.NotOAuth<TestOAuthException> outcome = notOAuth(result, Problem.NOT_JSON);
        assertEquals("body is neither JSON nor a form with an \"error\" parameter; it starts with"
            + " \"<html><body><h1>500 Inte...\"; HTTP status " + status, outcome.detail());
        assertHttp(outcome.response(), status, html);
        assertEquals(Optional.of("text/html"), outcome.response().headers().first("Content-Type"));
      });
    }
  }

  @Test
  void nestedErrorObjectIsNotAString() {
    eachForm(401, SEED_HEADERS, "{\"error\":{\"code\":401,\"message\":\"Unauthorized\"}}",
        result -> notOAuth(result, Problem.ERROR_NOT_A_STRING));
  }

  // --- WWW-Authenticate -------------------------------------------------------------------------

  @Test
  void invalidClient401InWwwAuthenticate() {
    Headers headers = Headers.of("WWW-Authenticate",
        "Bearer realm=\"Salesforce\", error=\"invalid_client\","
            + " error_description=\"invalid client credentials\"");
    for (String body : new String[] {"", "<html>Unauthorized</html>", "{}"}) {
      eachForm(401, headers, body, result -> {
        InvalidClient error = error(result, InvalidClient.class);
        assertEquals(Optional.of("invalid client credentials"), error.description());
        assertHttp(error.error().response(), 401, body);
      });
    }
  }

  @Test
  void bodyErrorWinsOverWwwAuthenticate() {
    Headers headers = Headers.of("Content-Type", "application/json",
        "WWW-Authenticate", "Bearer error=\"invalid_token\"");
    eachForm(401, headers, "{\"error\":\"invalid_client\",\"error_description\":\"body\"}",
        result -> assertEquals(Optional.of("body"),
            error(result, InvalidClient.class).description()));
    eachForm(401, headers, "{\"error\":{\"code\":401}}", result ->
        assertEquals("invalid_token", error(result).code()));
  }

  @Test
  void wwwAuthenticateWithoutErrorLeavesTheStatusToDecide() {
    eachForm(401, Headers.of("WWW-Authenticate", "Basic realm=\"Salesforce\""), "", result ->
        notOAuth(result, Problem.EMPTY));
  }

  // --- Redirects --------------------------------------------------------------------------------

  @Test
  void redirectWithAnErrorInTheLocation() {
    String location = "https://app.example/cb?error=access_denied&state=s1#_=_";
    Headers headers = Headers.of("Location", location);
    eachForm(302, headers, "<html>Found</html>", result -> {
      AccessDenied error = error(result, AccessDenied.class);
      assertEquals(Optional.of("s1"), error.error().state());
      RawResponse raw = error.error().response();
      assertEquals(RawResponse.Kind.HTTP_RESPONSE, raw.kind());
      assertEquals(OptionalInt.of(302), raw.status());
      assertEquals(Optional.of(location), raw.headers().first("Location"));
      assertEquals("<html>Found</html>", raw.body());
    });
  }

  @Test
  void redirectWithACodeInTheLocationIsASuccess() {
    eachForm(303, Headers.of("location", "/cb?code=aPrx&state=s"), "", result ->
        assertEquals(Parameters.of("code", "aPrx", "state", "s"), success(result).parameters()));
  }

  @Test
  void redirectWithoutParametersIsEmptyAndWithoutLocationTheBodyDecides() {
    eachForm(302, Headers.of("Location", "/login"), "{\"error\":\"invalid_grant\"}", result ->
        notOAuth(result, Problem.EMPTY));
    eachForm(304, Headers.EMPTY, "", result -> notOAuth(result, Problem.EMPTY));
    eachForm(307, Headers.EMPTY, SEED_REFRESH, result -> error(result, InvalidGrant.class));
  }

  // --- Limits -----------------------------------------------------------------------------------

  @Test
  void bodyOverTheLimitKeepsStatusAndHeaders() throws IOException {
    OAuthErrorParser<TestOAuthException> small = OAuthErrorParser.builder(TestCatalog.TYPES)
        .limits(ParserLimits.DEFAULT.withMaxBodyBytes(16))
        .build();
    ParseResult.NotOAuth<TestOAuthException> text =
        notOAuth(small.parseResponse(400, SEED_HEADERS, SEED_REFRESH), Problem.TOO_LARGE);
    assertEquals("body is 76 chars, over the 16-char limit (ParserLimits.maxBodyBytes);"
        + " HTTP status 400", text.detail());
    assertHttp(text.response(), 400, SEED_REFRESH);
    assertEquals(SEED_HEADERS, text.response().headers());

    byte[] bytes = SEED_REFRESH.getBytes(StandardCharsets.UTF_8);
    ParseResult.NotOAuth<TestOAuthException> stream = notOAuth(
        small.parseResponse(400, SEED_HEADERS, new ByteArrayInputStream(bytes)),
        Problem.TOO_LARGE);
    assertTrue(stream.response().isTruncated());
    assertArrayEquals(Arrays.copyOf(bytes, 17), stream.response().bodyBytes());
    assertEquals(OptionalInt.of(400), stream.response().status());

    // The header still speaks when the body is too large to read.
    Headers challenge = Headers.of("WWW-Authenticate", "Bearer error=\"invalid_client\"");
    error(small.parseResponse(401, challenge, SEED_REFRESH), InvalidClient.class);
    error(small.parseResponse(401, challenge, new ByteArrayInputStream(bytes)),
        InvalidClient.class);
  }

  @Test
  void invalidStatusIsAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> parser.parseResponse(42, Headers.EMPTY, ""));
    assertThrows(IllegalArgumentException.class,
        () -> parser.parseResponse(1000, Headers.EMPTY, new byte[0]));
    assertThrows(IllegalArgumentException.class,
        () -> parser.parseResponse(0, Headers.EMPTY, new ByteArrayInputStream(new byte[0])));
  }

  // --- java.net.http adapter --------------------------------------------------------------------

  @Test
  void adapterClosesTheStream() {
    TrickleStream stream = new TrickleStream(SEED_REFRESH.getBytes(StandardCharsets.UTF_8));
    error(parser.parseResponse(new FakeHttpResponse<>(400, httpHeaders(SEED_HEADERS), stream)),
        InvalidGrant.class);
    assertTrue(stream.closed);
  }

  @Test
  void adapterStreamOverTheLimitIsTooLargeAndClosed() {
    BodyParserTest.CountingStream stream = new BodyParserTest.CountingStream(5 << 20, '{');
    ParseResult.NotOAuth<TestOAuthException> outcome = notOAuth(
        parser.parseResponse(new FakeHttpResponse<>(400, httpHeaders(SEED_HEADERS), stream)),
        Problem.TOO_LARGE);
    assertEquals(1_048_577, stream.served);
    assertTrue(stream.closed);
    assertEquals(1_048_577, outcome.response().length());
  }

  @Test
  void adapterReadFailureIsUnreadableWithWhatWasRead() {
    InputStream failing = new InputStream() {
      private int served;

      @Override
      public int read() throws IOException {
        if (served == 3) {
          throw new IOException("connection reset\r\nby peer");
        }
        return "{\"e".charAt(served++);
      }
    };
    ParseResult.NotOAuth<TestOAuthException> outcome = notOAuth(
        parser.parseResponse(new FakeHttpResponse<>(400, httpHeaders(SEED_HEADERS), failing)),
        Problem.UNREADABLE);
    assertEquals("reading the body failed after 3 bytes: connection reset\\r\\nby peer",
        outcome.detail());
    assertEquals("{\"e", outcome.response().body());
    assertEquals(OptionalInt.of(400), outcome.response().status());
  }

  @Test
  void adapterWithoutBodyIsEmpty() {
    HttpHeaders none = httpHeaders(Headers.EMPTY);
    success(parser.parseResponse(new FakeHttpResponse<Void>(204, none, null)));
    notOAuth(parser.parseResponse(new FakeHttpResponse<Void>(500, none, null)), Problem.EMPTY);
  }

  @Test
  void adapterWithAnotherBodyTypeIsUnreadable() {
    ParseResult.NotOAuth<TestOAuthException> outcome = notOAuth(parser.parseResponse(
        new FakeHttpResponse<>(400, httpHeaders(SEED_HEADERS), Path.of("/tmp/body.json"))),
        Problem.UNREADABLE);
    assertTrue(outcome.detail().startsWith("HttpResponse body is a "), outcome.detail());
    assertTrue(outcome.detail().endsWith(", which the parser cannot read;"
        + " use BodyHandlers.ofString(), ofByteArray() or ofInputStream()"), outcome.detail());
    assertEquals(OptionalInt.of(400), outcome.response().status());
    assertEquals(Optional.of("no-store"), outcome.response().headers().first("cache-control"));
  }

  @Test
  void orThrowOnAnHttpErrorThrowsTheTypedError() {
    ParseResult<TestOAuthException> result = parser.parseResponse(400, SEED_HEADERS, SEED_REFRESH);
    InvalidGrant thrown = assertThrows(InvalidGrant.class, result::orThrow);
    assertTrue(thrown.getStackTrace().length > 0);
    assertSame(error(result).error(), thrown.error());
  }

  private static HttpHeaders httpHeaders(Headers headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      map.computeIfAbsent(headers.name(i), name -> new java.util.ArrayList<>())
          .add(headers.value(i));
    }
    return HttpHeaders.of(map, (name, value) -> true);
  }
}
