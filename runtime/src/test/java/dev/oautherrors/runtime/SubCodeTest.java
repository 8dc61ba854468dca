package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.runtime.catalog.TestCatalog;
import dev.oautherrors.runtime.catalog.TestOAuthException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Provider sub-codes: read from the catalog's JSON member on every body path, from the
 * description's prefix where there is no member, never confused by hostile values, and the
 * pattern rules that keep the prefix read fast.
 */
class SubCodeTest {
  static final SubCodeSource ENTRA = SubCodeSource.of("error_codes", "^AADSTS(\\d{1,10}):");
  static final OAuthErrorParser<TestOAuthException> PARSER =
      OAuthErrorParser.builder(TestCatalog.TYPES).subCodes(ENTRA).build();

  /** The shape Entra ID sends: the member, and the code again at the start of the text. */
  static final String ENTRA_BODY = "{\"error\":\"invalid_grant\",\"error_description\":"
      + "\"AADSTS50126: Error validating credentials due to invalid username or password.\\r\\n"
      + "Trace ID: 2c1f Correlation ID: 7a0e Timestamp: 2026-01-05 10:14:03Z\","
      + "\"error_codes\":[50126],\"timestamp\":\"2026-01-05 10:14:03Z\",\"trace_id\":\"2c1f\","
      + "\"correlation_id\":\"7a0e\",\"error_uri\":\"https://login.example/error?code=50126\"}";

  @Test
  void everyBodyPathReadsTheMember() throws IOException {
    byte[] bytes = ENTRA_BODY.getBytes(StandardCharsets.UTF_8);
    assertEquals(Optional.of("50126"), subCode(PARSER.parseBody(ENTRA_BODY)));
    assertEquals(Optional.of("50126"), subCode(PARSER.parseBody(bytes)));
    assertEquals(Optional.of("50126"),
        subCode(PARSER.parseBody(new ByteArrayInputStream(bytes))));
    assertEquals(Optional.of("50126"), subCode(PARSER.parseResponse(400, Headers.EMPTY, bytes)));
    assertEquals(Optional.of("50126"),
        subCode(PARSER.parseResponse(200, Headers.EMPTY, ENTRA_BODY)));
    assertEquals(Optional.of("50126"), subCode(PARSER.parseResponse(400, Headers.EMPTY,
        new ByteArrayInputStream(bytes))));
    assertEquals(Optional.of("50126"), subCode(PARSER.parseResponse(
        new FakeHttpResponse<>(400, HttpHeaders.of(Map.of(), (a, b) -> true), bytes))));
  }

  @Test
  void theRawResponseIsKeptWhole() {
    ParseResult<TestOAuthException> result = PARSER.parseBody(ENTRA_BODY);
    assertEquals(ENTRA_BODY, error(result).error().response().body());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "[50126]                          | 50126",
      "[50126, 50076]                   | 50126",
      "50126                            | 50126",
      "\"50126\"                        | 50126",
      "[\"AADSTS50126\"]                | AADSTS50126",
      "5.0126e4                         | 5.0126e4",
      "[[1], 2]                         | ''",
      "[{\"a\":[1]}, 2]                 | ''",
      "[]                               | ''",
      "{\"code\":50126}                 | ''",
      "null                             | ''",
      "true                             | ''",
      "[null, 50126]                    | ''"})
  void theMemberIsAScalarOrTheFirstElementOfAnArray(String value, String expected) {
    String body = "{\"error\":\"invalid_grant\",\"error_codes\":" + value + ",\"after\":[1]}";
    Optional<String> want = expected.isEmpty() ? Optional.empty() : Optional.of(expected);
    assertEquals(want, subCode(PARSER.parseBody(body)), body);
    assertEquals(want, subCode(PARSER.parseBody(body.getBytes(StandardCharsets.UTF_8))), body);
  }

  @Test
  void theFirstMemberWinsAndItsPlaceDoesNotMatter() {
    assertEquals(Optional.of("1"), subCode(PARSER.parseBody(
        "{\"error_codes\":[1],\"error\":\"invalid_grant\",\"error_codes\":[2]}")));
    // A nested error_codes is not the top-level member.
    assertEquals(Optional.empty(), subCode(PARSER.parseBody(
        "{\"error\":\"invalid_grant\",\"inner\":{\"error_codes\":[3]}}")));
  }

  @Test
  void aFlatBodyWithAStringMemberGivesItOnTheFastPath() {
    assertEquals(Optional.of("50126"), subCode(PARSER.parseBody(
        "{\"error\":\"invalid_grant\",\"error_codes\":\"50126\"}")));
    assertEquals(Optional.of("50126"), subCode(PARSER.parseBody(
        "{\"error\":\"invalid_grant\",\"error_codes\":\"50126\"}"
            .getBytes(StandardCharsets.UTF_8))));
    // The name as another member's value is not the member; the first member wins.
    assertEquals(Optional.of("7"), subCode(PARSER.parseBody(
        "{\"error\":\"invalid_grant\",\"x\":\"error_codes\",\"error_codes\":\"7\","
            + "\"error_codes\":\"8\"}")));
    // The name quoted inside another value sends the body to Jackson, which finds no member.
    assertEquals(Optional.empty(), subCode(PARSER.parseBody(
        "{\"error\":\"invalid_grant\",\"x\":\"\\\"error_codes\\\"\"}")));
  }

  @Test
  void withoutTheMemberTheDescriptionPrefixGivesIt() {
    assertEquals(Optional.of("70008"), subCode(PARSER.parseBody(
        "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70008: expired\"}")));
    assertEquals(Optional.of("70008"), subCode(PARSER.parseRedirect(
        "https://app.example/cb?error=invalid_grant&error_description=AADSTS70008%3A+expired")));
    assertEquals(Optional.of("70008"), subCode(PARSER.parseBody(
        "error=invalid_grant&error_description=AADSTS70008%3A%20expired")));
    Headers challenge = Headers.of(Map.of("WWW-Authenticate",
        List.of("Bearer error=\"invalid_token\", error_description=\"AADSTS70008: expired\"")));
    assertEquals(Optional.of("70008"),
        subCode(PARSER.parseResponse(401, challenge, "")));
  }

  @Test
  void theMemberWinsOverTheDescription() {
    assertEquals(Optional.of("1"), subCode(PARSER.parseBody("{\"error\":\"invalid_grant\","
        + "\"error_description\":\"AADSTS2: text\",\"error_codes\":[1]}")));
  }

  @Test
  void aParserWithoutSourceReadsNoSubCode() {
    assertEquals(Optional.empty(), subCode(TestCatalog.parser().parseBody(ENTRA_BODY)));
    assertEquals(SubCodeSource.NONE, TestCatalog.parser().subCodes());
  }

  @Test
  void anErrorBuiltElsewhereGetsTheDescriptionsSubCode() {
    OAuthError built = OAuthError.builder("invalid_grant").description("AADSTS50076: MFA").build();
    assertEquals(Optional.of("50076"), PARSER.typed(built).rawSubCode());
    OAuthError given = OAuthError.builder("invalid_grant").description("AADSTS50076: MFA")
        .subCode("1").build();
    assertEquals(Optional.of("1"), PARSER.typed(given).rawSubCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"AADSTS", "AADSTS:", "AADSTS12345678901: too long", "xAADSTS1:",
      " AADSTS1:", "aadsts1:"})
  void aDescriptionThatDoesNotMatchGivesNone(String description) {
    assertNull(ENTRA.fromDescription(description));
  }

  @Test
  void onlyThePrefixIsRead() {
    String late = "x".repeat(SubCodeSource.DESCRIPTION_PREFIX_CHARS) + "AADSTS1:";
    SubCodeSource anywhere = SubCodeSource.of(null, "^[^:]{0,200}?(\\d+):");
    assertNull(anywhere.fromDescription(late));
    assertEquals("7", anywhere.fromDescription("code 7: x"));
  }

  @Test
  void hostileBodiesEndQuickly() {
    StringBuilder hugeArray = new StringBuilder("{\"error\":\"e\",\"error_codes\":[");
    for (int i = 0; i < 120_000; i++) { // about 800 KB, under the body limit
      hugeArray.append(i).append(',');
    }
    hugeArray.append("0]}");
    String deep = "{\"error\":\"e\",\"error_codes\":" + "[".repeat(10_000) + "]".repeat(10_000)
        + "}";
    String digits = "{\"error\":\"e\",\"error_description\":\"AADSTS" + "9".repeat(500_000)
        + "\"}";
    String backtrack = "{\"error\":\"e\",\"error_description\":\"" + "1".repeat(500_000) + "x\"}";
    SubCodeSource worst = SubCodeSource.of(null, "^\\d*(\\d*)y");
    OAuthErrorParser<TestOAuthException> slowest =
        OAuthErrorParser.builder(TestCatalog.TYPES).subCodes(worst).build();
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      assertEquals(Optional.of("0"), subCode(PARSER.parseBody(hugeArray.toString())));
      assertEquals(ParseResult.Problem.TOO_DEEP,
          ((ParseResult.NotOAuth<TestOAuthException>) PARSER.parseBody(deep)).problem());
      assertEquals(Optional.empty(), subCode(PARSER.parseBody(digits)));
      for (int i = 0; i < 100; i++) {
        assertEquals(Optional.empty(), subCode(slowest.parseBody(backtrack)));
      }
    });
  }

  @Test
  void aTruncatedArrayIsMalformedJson() {
    ParseResult<TestOAuthException> result =
        PARSER.parseBody("{\"error\":\"e\",\"error_codes\":[1,{\"a\":");
    assertEquals(ParseResult.Problem.MALFORMED_JSON,
        ((ParseResult.NotOAuth<TestOAuthException>) result).problem());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "AADSTS(\\d+):      | it must start with '^'",
      "^AADSTS\\d+:       | it has 0 capturing groups",
      "^(A)(\\d+)         | it has 2 capturing groups",
      "^((\\d)+)          | a quantifier follows the group",
      "^(?:ab)*(\\d)      | a quantifier follows the group",
      "^(\\w)\\1          | back-reference",
      "^(?<n>\\w)\\k<n>   | back-reference",
      "^(?=a)(a)          | look-around",
      "^(?<!a)(a)         | look-around",
      "^\\Qa\\E(a)        | \\Q",
      "^a*b+(c?)          | it has 3 quantifiers of variable length",
      "^a{1,}b{2,3}(c*)   | it has 3 quantifiers of variable length",
      "^(\\d+             | not a valid Java regular expression"})
  void unsafePatternsAreRefusedWithTheReason(String pattern, String reason) {
    List<String> problems = SubCodeSource.patternProblems(pattern);
    assertTrue(problems.stream().anyMatch(p -> p.contains(reason)), () -> pattern + ": " + problems);
    assertThrows(IllegalArgumentException.class, () -> SubCodeSource.of(null, pattern));
  }

  @ParameterizedTest
  @ValueSource(strings = {"^AADSTS(\\d+):", "^AADSTS(\\d{1,10}):", "^(?i)aadsts(\\d{5,7}):",
      "^\\[(\\d+)\\]", "^([A-Z]{2}\\d{3})", "^[*+?()](x)", "^a*?(b+)", "^(?:AADSTS)(\\d+)"})
  void safePatternsAreAccepted(String pattern) {
    assertEquals(List.of(), SubCodeSource.patternProblems(pattern));
  }

  @ParameterizedTest
  @ValueSource(strings = {"error", "error_description", "error_uri", "state", "iss", ""})
  void aStandardMemberCannotHoldSubCodes(String field) {
    assertThrows(IllegalArgumentException.class, () -> SubCodeSource.of(field, null));
  }

  @Test
  void noSourceIsNone() {
    assertEquals(SubCodeSource.NONE, SubCodeSource.of(null, null));
    assertEquals(Optional.empty(), SubCodeSource.NONE.field());
    assertNull(SubCodeSource.NONE.fromDescription("AADSTS1: x"));
  }

  static Optional<String> subCode(ParseResult<TestOAuthException> result) {
    return error(result).rawSubCode();
  }

  static TestOAuthException error(ParseResult<TestOAuthException> result) {
    assertTrue(result instanceof ParseResult.ErrorResponse, result::toString);
    return ((ParseResult.ErrorResponse<TestOAuthException>) result).error();
  }
}
