package dev.oautherrors.runtime;

import static dev.oautherrors.runtime.Outcome.error;
import static dev.oautherrors.runtime.Outcome.notOAuth;
import static dev.oautherrors.runtime.Outcome.success;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.runtime.ParseResult.Problem;
import dev.oautherrors.runtime.catalog.TestCatalog;
import dev.oautherrors.runtime.catalog.TestCatalog.AccessDenied;
import dev.oautherrors.runtime.catalog.TestCatalog.InvalidGrant;
import dev.oautherrors.runtime.catalog.TestCatalog.NoOAuthState;
import dev.oautherrors.runtime.catalog.TestCatalog.UnknownOAuthError;
import dev.oautherrors.runtime.catalog.TestOAuthException;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedirectParserTest {
  private final OAuthErrorParser<TestOAuthException> parser = TestCatalog.parser();

  // --- The seed's two redirects, verbatim --------------------------------------------------------

  @Test
  void seedWebServerFlowHyphenatedCodeLandsOnAccessDenied() {
    String uri = "https://www.mycustomerorderstatus/code_callback.jsp?error=access-denied";
    AccessDenied error = error(parser.parseRedirect(uri), AccessDenied.class);
    assertEquals("access-denied", error.code());
    assertEquals(CodeMatch.ALIAS, error.match());
    assertEquals(Optional.empty(), error.description());
    assertEquals(RawResponse.Kind.REDIRECT, error.error().response().kind());
    assertEquals(Optional.of(uri), error.error().response().uri());
    assertEquals(OAuthError.Origin.SERVER, error.error().origin());
  }

  @Test
  void seedUserAgentFlowErrorInTheFragment() {
    String uri = "https://www.customercontactinfo.com/user_callback.jsp#error=access_denied";
    AccessDenied error = error(parser.parseRedirect(uri), AccessDenied.class);
    assertEquals("access_denied", error.code());
    assertEquals(CodeMatch.EXACT, error.match());
    assertEquals(Optional.of(uri), error.error().response().uri());
  }

  @Test
  void seedRedirectsParseTheSameAsUriObjects() {
    URI uri =
        URI.create("https://www.mycustomerorderstatus/code_callback.jsp?error=access-denied");
    assertEquals("access-denied", error(parser.parseRedirect(uri), AccessDenied.class).code());
    URI fragment =
        URI.create("https://www.customercontactinfo.com/user_callback.jsp#error=access_denied");
    assertEquals("access_denied", error(parser.parseRedirect(fragment), AccessDenied.class).code());
    assertEquals(Optional.of(fragment.toString()),
        error(parser.parseRedirect(fragment, null)).error().response().uri());
  }

  // --- Every field kept --------------------------------------------------------------------------

  @Test
  void keepsDescriptionUriStateAndIssuerDecoded() {
    String uri = "https://app.example/cb?error=access_denied"
        + "&error_description=The+user+denied%20access"
        + "&error_uri=https%3A%2F%2Fhelp.example%2Ferrors%3Fid%3D1"
        + "&state=xyz%2F1&iss=https%3A%2F%2Flogin.salesforce.com";
    AccessDenied error = error(parser.parseRedirect(uri, "xyz/1"), AccessDenied.class);
    OAuthError details = error.error();
    assertEquals(Optional.of("The user denied access"), details.description());
    assertEquals(Optional.of("https://help.example/errors?id=1"), details.uri());
    assertEquals(Optional.of(URI.create("https://help.example/errors?id=1")), details.uriAsLink());
    assertEquals(Optional.of("xyz/1"), details.state());
    assertEquals(Optional.of("https://login.salesforce.com"), details.issuer());
  }

  @Test
  void codeOutsideTheRfcCharacterSetIsKeptRaw() {
    UnknownOAuthError error = error(parser.parseRedirect(
        "https://app.example/cb?error=b%C3%A4d%20%22code%22%0A"), UnknownOAuthError.class);
    assertEquals("bäd \"code\"\n", error.code());
    assertEquals(CodeMatch.UNKNOWN, error.match());
    assertFalse(error.isKnown());
  }

  @Test
  void emptyErrorIsTheUnknownTypeWithTheEmptyCode() {
    UnknownOAuthError error = error(
        parser.parseRedirect("https://app.example/cb?error=&state=s"), UnknownOAuthError.class);
    assertEquals("", error.code());
    assertEquals(Optional.of("s"), error.error().state());
    UnknownOAuthError bare =
        error(parser.parseRedirect("https://app.example/cb?error"), UnknownOAuthError.class);
    assertEquals("", bare.code());
  }

  @Test
  void lenientSpellingIsMatchedAndKeptRaw() {
    AccessDenied error = error(
        parser.parseRedirect("https://app.example/cb?error=ACCESS-DENIED"), AccessDenied.class);
    assertEquals("ACCESS-DENIED", error.code());
    assertEquals(CodeMatch.LENIENT, error.match());
  }

  // --- Where the parameters are ------------------------------------------------------------------

  @Test
  void facebookFragmentNeverHidesAQueryError() {
    String uri =
        "https://app.example/cb?error=access_denied&error_description=Permissions+error#_=_";
    AccessDenied error = error(parser.parseRedirect(uri), AccessDenied.class);
    assertEquals(Optional.of("Permissions error"), error.description());
    assertEquals(Optional.of(uri), error.error().response().uri());
  }

  @Test
  void fragmentErrorBeatsQuerySuccess() {
    InvalidGrant error = error(
        parser.parseRedirect("https://app.example/cb?code=abc#error=invalid_grant"),
        InvalidGrant.class);
    assertEquals("invalid_grant", error.code());
  }

  @Test
  void questionMarkAfterTheHashBelongsToTheFragment() {
    UnknownOAuthError error = error(
        parser.parseRedirect("https://app.example/cb#error=access_denied?x=1"),
        UnknownOAuthError.class);
    assertEquals("access_denied?x=1", error.code());
    ParseResult<TestOAuthException> query =
        parser.parseRedirect("https://app.example/cb#a=1?error=x", ResponseMode.QUERY, null);
    notOAuth(query, Problem.EMPTY);
  }

  @Test
  void successInTheQueryKeepsEveryParameterInOrder() {
    String uri = "https://app.example/cb?code=aPrx%2Bz&state=s1&code=second#_=_";
    ParseResult.Success<TestOAuthException> success = success(parser.parseRedirect(uri, "s1"));
    assertEquals(Parameters.of("code", "aPrx+z", "state", "s1", "code", "second"),
        success.parameters());
    assertEquals(Optional.of("aPrx+z"), success.parameters().first("code"));
    assertEquals(Optional.of(uri), success.response().uri());
  }

  @Test
  void successInTheFragment() {
    String uri = "https://app.example/cb#access_token=00D%21AQ&token_type=Bearer&state=s";
    ParseResult.Success<TestOAuthException> success = success(parser.parseRedirect(uri));
    assertEquals(Parameters.of("access_token", "00D!AQ", "token_type", "Bearer", "state", "s"),
        success.parameters());
    assertEquals(Parameters.of("id_token", "e30"),
        success(parser.parseRedirect("https://app.example/cb#id_token=e30")).parameters());
  }

  @Test
  void redirectWithoutParametersIsEmpty() {
    notOAuth(parser.parseRedirect("https://app.example/cb"), Problem.EMPTY);
    notOAuth(parser.parseRedirect("https://app.example/cb?#"), Problem.EMPTY);
    notOAuth(parser.parseRedirect("https://app.example/cb?&&"), Problem.EMPTY);
    notOAuth(parser.parseRedirect(""), Problem.EMPTY);
  }

  @Test
  void redirectWithOtherParametersHasNoError() {
    ParseResult.NotOAuth<TestOAuthException> outcome =
        notOAuth(parser.parseRedirect("https://app.example/cb?lang=en#_=_"), Problem.NO_ERROR);
    assertEquals("redirect carries no error, code, access_token or id_token"
        + " (parameters in query: 1, in fragment: 1)", outcome.detail());
    assertEquals(Optional.of("https://app.example/cb?lang=en#_=_"), outcome.response().uri());
  }

  @Test
  void explicitModesLookOnlyThere() {
    String uri = "https://app.example/cb?error=invalid_grant#error=access_denied";
    error(parser.parseRedirect(uri, ResponseMode.QUERY, null), InvalidGrant.class);
    error(parser.parseRedirect(uri, ResponseMode.FRAGMENT, null), AccessDenied.class);
    error(parser.parseRedirect(URI.create(uri), ResponseMode.FRAGMENT, null), AccessDenied.class);
    notOAuth(parser.parseRedirect("https://app.example/cb?code=1", ResponseMode.FRAGMENT, null),
        Problem.EMPTY);
    notOAuth(parser.parseRedirect("https://app.example/cb#_=_", ResponseMode.FRAGMENT, null),
        Problem.NO_ERROR);
    success(parser.parseRedirect("https://app.example/cb?code=1#_=_", ResponseMode.QUERY, null));
  }

  @Test
  void formPostModeIsAProgrammingErrorForRedirects() {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> parser.parseRedirect("https://app.example/cb", ResponseMode.FORM_POST, null));
    assertTrue(thrown.getMessage().contains("parseFormPost"), thrown.getMessage());
  }

  // --- Salesforce single sign-on pages -----------------------------------------------------------

  @Test
  void singleSignOnErrorCodeIsAcceptedWhenErrorIsAbsent() {
    NoOAuthState error = error(parser.parseRedirect(
        "https://mydomain.my.salesforce.com/_nc_external/identity/sso/ui/AuthorizationError"
            + "?ErrorCode=No_Oauth_State&ErrorDescription=State+was+not+valid"),
        NoOAuthState.class);
    assertEquals("No_Oauth_State", error.code());
    assertEquals(CodeMatch.LENIENT, error.match());
    assertEquals(Optional.of("State was not valid"), error.description());
  }

  @Test
  void errorWinsOverErrorCode() {
    AccessDenied error = error(parser.parseRedirect(
        "https://app.example/cb?ErrorCode=No_Oauth_State&ErrorDescription=x&error=access_denied"
            + "&error_description=y"), AccessDenied.class);
    assertEquals(Optional.of("y"), error.description());
  }

  // --- Wire oddities -----------------------------------------------------------------------------

  @Test
  void errorGivenTwiceTheFirstWinsAndTheRawKeepsBoth() {
    String uri = "https://app.example/cb?error=invalid_grant&error_description=first"
        + "&error=access_denied&error_description=second";
    InvalidGrant error = error(parser.parseRedirect(uri), InvalidGrant.class);
    assertEquals(Optional.of("first"), error.description());
    assertEquals(Optional.of(uri), error.error().response().uri());
  }

  @Test
  void brokenPercentEncodingIsKeptLiterally() {
    InvalidGrant error = error(parser.parseRedirect(
        "https://app.example/cb?error=invalid_grant&error_description=100%zz+sure%4&state=%"),
        InvalidGrant.class);
    assertEquals(Optional.of("100%zz sure%4"), error.description());
    assertEquals(Optional.of("%"), error.error().state());
  }

  @Test
  void nonAsciiTextEncodedOrRaw() {
    InvalidGrant encoded = error(parser.parseRedirect(
        "https://app.example/cb?error=invalid_grant"
            + "&error_description=%C3%A9t%C3%A9+%F0%9F%98%80"),
        InvalidGrant.class);
    assertEquals(Optional.of("été \uD83D\uDE00"), encoded.description());
    InvalidGrant raw = error(parser.parseRedirect(
        "https://app.example/cb?error=invalid_grant&error_description=été+\uD83D\uDE00"),
        InvalidGrant.class);
    assertEquals(Optional.of("été \uD83D\uDE00"), raw.description());
  }

  @Test
  void encodedParameterNamesAreRecognised() {
    AccessDenied error = error(parser.parseRedirect(
        "https://app.example/cb?%65rror=access_denied&error%5Fdescription=x"), AccessDenied.class);
    assertEquals(Optional.of("x"), error.description());
  }

  @Test
  void controlCharactersAreKeptExactlyAndNeutralisedInTheSafeForm() {
    InvalidGrant error = error(parser.parseRedirect("https://app.example/cb?error=invalid_grant"
        + "&error_description=line1%0D%0AFAKE+LOG+LINE%00%E2%80%AE"), InvalidGrant.class);
    assertEquals(Optional.of("line1\r\nFAKE LOG LINE\u0000\u202e"), error.description());
    assertEquals("line1\\r\\nFAKE LOG LINE\\u0000\\u202e", error.error().safeDescription());
    assertEquals("invalid_grant: line1\\r\\nFAKE LOG LINE\\u0000\\u202e", error.getMessage());
  }

  @Test
  void javascriptErrorUriIsKeptButNeverALink() {
    InvalidGrant error = error(parser.parseRedirect("https://app.example/cb?error=invalid_grant"
        + "&error_uri=javascript%3Aalert(document.cookie)"), InvalidGrant.class);
    assertEquals(Optional.of("javascript:alert(document.cookie)"), error.error().uri());
    assertEquals(Optional.empty(), error.error().uriAsLink());
  }

  @Test
  void uriOverTheLimitIsRefusedWithoutScanning() {
    OAuthErrorParser<TestOAuthException> small = OAuthErrorParser.builder(TestCatalog.TYPES)
        .limits(ParserLimits.DEFAULT.withMaxUriLength(40))
        .build();
    String uri = "https://app.example/cb?error=access_denied&x=" + "a".repeat(100);
    ParseResult.NotOAuth<TestOAuthException> outcome =
        notOAuth(small.parseRedirect(uri), Problem.TOO_LARGE);
    assertEquals("redirect URI is 145 chars, over the 40-char limit (ParserLimits.maxUriLength)",
        outcome.detail());
    assertSame(uri, outcome.response().uri().orElseThrow());
  }

  @Test
  void manyParametersWithoutEqualsSignsAreLinear() {
    String uri = "https://app.example/cb?" + "a&".repeat(30_000) + "error=x";
    UnknownOAuthError error = error(parser.parseRedirect(uri), UnknownOAuthError.class);
    assertEquals("x", error.code());
  }

  // --- State check -------------------------------------------------------------------------------

  @Test
  void stateCheckOnErrors() {
    String withState = "https://app.example/cb?error=access_denied&state=abc";
    AccessDenied equal = error(parser.parseRedirect(withState, "abc"), AccessDenied.class);
    assertEquals(Optional.of("abc"), equal.error().state());
    error(parser.parseRedirect(withState, null), AccessDenied.class);

    NoOAuthState different = error(parser.parseRedirect(withState, "abd"), NoOAuthState.class);
    assertStateError(different, Outcomes.STATE_DIFFERENT, "abc", withState);

    String noState = "https://app.example/cb?error=access_denied";
    NoOAuthState missing = error(parser.parseRedirect(noState, "abc"), NoOAuthState.class);
    assertStateError(missing, Outcomes.STATE_MISSING, null, noState);
  }

  @Test
  void stateCheckOnSuccess() {
    String uri = "https://app.example/cb?code=c1&state=s%C3%A9";
    success(parser.parseRedirect(uri, "sé"));
    success(parser.parseRedirect(uri, null));
    assertStateError(error(parser.parseRedirect(uri, "s"), NoOAuthState.class),
        Outcomes.STATE_DIFFERENT, "sé", uri);
    String noState = "https://app.example/cb#access_token=t";
    assertStateError(error(parser.parseRedirect(noState, "s"), NoOAuthState.class),
        Outcomes.STATE_MISSING, null, noState);
    assertStateError(error(parser.parseRedirect(noState, ResponseMode.FRAGMENT, "s"),
        NoOAuthState.class), Outcomes.STATE_MISSING, null, noState);
  }

  @Test
  void stateCheckLeavesNotOAuthAlone() {
    notOAuth(parser.parseRedirect("https://app.example/cb?lang=en", "s"), Problem.NO_ERROR);
    notOAuth(parser.parseRedirect("https://app.example/cb", "s"), Problem.EMPTY);
  }

  @Test
  void stateMismatchCodeDefaultsToStateMismatch() {
    OAuthErrorParser<TestOAuthException> plain = OAuthErrorParser.create(TestCatalog.TYPES);
    UnknownOAuthError error = error(plain.parseRedirect("https://app.example/cb?code=1", "s"),
        UnknownOAuthError.class);
    assertEquals(OAuthErrorParser.DEFAULT_STATE_MISMATCH_CODE, error.code());
    assertEquals("state_mismatch", error.code());
    assertEquals(OAuthError.Origin.STATE_CHECK, error.error().origin());
  }

  private static void assertStateError(
      NoOAuthState error, String description, String receivedState, String uri) {
    assertEquals("No_OAuth_State", error.code());
    assertEquals(OAuthError.Origin.STATE_CHECK, error.error().origin());
    assertEquals(Optional.of(description), error.description());
    assertEquals(Optional.ofNullable(receivedState), error.error().state());
    assertEquals(Optional.of(uri), error.error().response().uri());
  }

  // --- Form post ---------------------------------------------------------------------------------

  @Test
  void formPostErrorAndSuccess() {
    String body = "error=access_denied&error_description=denied+by+user&state=st";
    AccessDenied error = error(parser.parseFormPost(body, "st"), AccessDenied.class);
    assertEquals(Optional.of("denied by user"), error.description());
    assertEquals(RawResponse.Kind.FORM_POST, error.error().response().kind());
    assertEquals(body, error.error().response().body());

    ParseResult.Success<TestOAuthException> success =
        success(parser.parseFormPost("code=abc&state=st", "st"));
    assertEquals(Parameters.of("code", "abc", "state", "st"), success.parameters());
    error(parser.parseFormPost("code=abc&state=other", "st"), NoOAuthState.class);
    notOAuth(parser.parseFormPost("", "st"), Problem.EMPTY);
    notOAuth(parser.parseFormPost("foo=bar", null), Problem.NO_ERROR);
  }

  @Test
  void formPostOverTheLimitIsRefused() {
    OAuthErrorParser<TestOAuthException> small = OAuthErrorParser.builder(TestCatalog.TYPES)
        .limits(ParserLimits.DEFAULT.withMaxUriLength(10))
        .build();
    ParseResult.NotOAuth<TestOAuthException> outcome =
        notOAuth(small.parseFormPost("error=access_denied", null), Problem.TOO_LARGE);
    assertEquals("form post body is 19 chars, over the 10-char limit (ParserLimits.maxUriLength)",
        outcome.detail());
    assertEquals("error=access_denied", outcome.response().body());
  }

  // --- Throwing form -----------------------------------------------------------------------------

  @Test
  void orThrowThrowsTheTypedErrorWithAStackTrace() {
    ParseResult<TestOAuthException> result =
        parser.parseRedirect("https://app.example/cb?error=access_denied&error_description=no");
    assertEquals(0, error(result).getStackTrace().length);
    AccessDenied thrown = assertThrows(AccessDenied.class, result::orThrow);
    assertTrue(thrown.getStackTrace().length > 0);
    assertEquals(Optional.of("no"), thrown.description());
  }

  @Test
  void orThrowOnNotOAuthThrowsNotOAuthResponseException() {
    ParseResult<TestOAuthException> result = parser.parseRedirect("https://app.example/cb");
    NotOAuthResponseException thrown =
        assertThrows(NotOAuthResponseException.class, result::orThrow);
    assertSame(result, thrown.outcome());
    assertTrue(thrown.getMessage().startsWith("EMPTY: "), thrown.getMessage());
  }

  @Test
  void orThrowOnSuccessReturnsIt() {
    ParseResult<TestOAuthException> result = parser.parseRedirect("https://app.example/cb?code=1");
    assertSame(result, result.orThrow());
  }
}
