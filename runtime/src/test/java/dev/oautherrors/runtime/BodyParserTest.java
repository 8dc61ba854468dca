package dev.oautherrors.runtime;

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
import dev.oautherrors.runtime.catalog.TestCatalog.InvalidGrant;
import dev.oautherrors.runtime.catalog.TestCatalog.UnknownOAuthError;
import dev.oautherrors.runtime.catalog.TestOAuthException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BodyParserTest {
  /** The seed's JWT bearer and SAML bearer flow body, as the seed prints it. */
  static final String SEED_AUDIENCE =
      "{ \"error\":\"invalid_grant\", \"error_description\":\"Audience validation failed\" }";
  /** The seed's refresh token flow body. */
  static final String SEED_REFRESH =
      "{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}";
  /** The seed's SAML assertion flow body, with error_uri. */
  static final String SEED_SAML_ASSERTION =
      "{\"error_uri\":\"https://yourInstance.salesforce.com/setup/secur/SAMLValidationPage.apexp\","
          + " \"error\":\"invalid_grant\",\"error_description\":\"invalid assertion\"}";

  private final OAuthErrorParser<TestOAuthException> parser = TestCatalog.parser();

  /** Parses the same text as a String, as UTF-8 bytes and as a stream; all three must agree. */
  private void eachForm(String body, Consumer<ParseResult<TestOAuthException>> check) {
    check.accept(parser.parseBody(body));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    check.accept(parser.parseBody(bytes));
    try {
      check.accept(parser.parseBody(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  // --- The seed's bodies, verbatim ---------------------------------------------------------------

  @Test
  void seedJwtAndSamlBearerBody() {
    eachForm(SEED_AUDIENCE, result -> {
      InvalidGrant error = error(result, InvalidGrant.class);
      assertEquals("invalid_grant", error.code());
      assertEquals(CodeMatch.EXACT, error.match());
      assertEquals(Optional.of("Audience validation failed"), error.description());
      assertEquals(Optional.empty(), error.error().uri());
      assertEquals(RawResponse.Kind.BODY, error.error().response().kind());
      assertEquals(SEED_AUDIENCE, error.error().response().body());
    });
  }

  @Test
  void seedRefreshTokenBody() {
    eachForm(SEED_REFRESH, result -> {
      InvalidGrant error = error(result, InvalidGrant.class);
      assertEquals(Optional.of("expired access/refresh token"), error.description());
      assertEquals(SEED_REFRESH, error.error().response().body());
    });
  }

  @Test
  void seedSamlAssertionBodyKeepsErrorUri() {
    eachForm(SEED_SAML_ASSERTION, result -> {
      InvalidGrant error = error(result, InvalidGrant.class);
      assertEquals(Optional.of("invalid assertion"), error.description());
      String uri = "https://yourInstance.salesforce.com/setup/secur/SAMLValidationPage.apexp";
      assertEquals(Optional.of(uri), error.error().uri());
      assertEquals(Optional.of(URI.create(uri)), error.error().uriAsLink());
    });
  }

  @Test
  void bodiesAreKeptNotCopied() {
    String text = SEED_REFRESH;
    assertSame(text, error(parser.parseBody(text)).error().response().textOrNull());
    byte[] bytes = SEED_REFRESH.getBytes(StandardCharsets.UTF_8);
    assertSame(bytes, error(parser.parseBody(bytes)).error().response().bytesOrNull());
  }

  @Test
  void stateAndIssuerAreKept() {
    InvalidGrant error = error(parser.parseBody(
        "{\"error\":\"invalid_grant\",\"state\":\"s1\",\"iss\":\"https://login.salesforce.com\"}"),
        InvalidGrant.class);
    assertEquals(Optional.of("s1"), error.error().state());
    assertEquals(Optional.of("https://login.salesforce.com"), error.error().issuer());
  }

  // --- JSON that is not an error -----------------------------------------------------------------

  @Test
  void objectWithoutErrorIsASuccessWithItsScalarMembers() {
    String body = "{\"access_token\":\"00D!AQ\",\"scope\":[\"api\",\"id\"],\"expires_in\":7200,"
        + "\"ratio\":1.5e3,\"active\":true,\"revoked\":false,\"refresh\":null,"
        + "\"claims\":{\"sub\":\"005\"},\"state\":\"s\",\"instance_url\":\"https://x.example\"}";
    eachForm(body, result -> assertEquals(Parameters.of("access_token", "00D!AQ",
        "expires_in", "7200", "ratio", "1.5e3", "active", "true", "revoked", "false",
        "state", "s", "instance_url", "https://x.example"), success(result).parameters()));
    ParseResult.Success<TestOAuthException> empty = success(parser.parseBody("{}"));
    assertEquals(Parameters.EMPTY, empty.parameters());
    assertEquals("{}", empty.response().body());
  }

  @Test
  void otherErrorShapesWithoutAnErrorMemberAreSuccessesOfABodyAlone() {
    // A body alone has no status to say otherwise; parseResponse makes a non-2xx one NO_ERROR.
    assertEquals(Parameters.of("code", "401", "message", "Unauthorized"),
        success(parser.parseBody("{\"code\":401,\"message\":\"Unauthorized\"}")).parameters());
  }

  @Test
  void nestedErrorObjectIsNotAString() {
    eachForm("{\"error\":{\"code\":401,\"message\":\"Unauthorized\"}}", result -> assertEquals(
        "\"error\" is an object, not a string, at line 1, column 10",
        notOAuth(result, Problem.ERROR_NOT_A_STRING).detail()));
    assertEquals("\"error\" is a number, not a string, at line 1, column 11",
        notOAuth(parser.parseBody("{ \"error\":42}"), Problem.ERROR_NOT_A_STRING).detail());
    assertEquals("\"error\" is an array, not a string, at line 2, column 10",
        notOAuth(parser.parseBody("{\n\"error\": [\"invalid_grant\"]}"),
            Problem.ERROR_NOT_A_STRING).detail());
  }

  @Test
  void topLevelArrayIsNotAnObject() {
    eachForm("[{\"error\":\"invalid_grant\"}]", result -> assertEquals(
        "JSON body is an array, not an object",
        notOAuth(result, Problem.NOT_AN_OBJECT).detail()));
  }

  @Test
  void emptyAndWhiteSpaceBodies() {
    eachForm("", result -> assertEquals("body is empty",
        notOAuth(result, Problem.EMPTY).detail()));
    eachForm(" \r\n\t", result -> assertEquals("body is white space only",
        notOAuth(result, Problem.EMPTY).detail()));
  }

  // --- Bodies that are not JSON ------------------------------------------------------------------

  @Test
  void htmlPageIsNotJson() {
    String html = "<!DOCTYPE html><html><head><title>500 Server Error</title></head>"
        + "<body><a href=\"/cb?error=access_denied\">retry</a></body></html>";
    eachForm(html, result -> {
      ParseResult.NotOAuth<TestOAuthException> outcome = notOAuth(result, Problem.NOT_JSON);
      assertEquals("body is neither JSON nor a form with an \"error\" parameter; it starts with"
          + " \"<!DOCTYPE html><html><he...\"", outcome.detail());
      assertEquals(html, outcome.response().body());
    });
    eachForm("Internal Server Error\n", result -> assertEquals(
        "body is neither JSON nor a form with an \"error\" parameter; it starts with"
            + " \"Internal Server Error\"", notOAuth(result, Problem.NOT_JSON).detail()));
  }

  @Test
  void formEncodedErrorIsParsed() {
    String body = "error=bad_verification_code"
        + "&error_description=The+code+passed+is+incorrect+or+expired."
        + "&error_uri=https%3A%2F%2Fdocs.github.com%2Fapps%2Ftroubleshooting%23bad-code\n";
    eachForm(body, result -> {
      UnknownOAuthError error = error(result, UnknownOAuthError.class);
      assertEquals("bad_verification_code", error.code());
      assertEquals(Optional.of("The code passed is incorrect or expired."), error.description());
      assertEquals(Optional.of("https://docs.github.com/apps/troubleshooting#bad-code"),
          error.error().uri());
    });
    eachForm("error=invalid_grant&error_description=%C3%A9t%C3%A9+é", result -> assertEquals(
        Optional.of("été é"), error(result, InvalidGrant.class).description()));
  }

  @Test
  void formWithoutErrorIsNotJson() {
    eachForm("access_token=gho_16C7e42F292c&scope=repo", result ->
        notOAuth(result, Problem.NOT_JSON));
    eachForm("ErrorCode=No_Oauth_State", result -> notOAuth(result, Problem.NOT_JSON));
  }

  // --- Broken JSON -------------------------------------------------------------------------------

  @Test
  void truncatedJsonSaysWhereAndThatAnErrorWasRead() {
    eachForm("{\"error\":\"invalid_grant\",\"error_description\":\"x\"", result -> assertEquals(
        "JSON syntax error at line 1, column 49: Unexpected end-of-input: expected close marker"
            + " for Object; an \"error\" string (\"invalid_grant\") was read before it",
        notOAuth(result, Problem.MALFORMED_JSON).detail()));
    eachForm("{\"error_description\":\"x\",", result -> assertEquals(
        "JSON syntax error at line 1, column 26:"
            + " Unexpected end-of-input within/between Object entries",
        notOAuth(result, Problem.MALFORMED_JSON).detail()));
  }

  @Test
  void otherSyntaxErrors() {
    eachForm("{\"error\":\"invalid_grant\",}", result ->
        notOAuth(result, Problem.MALFORMED_JSON));
    eachForm("{'error':'invalid_grant'}", result -> assertEquals(
        "JSON syntax error at line 1, column 2: Unexpected character (''' (code 39)):"
            + " was expecting double-quote to start field name",
        notOAuth(result, Problem.MALFORMED_JSON).detail()));
    eachForm("{\"error\":\"a\nb\"}", result -> notOAuth(result, Problem.MALFORMED_JSON));
    eachForm("[1,2", result -> notOAuth(result, Problem.MALFORMED_JSON));
  }

  @Test
  void invalidUtf8BytesInJsonAreReplacedAndTheErrorKept() {
    byte[] body = "{\"error\":\"invalid_grant\",\"error_description\":\"\u0000\"}"
        .getBytes(StandardCharsets.UTF_8);
    body[body.length - 3] = (byte) 0xFF;
    OAuthError error = error(parser.parseBody(body)).error();
    assertEquals("invalid_grant", error.code());
    assertEquals(Optional.of("\uFFFD"), error.description());
  }

  @Test
  void contentAfterTheObjectIsIgnored() {
    eachForm("{\"error\":\"invalid_grant\"} trailing <garbage>", result ->
        error(result, InvalidGrant.class));
  }

  // --- Wire oddities -----------------------------------------------------------------------------

  @Test
  void errorGivenTwiceTheFirstWins() {
    eachForm("{\"error\":\"invalid_grant\",\"error_description\":\"first\","
        + "\"error\":\"access_denied\",\"error_description\":\"second\"}", result ->
        assertEquals(Optional.of("first"), error(result, InvalidGrant.class).description()));
    eachForm("{\"error\":{\"code\":1},\"error\":\"invalid_grant\"}", result ->
        notOAuth(result, Problem.ERROR_NOT_A_STRING));
  }

  @Test
  void extraMembersOfEveryTypeAreSkipped() {
    String body = "{\"a\":[1,{\"b\":[]},\"x\"],\"n\":-1.5e10,\"t\":true,\"f\":false,\"z\":null,"
        + "\"o\":{\"error\":\"nested\",\"deep\":{\"deeper\":[[[]]]}},\"error\":\"invalid_grant\","
        + "\"i\":12345678901234567890123,\"error_description\":\"d\",\"s\":\"x\"}";
    eachForm(body, result ->
        assertEquals(Optional.of("d"), error(result, InvalidGrant.class).description()));
  }

  @Test
  void knownFieldsThatAreNotStringsAreLeftOutButKeptRaw() {
    String body = "{\"error\":\"invalid_grant\",\"error_description\":42,"
        + "\"error_uri\":{\"href\":\"x\"},\"state\":null,\"iss\":[\"a\"]}";
    InvalidGrant error = error(parser.parseBody(body), InvalidGrant.class);
    assertEquals(Optional.empty(), error.description());
    assertEquals(Optional.empty(), error.error().uri());
    assertEquals(Optional.empty(), error.error().state());
    assertEquals(Optional.empty(), error.error().issuer());
    assertEquals(body, error.error().response().body());
  }

  @Test
  void nonAsciiTextEscapedOrRaw() {
    eachForm("{\"error\":\"invalid_grant\",\"error_description\":\"\\u00e9t\\u00e9 \\ud83d\\ude00"
        + " é \uD83D\uDE00\"}", result -> assertEquals(
        Optional.of("été \uD83D\uDE00 é \uD83D\uDE00"),
        error(result, InvalidGrant.class).description()));
  }

  @Test
  void controlCharactersAreKeptExactlyAndNeutralisedInTheSafeForm() {
    eachForm("{\"error\":\"invalid_grant\",\"error_description\":\"a\\r\\nFAKE\\u0000\\u202e\"}",
        result -> {
          InvalidGrant error = error(result, InvalidGrant.class);
          assertEquals(Optional.of("a\r\nFAKE\u0000\u202e"), error.description());
          assertEquals("a\\r\\nFAKE\\u0000\\u202e", error.error().safeDescription());
          assertEquals("a\\r\\nFAKE\\u0000\\u202e", SafeText.forLog(error.description().get()));
          assertEquals("a\\r\\nFAKE\\u0000\\u202e &lt;",
              SafeText.forHtml(error.description().get() + " <"));
        });
  }

  @Test
  void javascriptErrorUriIsNeverALink() {
    InvalidGrant error = error(parser.parseBody(
        "{\"error\":\"invalid_grant\",\"error_uri\":\"javascript:alert(1)\"}"), InvalidGrant.class);
    assertEquals(Optional.of("javascript:alert(1)"), error.error().uri());
    assertEquals(Optional.empty(), error.error().uriAsLink());
  }

  @Test
  void codeOutsideTheRfcCharacterSetIsKeptRaw() {
    eachForm("{\"error\":\"bad \\\"code\\\" é\\n\"}", result -> {
      UnknownOAuthError error = error(result, UnknownOAuthError.class);
      assertEquals("bad \"code\" é\n", error.code());
      assertEquals(CodeMatch.UNKNOWN, error.match());
    });
    eachForm("{\"error\":\"\"}", result ->
        assertEquals("", error(result, UnknownOAuthError.class).code()));
  }

  @Test
  void byteOrderMarkIsSkipped() {
    assertEquals("invalid_grant",
        error(parser.parseBody("\uFEFF" + SEED_REFRESH), InvalidGrant.class).code());
    byte[] withBom = ("\uFEFF" + SEED_REFRESH).getBytes(StandardCharsets.UTF_8);
    assertEquals(3, withBom.length - SEED_REFRESH.length());
    assertEquals("invalid_grant", error(parser.parseBody(withBom), InvalidGrant.class).code());
  }

  // --- Limits ------------------------------------------------------------------------------------

  private static final int FIVE_MB = 5 * 1024 * 1024;

  @Test
  void fiveMegabyteStringIsRefusedAndKeptWhole() {
    String body = "{\"error\":\"invalid_grant\",\"x\":\"" + "a".repeat(FIVE_MB) + "\"}";
    ParseResult.NotOAuth<TestOAuthException> outcome =
        notOAuth(parser.parseBody(body), Problem.TOO_LARGE);
    assertEquals("body is " + body.length()
        + " chars, over the 1048576-char limit (ParserLimits.maxBodyBytes)", outcome.detail());
    assertSame(body, outcome.response().textOrNull());
    assertFalse(outcome.response().isTruncated());
  }

  @Test
  void fiveMegabyteArrayIsRefusedAndKeptWhole() {
    byte[] body = new byte[FIVE_MB];
    Arrays.fill(body, (byte) '[');
    ParseResult.NotOAuth<TestOAuthException> outcome =
        notOAuth(parser.parseBody(body), Problem.TOO_LARGE);
    assertEquals("body is 5242880 bytes, over the 1048576-byte limit (ParserLimits.maxBodyBytes)",
        outcome.detail());
    assertSame(body, outcome.response().bytesOrNull());
  }

  @Test
  void fiveMegabyteStreamIsReadOnlyToOneByteOverTheLimit() throws IOException {
    CountingStream stream = new CountingStream(FIVE_MB, 'x');
    ParseResult.NotOAuth<TestOAuthException> outcome =
        notOAuth(parser.parseBody(stream), Problem.TOO_LARGE);
    assertEquals("body is over the 1048576-byte limit (ParserLimits.maxBodyBytes);"
        + " reading stopped after 1048577 bytes", outcome.detail());
    assertEquals(1_048_577, stream.served);
    assertTrue(outcome.response().isTruncated());
    assertEquals(1_048_577, outcome.response().length());
    assertEquals(RawResponse.Kind.BODY, outcome.response().kind());
    assertFalse(stream.closed);
  }

  @Test
  void limitIsConfigurable() throws IOException {
    OAuthErrorParser<TestOAuthException> small = OAuthErrorParser.builder(TestCatalog.TYPES)
        .limits(ParserLimits.DEFAULT.withMaxBodyBytes(SEED_REFRESH.length() - 1))
        .build();
    notOAuth(small.parseBody(SEED_REFRESH), Problem.TOO_LARGE);
    OAuthErrorParser<TestOAuthException> exact = OAuthErrorParser.builder(TestCatalog.TYPES)
        .limits(ParserLimits.DEFAULT.withMaxBodyBytes(SEED_REFRESH.length()))
        .build();
    error(exact.parseBody(SEED_REFRESH), InvalidGrant.class);
    byte[] bytes = SEED_REFRESH.getBytes(StandardCharsets.UTF_8);
    error(exact.parseBody(new ByteArrayInputStream(bytes)), InvalidGrant.class);
    notOAuth(small.parseBody(new ByteArrayInputStream(bytes)), Problem.TOO_LARGE);
  }

  @Test
  void hundredThousandNestedBracketsAreTooDeep() {
    String detailStart = "JSON nests deeper than the 64-level limit"
        + " (ParserLimits.maxNestingDepth) at line 1, column ";
    for (String body : new String[] {
        "[".repeat(100_000),
        "{\"a\":" + "[".repeat(100_000),
        "{\"a\":".repeat(100_000),
        "{\"error\":\"invalid_grant\",\"x\":" + "{\"a\":[".repeat(50_000)}) {
      eachForm(body, result -> {
        String detail = notOAuth(result, Problem.TOO_DEEP).detail();
        assertTrue(detail.startsWith(detailStart), detail);
      });
    }
  }

  @Test
  void nestingLimitIsConfigurable() {
    OAuthErrorParser<TestOAuthException> shallow = OAuthErrorParser.builder(TestCatalog.TYPES)
        .limits(ParserLimits.DEFAULT.withMaxNestingDepth(3))
        .build();
    assertEquals(Parameters.EMPTY,
        success(shallow.parseBody("{\"a\":{\"b\":{}}}")).parameters());
    assertEquals("JSON nests deeper than the 3-level limit (ParserLimits.maxNestingDepth)"
        + " at line 1, column 17",
        notOAuth(shallow.parseBody("{\"a\":{\"b\":{\"c\":{}}}}"), Problem.TOO_DEEP).detail());
  }

  // --- Streams -----------------------------------------------------------------------------------

  @Test
  void streamReadInTinyChunksIsNotClosed() throws IOException {
    byte[] bytes = SEED_SAML_ASSERTION.getBytes(StandardCharsets.UTF_8);
    TrickleStream stream = new TrickleStream(bytes);
    InvalidGrant error = error(parser.parseBody(stream), InvalidGrant.class);
    assertArrayEquals(bytes, error.error().response().bodyBytes());
    assertFalse(stream.closed);
  }

  @Test
  void streamFailureIsThrown() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };
    IOException thrown = assertThrows(IOException.class, () -> parser.parseBody(failing));
    assertEquals("connection reset", thrown.getMessage());
  }

  @Test
  void orThrowOnABodyErrorThrowsTheTypedError() {
    ParseResult<TestOAuthException> result = parser.parseBody(SEED_REFRESH);
    InvalidGrant thrown = assertThrows(InvalidGrant.class, result::orThrow);
    assertTrue(thrown.getStackTrace().length > 0);
    assertEquals("invalid_grant: expired access/refresh token", thrown.getMessage());
    NotOAuthResponseException notOAuth = assertThrows(NotOAuthResponseException.class,
        parser.parseBody("<html>")::orThrow);
    assertEquals(Problem.NOT_JSON, notOAuth.outcome().problem());
  }

  /** Serves {@code size} copies of one byte, counting what it served. */
  static final class CountingStream extends InputStream {
    private final int size;
    private final byte value;
    int served;
    boolean closed;

    CountingStream(int size, char value) {
      this.size = size;
      this.value = (byte) value;
    }

    @Override
    public int read() {
      if (served == size) {
        return -1;
      }
      served++;
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (served == size) {
        return -1;
      }
      int count = Math.min(length, size - served);
      Arrays.fill(buffer, offset, offset + count, value);
      served += count;
      return count;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
