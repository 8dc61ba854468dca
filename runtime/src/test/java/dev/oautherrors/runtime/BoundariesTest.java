package dev.oautherrors.runtime;

import static dev.oautherrors.runtime.Outcome.error;
import static dev.oautherrors.runtime.Outcome.notOAuth;
import static dev.oautherrors.runtime.Outcome.success;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oautherrors.runtime.ParseResult.Problem;
import dev.oautherrors.runtime.catalog.TestCatalog;
import dev.oautherrors.runtime.catalog.TestCatalog.AccessDenied;
import dev.oautherrors.runtime.catalog.TestCatalog.InvalidClient;
import dev.oautherrors.runtime.catalog.TestOAuthException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpHeaders;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every limit and range at its edge: one below, on, one above. Written where mutation testing
 * showed that replacing {@code <} with {@code <=} changed nothing any test noticed.
 */
class BoundariesTest {
  private static final String ERROR = "error=access_denied";

  private final OAuthErrorParser<TestOAuthException> parser = TestCatalog.parser();

  private static OAuthErrorParser<TestOAuthException> limited(ParserLimits limits) {
    return OAuthErrorParser.builder(TestCatalog.TYPES).limits(limits).build();
  }

  @Test
  void uriAndFormPostExactlyAtTheLimitAreRead() {
    String uri = "/cb?" + ERROR;
    OAuthErrorParser<TestOAuthException> exact =
        limited(ParserLimits.DEFAULT.withMaxUriLength(uri.length()));
    error(exact.parseRedirect(uri), AccessDenied.class);
    error(exact.parseFormPost(ERROR + "&a=b", null), AccessDenied.class);
    OAuthErrorParser<TestOAuthException> under =
        limited(ParserLimits.DEFAULT.withMaxUriLength(uri.length() - 1));
    notOAuth(under.parseRedirect(uri), Problem.TOO_LARGE);
    notOAuth(under.parseFormPost(ERROR + "&a=b", null), Problem.TOO_LARGE);
  }

  @Test
  void queryAndFragmentAtTheVeryStart() {
    error(parser.parseRedirect("?" + ERROR), AccessDenied.class);
    error(parser.parseRedirect("#" + ERROR), AccessDenied.class);
    error(parser.parseRedirect("?" + ERROR, ResponseMode.QUERY, null), AccessDenied.class);
    error(parser.parseRedirect("#" + ERROR, ResponseMode.FRAGMENT, null), AccessDenied.class);
    notOAuth(parser.parseRedirect("#?" + ERROR, ResponseMode.QUERY, null), Problem.EMPTY);
    notOAuth(parser.parseRedirect("?#", ResponseMode.QUERY, null), Problem.EMPTY);
    error(parser.parseRedirect("#" + ERROR + "?x", ResponseMode.FRAGMENT, null));
  }

  @Test
  void formFieldSegmentsAtTheirEdges() {
    assertEquals(Parameters.of("a", "", "code", "1", "b", "2"),
        success(parser.parseRedirect("/cb?a&code=1&&b=2&")).parameters());
    assertEquals(Parameters.of("code", "=1", "x", ""),
        success(parser.parseRedirect("/cb?code==1&x=#y=2")).parameters());
    assertEquals(Parameters.of("code", "1"),
        success(parser.parseRedirect("/cb?code=1#&x")).parameters());
    assertEquals(Parameters.of("=", "", "code", "c"),
        success(parser.parseFormPost("%3D&code=c", null)).parameters());
  }

  @Test
  void httpStatusRangeIsCheckedOnEveryPath() throws Exception {
    Headers none = Headers.EMPTY;
    for (int status : new int[] {99, 1000}) {
      assertThrows(IllegalArgumentException.class, () -> parser.parseResponse(status, none, ""));
      assertThrows(IllegalArgumentException.class,
          () -> parser.parseResponse(status, none, new byte[0]));
      assertThrows(IllegalArgumentException.class,
          () -> parser.parseResponse(status, none, new ByteArrayInputStream(new byte[0])));
      assertThrows(IllegalArgumentException.class, () -> limited(new ParserLimits(1, 1, 1))
          .parseResponse(status, none, new ByteArrayInputStream(new byte[5])));
    }
    notOAuth(parser.parseResponse(100, none, ""), Problem.EMPTY);
    notOAuth(parser.parseResponse(999, none, new byte[0]), Problem.EMPTY);
    notOAuth(parser.parseResponse(100, none, new ByteArrayInputStream(new byte[0])),
        Problem.EMPTY);
    notOAuth(parser.parseResponse(999, none, new ByteArrayInputStream(new byte[0])),
        Problem.EMPTY);
    notOAuth(limited(new ParserLimits(1, 1, 1)).parseResponse(100, none,
        new ByteArrayInputStream(new byte[5])), Problem.TOO_LARGE);
  }

  @Test
  void anInvalidStatusIsRefusedBeforeTheStreamIsRead() {
    ByteArrayInputStream stream = new ByteArrayInputStream(new byte[] {'{', '}'});
    assertThrows(IllegalArgumentException.class,
        () -> parser.parseResponse(1000, Headers.EMPTY, stream));
    assertEquals(2, stream.available(), "nothing read");
  }

  @Test
  void theHttpClientAdapterRefusesAnInvalidStatusOnEveryPath() {
    HttpHeaders headers = HttpHeaders.of(Map.of(), (name, value) -> true);
    OAuthErrorParser<TestOAuthException> small = limited(new ParserLimits(1, 1, 1));
    for (Object body : new Object[] {"", new byte[0], new ByteArrayInputStream(new byte[0]),
        new ByteArrayInputStream(new byte[5]), null}) {
      assertThrows(IllegalArgumentException.class,
          () -> small.parseResponse(new FakeHttpResponse<>(1000, headers, body)),
          String.valueOf(body));
    }
  }

  @Test
  void onlyTwoHundredsAreSuccesses() throws Exception {
    String json = "{\"a\":\"1\"}";
    notOAuth(parser.parseResponse(199, Headers.EMPTY, json), Problem.NO_ERROR);
    success(parser.parseResponse(200, Headers.EMPTY, json));
    success(parser.parseResponse(299, Headers.EMPTY, json.getBytes(StandardCharsets.UTF_8)));
    notOAuth(parser.parseResponse(300, Headers.EMPTY, json), Problem.NO_ERROR);
    success(parser.parseResponse(200, Headers.EMPTY, ""));
    notOAuth(parser.parseResponse(199, Headers.EMPTY,
        new ByteArrayInputStream(new byte[0])), Problem.EMPTY);
    assertEquals(Parameters.of("a", "1"),
        success(parser.parseResponse(200, Headers.EMPTY, json)).parameters());
    assertEquals(Parameters.EMPTY, success(parser.parseResponse(204, Headers.EMPTY, ""))
        .parameters());
  }

  @Test
  void onlyThreeHundredsFollowTheLocation() {
    Headers location = Headers.of("Location", "/cb?" + ERROR);
    String body = "{\"error\":\"invalid_client\"}";
    error(parser.parseResponse(299, location, body), InvalidClient.class);
    error(parser.parseResponse(300, location, body), AccessDenied.class);
    error(parser.parseResponse(399, location, body), AccessDenied.class);
    error(parser.parseResponse(400, location, body), InvalidClient.class);
  }

  @Test
  void streamExactlyAtTheLimitIsReadWhole() throws Exception {
    byte[] body = ("{\"error\":\"access_denied\"}").getBytes(StandardCharsets.UTF_8);
    OAuthErrorParser<TestOAuthException> exact =
        limited(ParserLimits.DEFAULT.withMaxBodyBytes(body.length));
    error(exact.parseBody(new ByteArrayInputStream(body)), AccessDenied.class);
    error(exact.parseResponse(400, Headers.EMPTY, new ByteArrayInputStream(body)),
        AccessDenied.class);
    OAuthErrorParser<TestOAuthException> under =
        limited(ParserLimits.DEFAULT.withMaxBodyBytes(body.length - 1));
    ParseResult.NotOAuth<TestOAuthException> tooLarge =
        notOAuth(under.parseBody(new ByteArrayInputStream(body)), Problem.TOO_LARGE);
    assertEquals(body.length, tooLarge.response().length());
    notOAuth(under.parseBody(body), Problem.TOO_LARGE);
    notOAuth(under.parseBody(new String(body, StandardCharsets.UTF_8)), Problem.TOO_LARGE);
    error(exact.parseBody(body), AccessDenied.class);
  }

  @Test
  void streamLargerThanTheFirstBufferGrowsIt() throws Exception {
    String padding = " ".repeat(20_000);
    byte[] body = (padding + "{\"error\":\"access_denied\"}" + padding)
        .getBytes(StandardCharsets.UTF_8);
    ParseResult<TestOAuthException> result = parser.parseBody(new ByteArrayInputStream(body));
    error(result, AccessDenied.class);
    assertEquals(body.length, result.response().length());
  }

  @Test
  void aBodyThatIsOnlyAByteOrderMarkIsEmpty() {
    assertEquals("body is white space only",
        notOAuth(parser.parseBody(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
            Problem.EMPTY).detail());
    assertEquals("body is white space only",
        notOAuth(parser.parseBody("\uFEFF"), Problem.EMPTY).detail());
    notOAuth(parser.parseBody(new byte[] {(byte) 0xEF, (byte) 0xBB}), Problem.NOT_JSON);
  }

  @Test
  void notJsonQuotesItsStartAfterWhiteSpaceWithoutAnEllipsisWhenWhole() {
    String detail = "body is neither JSON nor a form with an \"error\" parameter;"
        + " it starts with \"abc\"";
    assertEquals(detail, notOAuth(parser.parseBody(" ".repeat(30) + "abc"),
        Problem.NOT_JSON).detail());
    assertEquals(detail, notOAuth(parser.parseBody((" ".repeat(30) + "abc\n")
        .getBytes(StandardCharsets.UTF_8)), Problem.NOT_JSON).detail());
    assertEquals("body is neither JSON nor a form with an \"error\" parameter;"
        + " it starts with \"abcdefghijklmnopqrstuvwx...\"",
        notOAuth(parser.parseBody("abcdefghijklmnopqrstuvwxyz"), Problem.NOT_JSON).detail());
  }

  @Test
  void formBodiesAreThoseAnEncoderWouldWrite() {
    error(parser.parseBody("error=access_denied&x=!#$'()*,/:;?@[]^|~%20"), AccessDenied.class);
    for (String bad : new String[] {" ", "\"", "<", ">", "\\", "{", "}", "`", "\u007f", "\u0000",
        "\u001f"}) {
      notOAuth(parser.parseBody("error=access_denied&x=a" + bad + "b"), Problem.NOT_JSON);
      notOAuth(parser.parseBody(("error=access_denied&x=a" + bad + "b")
          .getBytes(StandardCharsets.UTF_8)), Problem.NOT_JSON);
    }
    assertEquals(Optional.of("é"), error(parser.parseBody(
        "error=access_denied&error_description=é".getBytes(StandardCharsets.UTF_8)))
        .description());
  }

  @Test
  void jsonErrorOfEveryOtherTypeIsNamed() {
    assertEquals("\"error\" is a boolean, not a string, at line 1, column 10",
        notOAuth(parser.parseBody("{\"error\":true}"), Problem.ERROR_NOT_A_STRING).detail());
    assertEquals("\"error\" is a boolean, not a string, at line 1, column 10",
        notOAuth(parser.parseBody("{\"error\":false}"), Problem.ERROR_NOT_A_STRING).detail());
    assertEquals("\"error\" is a number, not a string, at line 1, column 10",
        notOAuth(parser.parseBody("{\"error\":1.5}"), Problem.ERROR_NOT_A_STRING).detail());
    assertEquals("JSON body is an array, not an object",
        notOAuth(parser.parseBody("[]"), Problem.NOT_AN_OBJECT).detail());
  }

  @Test
  void tokenCharactersOfChallengesAtTheEdgesOfTheirRanges() {
    assertEquals("azAZ09!#$%&'*+-.^_`|~",
        WwwAuthenticate.parse("Bearer error=azAZ09!#$%&'*+-.^_`|~").error);
    for (String stop : new String[] {"@", "[", "/", ":", "{", "\u007f", "\u00e9", " ", ","}) {
      assertEquals("ab", WwwAuthenticate.parse("Bearer error=ab" + stop + "cd").error, stop);
    }
    assertEquals("x", WwwAuthenticate.parse("error=x").error);
    assertEquals("a\"b", WwwAuthenticate.parse("Bearer error=\"a\\\"b\"").error);
    assertEquals("ab", WwwAuthenticate.parse("Bearer error=\"ab\", x=\"\\\\\"").error);
  }
}
