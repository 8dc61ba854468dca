package com.example.salesforce;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo shows every case the issue asks for, with the decision the handlers made. */
class DemoTest {
  private static String output;

  @BeforeAll
  static void runDemo() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    output = bytes.toString(StandardCharsets.UTF_8);
  }

  private static void assertShows(String... fragments) {
    for (String fragment : fragments) {
      assertTrue(output.contains(fragment), () -> "missing <" + fragment + "> in:\n" + output);
    }
  }

  @Test
  void jwtBearerAudienceFailureAlertsAnAdmin() {
    assertShows("[1] JWT bearer flow",
        "received  HTTP 400  {\"error\":\"invalid_grant\",\"error_description\":"
            + "\"Audience validation failed\"}",
        "reason    AUDIENCE_VALIDATION_FAILED",
        "decision  Alert an admin");
  }

  @Test
  void expiredRefreshTokenReauthenticates() {
    assertShows("[2] Refresh token flow", "reason    EXPIRED_ACCESS_REFRESH_TOKEN",
        "decision  Re-authenticate: The refresh token expired or was revoked.");
  }

  @Test
  void devicePollerHonoursPendingAndSlowDownUntilApproval() {
    assertShows("[3] Device flow (user approves)",
        "poll 1    after 5 s: authorization_pending -> CONTINUE",
        "poll 3    after 5 s: slow_down -> SLOW_DOWN",
        "poll 4    after 10 s: authorization_pending -> CONTINUE",
        "poll 5    after 10 s: HTTP 200 -> STOP (the user approved the device)",
        "decision  Signed in: access token 00D5g000004S...");
  }

  @Test
  void devicePollerStopsOnAnyOtherCode() {
    assertShows("[4] Device flow (user declines)",
        "poll 2    after 5 s: access_denied -> STOP (tell the user",
        "decision  Tell the user: the user declined on the verification page");
  }

  @Test
  void webServerCallbackWithTheHyphenatedCodeInTheQuery() {
    assertShows("[5] Web server flow",
        "callback  https://app.example.com/oauth/callback?error=access-denied&",
        "type      AccessDeniedException  (sent as 'access-denied', matched by alias)",
        "decision  Tell the user: you declined");
  }

  @Test
  void userAgentCallbackWithTheCodeInTheFragment() {
    assertShows("[6] User-agent flow",
        "callback  https://app.example.com/oauth/callback#error=access_denied&");
  }

  @Test
  void callbackWithAStateThisAppNeverSentIsAnAttack() {
    assertShows("[7] A callback whose state this app never sent",
        "type      NoOAuthStateException  (raised by this app's state check)",
        "decision  Restart the login (possible attack): this app's state check failed");
  }

  @Test
  void codeTheCatalogDoesNotKnowKeepsItsRawSpelling() {
    assertShows("[8] A code the catalog does not know",
        "type      UnknownOAuthErrorException",
        "Salesforce sent 'unsupported_grant_type', a code the catalog does not list",
        "14 errors in 10 cases, every one handled by a generated dispatcher; none fell through.");
  }

  @Test
  void secondProviderEntraIsParsedIntoItsOwnCatalogsTypes() {
    assertShows("[9] Second provider, Microsoft Entra ID (errors/entra.yaml, ",
        "\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50126: ",
        "\"error_codes\":[50126]",
        "type      InvalidGrantException",
        "sub-code  AADSTS50126 -> AadstsCode.INVALID_USERNAME_OR_PASSWORD",
        "the user name or the password is wrong",
        "[10] Entra ID: client credentials with an expired secret",
        "HTTP 401",
        "type      InvalidClientException",
        "sub-code  AADSTS7000222 -> AadstsCode.EXPIRED_CLIENT_SECRET",
        "Entra could not authenticate the application");
  }
}
