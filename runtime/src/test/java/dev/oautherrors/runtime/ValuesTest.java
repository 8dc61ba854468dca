package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.runtime.catalog.TestCatalog;
import dev.oautherrors.runtime.catalog.TestOAuthException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The value types the parsers return and applications read: headers, parameters, errors, catalog
 * entries, raw responses and limits. Written where mutation testing showed behaviour no test
 * pinned down.
 */
class ValuesTest {

  // --- Headers -----------------------------------------------------------------------------------

  @Test
  void headersKeepOrderAndCaseAndLookUpIgnoringCase() {
    Headers headers = Headers.of("Content-Type", "application/json", "set-cookie", "a=1",
        "Set-Cookie", "b=2");
    assertEquals(3, headers.size());
    assertFalse(headers.isEmpty());
    assertTrue(Headers.EMPTY.isEmpty());
    assertTrue(Headers.of().isEmpty());
    assertSame(Headers.EMPTY, Headers.of());
    assertEquals("set-cookie", headers.name(1));
    assertEquals("b=2", headers.value(2));
    assertEquals(Optional.of("application/json"), headers.first("CONTENT-TYPE"));
    assertEquals(Optional.empty(), headers.first("Location"));
    assertEquals(List.of("a=1", "b=2"), headers.all("SET-COOKIE"));
    assertEquals(List.of(), headers.all("Location"));
    assertThrows(UnsupportedOperationException.class, () -> headers.all("set-cookie").add("x"));
  }

  @Test
  void headersAsMapMergeNamesIgnoringCaseUnderTheirFirstSpelling() {
    Headers headers = Headers.of("set-cookie", "a=1", "Content-Type", "text/plain",
        "Set-Cookie", "b=2");
    Map<String, List<String>> map = headers.asMap();
    assertEquals(List.of("set-cookie", "Content-Type"), List.copyOf(map.keySet()));
    assertEquals(List.of("a=1", "b=2"), map.get("set-cookie"));
    assertEquals(List.of("text/plain"), map.get("Content-Type"));
    assertThrows(UnsupportedOperationException.class, () -> map.get("set-cookie").add("c"));
    assertThrows(UnsupportedOperationException.class, () -> map.put("x", List.of()));
  }

  @Test
  void headersRefuseOddCountsAndNulls() {
    assertThrows(IllegalArgumentException.class, () -> Headers.of("Location"));
    assertThrows(NullPointerException.class, () -> Headers.of("Location", null));
    String[] fields = {"Location", "/a"};
    Headers headers = Headers.of(fields);
    fields[1] = "/b";
    assertEquals(Optional.of("/a"), headers.first("location"), "the array is copied");
  }

  @Test
  void headersFromAMapSkipNullKeysAndValues() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    map.put(null, List.of("HTTP/1.1 200 OK"));
    map.put("Location", Arrays.asList("/a", null, "/b"));
    map.put("Empty", null);
    Headers headers = Headers.of(map);
    assertEquals(Headers.of("Location", "/a", "Location", "/b"), headers);
    assertSame(Headers.EMPTY, Headers.of(Map.of()));
  }

  @Test
  void headersEqualityHashAndLogSafeText() {
    Headers one = Headers.of("A", "1", "B", "x\r\nInjected: yes");
    assertEquals(one, Headers.of("A", "1", "B", "x\r\nInjected: yes"));
    assertEquals(one.hashCode(), Headers.of("A", "1", "B", "x\r\nInjected: yes").hashCode());
    assertNotEquals(one, Headers.of("a", "1", "B", "x\r\nInjected: yes"));
    assertNotEquals(one.hashCode(), Headers.of("A", "2").hashCode());
    assertNotEquals(one, "A: 1");
    assertEquals("A: 1\nB: x\\r\\nInjected: yes", one.toString());
    assertEquals("", Headers.EMPTY.toString());
  }

  // --- Parameters --------------------------------------------------------------------------------

  @Test
  void parametersKeepOrderAndRepeats() {
    Parameters parameters = Parameters.of("code", "a", "state", "s", "code", "b");
    assertEquals(3, parameters.size());
    assertFalse(parameters.isEmpty());
    assertTrue(Parameters.EMPTY.isEmpty());
    assertSame(Parameters.EMPTY, Parameters.of());
    assertEquals(Optional.of("a"), parameters.first("code"));
    assertEquals(Optional.empty(), parameters.first("Code"));
    assertEquals(Optional.empty(), parameters.first("a"), "values are not names");
    assertEquals(List.of("a", "b"), parameters.all("code"));
    assertEquals(List.of(), parameters.all("missing"));
    assertThrows(UnsupportedOperationException.class, () -> parameters.all("code").add("c"));
    Map<String, List<String>> map = parameters.asMap();
    assertEquals(List.of("code", "state"), List.copyOf(map.keySet()));
    assertEquals(List.of("a", "b"), map.get("code"));
    assertThrows(UnsupportedOperationException.class, () -> map.get("code").add("c"));
  }

  @Test
  void parametersRefuseOddCountsAndNullsAndCopyTheirArray() {
    assertThrows(IllegalArgumentException.class, () -> Parameters.of("code"));
    assertThrows(NullPointerException.class, () -> Parameters.of("code", null));
    String[] fields = {"code", "a"};
    Parameters parameters = Parameters.of(fields);
    fields[1] = "b";
    assertEquals(Optional.of("a"), parameters.first("code"));
  }

  @Test
  void parametersEqualityHashAndLogSafeText() {
    Parameters one = Parameters.of("a", "1", "b", "x\ny");
    assertEquals(one, Parameters.of("a", "1", "b", "x\ny"));
    assertEquals(one.hashCode(), Parameters.of("a", "1", "b", "x\ny").hashCode());
    assertNotEquals(one, Parameters.of("a", "1"));
    assertNotEquals(one.hashCode(), Parameters.of("a", "1").hashCode());
    assertNotEquals(one, "a=1");
    assertEquals("{a=1, b=x\\ny}", one.toString());
    assertEquals("{}", Parameters.EMPTY.toString());
  }

  // --- OAuthError --------------------------------------------------------------------------------

  @Test
  void errorBuilderRecordsEveryFieldAndAJsonBodyOfThem() {
    OAuthError error = OAuthError.builder("invalid_grant")
        .description("say \"hi\" \\ \u0001\u001f")
        .uri("https://help.example/e")
        .state("s1")
        .issuer("https://issuer.example")
        .origin(OAuthError.Origin.STATE_CHECK)
        .build();
    assertEquals("invalid_grant", error.code());
    assertEquals(Optional.of("say \"hi\" \\ \u0001\u001f"), error.description());
    assertEquals(Optional.of("https://help.example/e"), error.uri());
    assertEquals(Optional.of("s1"), error.state());
    assertEquals(Optional.of("https://issuer.example"), error.issuer());
    assertEquals(OAuthError.Origin.STATE_CHECK, error.origin());
    assertEquals("{\"error\":\"invalid_grant\",\"error_description\":"
        + "\"say \\\"hi\\\" \\\\ \\u0001\\u001f\",\"error_uri\":\"https://help.example/e\","
        + "\"state\":\"s1\",\"iss\":\"https://issuer.example\"}", error.response().body());
    assertEquals(RawResponse.Kind.BODY, error.response().kind());
    assertEquals("{\"error\":\"x\"}", OAuthError.builder("x").build().response().body());
    assertEquals("{\"error\":\" ~\"}", OAuthError.builder(" ~").build().response().body());
  }

  @Test
  void errorBuilderKeepsAGivenResponse() {
    RawResponse raw = RawResponse.redirect("https://a.example/cb?error=x");
    OAuthError error = OAuthError.builder("x").response(raw).build();
    assertSame(raw, error.response());
    assertEquals(OAuthError.Origin.SERVER, error.origin());
    assertEquals(Optional.empty(), error.description());
    assertEquals("", error.safeDescription());
    assertThrows(NullPointerException.class, () -> OAuthError.builder(null));
    assertThrows(NullPointerException.class, () -> OAuthError.builder("x").origin(null));
  }

  @Test
  void parserTypesAnErrorReadByOtherMeansAsItsParsesAreTyped() {
    RawResponse raw = RawResponse.http(401, Headers.EMPTY, "{}");
    OAuthError error = OAuthError.builder("INVALID-GRANT").description("d").response(raw).build();
    TestOAuthException typed = TestCatalog.parser().typed(error);
    assertInstanceOf(TestCatalog.InvalidGrant.class, typed);
    assertSame(error, typed.error());
    assertEquals(CodeMatch.LENIENT, typed.match());
    assertTrue(typed.getStackTrace().length > 0, "ready to throw: it records where it was made");
    assertInstanceOf(TestCatalog.UnknownOAuthError.class,
        TestCatalog.parser().typed(OAuthError.builder("").build()));
    assertThrows(NullPointerException.class, () -> TestCatalog.parser().typed(null));
  }

  @Test
  void errorEqualityComparesEveryFieldAndTheVeryResponse() {
    RawResponse raw = RawResponse.body("{}");
    OAuthError base = full(raw).build();
    assertEquals(base, full(raw).build());
    assertEquals(base.hashCode(), full(raw).build().hashCode());
    assertNotEquals(base, full(RawResponse.body("{}")).build(), "another response");
    assertNotEquals(base, OAuthError.builder("other").description("d").uri("u").state("s")
        .issuer("i").response(raw).build());
    assertNotEquals(base, full(raw).description("other").build());
    assertNotEquals(base, full(raw).uri("other").build());
    assertNotEquals(base, full(raw).state("other").build());
    assertNotEquals(base, full(raw).issuer("other").build());
    assertNotEquals(base, full(raw).origin(OAuthError.Origin.STATE_CHECK).build());
    assertNotEquals(base, "c: d");
    assertNotEquals(base.hashCode(), full(raw).description("other").build().hashCode());
    assertEquals("c: d", base.toString());
    assertEquals("c\\n", OAuthError.builder("c\n").build().toString());
  }

  private static OAuthError.Builder full(RawResponse raw) {
    return OAuthError.builder("c").description("d").uri("u").state("s").issuer("i")
        .response(raw);
  }

  // --- CatalogEntry and RetryAdvice --------------------------------------------------------------

  @Test
  void catalogEntryKeepsWhatTheCatalogSays() {
    KnownReason expired = TextTest.reason("expired_token", "expired access/refresh token",
        RetryAdvice.RESTART, "Log in again.", "Token expired");
    CatalogEntry entry = CatalogEntry.builder("invalid_grant", "The grant is invalid.")
        .aliases("invalid-grant")
        .action("Fix the grant.")
        .group("client_configuration")
        .flows("web_server", "device")
        .retryAdvice(RetryAdvice.BACK_OFF)
        .reasons(expired)
        .build();
    assertEquals("invalid_grant", entry.code());
    assertEquals("The grant is invalid.", entry.cause());
    assertEquals(List.of("invalid-grant"), entry.aliases());
    assertEquals(Optional.of("Fix the grant."), entry.action());
    assertEquals(Optional.of("client_configuration"), entry.group());
    assertEquals(List.of("web_server", "device"), entry.flows());
    assertTrue(entry.occursIn("device"));
    assertFalse(entry.occursIn("jwt_bearer"));
    assertEquals(RetryAdvice.BACK_OFF, entry.retryAdvice());
    assertEquals(List.of(expired), entry.reasons());
    assertEquals(Optional.of(expired), entry.reasonFor("TOKEN  expired."));
    assertEquals(Optional.empty(), entry.reasonFor("something else"));
    assertEquals(Optional.empty(), entry.reasonFor(null));
    assertEquals("CatalogEntry{invalid_grant}", entry.toString());
  }

  @Test
  void catalogEntryDefaults() {
    CatalogEntry entry = CatalogEntry.builder("x", "y").build();
    assertEquals(List.of(), entry.aliases());
    assertEquals(Optional.empty(), entry.action());
    assertEquals(Optional.empty(), entry.group());
    assertEquals(List.of(), entry.flows());
    assertTrue(entry.occursIn("any flow"), "no flows listed: any flow");
    assertEquals(RetryAdvice.NEVER, entry.retryAdvice());
    assertEquals(List.of(), entry.reasons());
    assertThrows(NullPointerException.class, () -> CatalogEntry.builder("x", null));
    assertThrows(NullPointerException.class,
        () -> CatalogEntry.builder("x", "y").retryAdvice(null));
  }

  @Test
  void onlySomeRetryAdviceAllowsTheSameRequestAgain() {
    assertFalse(RetryAdvice.NEVER.allowsRetry());
    assertTrue(RetryAdvice.POLL.allowsRetry());
    assertTrue(RetryAdvice.SLOW_DOWN.allowsRetry());
    assertTrue(RetryAdvice.BACK_OFF.allowsRetry());
    assertFalse(RetryAdvice.RESTART.allowsRetry());
  }

  // --- ParserLimits ------------------------------------------------------------------------------

  @Test
  void limitsMustBePositiveAndOneIsEnough() {
    ParserLimits one = new ParserLimits(1, 1, 1);
    assertEquals(1, one.maxBodyBytes());
    assertThrows(IllegalArgumentException.class, () -> new ParserLimits(0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new ParserLimits(1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new ParserLimits(1, 1, 0));
    assertEquals(new ParserLimits(5, 1, 1), one.withMaxBodyBytes(5));
    assertEquals(new ParserLimits(1, 5, 1), one.withMaxUriLength(5));
    assertEquals(new ParserLimits(1, 1, 5), one.withMaxNestingDepth(5));
  }

  // --- RawResponse -------------------------------------------------------------------------------

  @Test
  void rawResponseStatusMustBeThreeDigits() {
    assertEquals(OptionalInt.of(100), RawResponse.http(100, Headers.EMPTY, "").status());
    assertEquals(OptionalInt.of(999), RawResponse.http(999, Headers.EMPTY, new byte[0]).status());
    assertThrows(IllegalArgumentException.class, () -> RawResponse.http(99, Headers.EMPTY, ""));
    assertThrows(IllegalArgumentException.class,
        () -> RawResponse.http(1000, Headers.EMPTY, new byte[0]));
  }

  @Test
  void truncatedBodyIsAnHttpResponseWhenAStatusIsGiven() {
    byte[] prefix = {'a', 'b'};
    RawResponse body = RawResponse.truncatedBody(prefix, -1, Headers.EMPTY);
    assertEquals(RawResponse.Kind.BODY, body.kind());
    assertEquals(OptionalInt.empty(), body.status());
    assertTrue(body.isTruncated());
    RawResponse http = RawResponse.truncatedBody(prefix, 0, Headers.of("A", "1"));
    assertEquals(RawResponse.Kind.HTTP_RESPONSE, http.kind());
    assertEquals(OptionalInt.of(0), http.status());
    assertEquals(Headers.of("A", "1"), http.headers());
  }

  @Test
  void rawBodyIsDecodedWithTheContentTypesCharset() {
    byte[] utf16 = "{\"error\":\"é\"}".getBytes(StandardCharsets.UTF_16BE);
    for (String contentType : new String[] {"charset=UTF-16BE", "application/json; charset=UTF-16BE",
        "text/plain; CHARSET=\"UTF-16BE\"; format=flowed", "text/plain;charset= utf-16be ;x=y"}) {
      RawResponse raw = RawResponse.http(200, Headers.of("Content-Type", contentType), utf16);
      assertEquals("{\"error\":\"é\"}", raw.body(), contentType);
      assertArrayEquals(utf16, raw.bodyBytes());
    }
    byte[] utf8 = "é".getBytes(StandardCharsets.UTF_8);
    for (String contentType : new String[] {"text/plain", "text/plain; charset=", "charset=\"",
        "charset=no-such-charset", "charset=\"UTF-16BE", "charset=b@d"}) {
      assertEquals("é", RawResponse.http(200, Headers.of("Content-Type", contentType), utf8)
          .body(), contentType);
    }
    assertEquals("é", RawResponse.body(utf8).body());
  }

  @Test
  void rawResponseSummaryIsOneSafeLine() {
    assertEquals("RawResponse{BODY, 3 chars}", RawResponse.body("abc").toString());
    assertEquals("RawResponse{REDIRECT, 1 chars}", RawResponse.redirect("/").toString());
    assertEquals("RawResponse{FORM_POST, 0 chars}", RawResponse.formPost("").toString());
    assertEquals("RawResponse{HTTP_RESPONSE 400, 2 bytes}",
        RawResponse.http(400, Headers.EMPTY, new byte[2]).toString());
    assertEquals("RawResponse{BODY, 2 bytes, truncated}",
        RawResponse.truncatedBody(new byte[2], -1, Headers.EMPTY).toString());
    assertEquals(3, RawResponse.body(new byte[3]).length());
    assertEquals(Optional.empty(), RawResponse.body("x").uri());
    assertArrayEquals("é".getBytes(StandardCharsets.UTF_8), RawResponse.body("é").bodyBytes());
  }
}
