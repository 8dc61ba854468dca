package com.example.salesforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain} on the seed page's six examples and on things that are not OAuth errors. */
class ExplainTest {

  private static String explain(String input) throws IOException {
    return explain(input, "", 0);
  }

  private static String explain(String input, String stdin, int expectedExit) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = Explain.run(input, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(expectedExit, exit, output);
    return output;
  }

  private static void assertContains(String output, String... fragments) {
    for (String fragment : fragments) {
      assertTrue(output.contains(fragment), () -> "missing <" + fragment + "> in:\n" + output);
    }
  }

  @Test
  void webServerFlowRedirect() throws IOException {
    assertContains(explain("https://www.mycustomerorderstatus/code_callback.jsp?error=access-denied"),
        "input     a redirect (callback URL)",
        "type      AccessDeniedException  (sent as 'access-denied', matched by alias)",
        "cause     User denied access to the client app.",
        "do        Tell the user that access was not granted");
  }

  @Test
  void userAgentFlowRedirect() throws IOException {
    assertContains(explain("https://www.customercontactinfo.com/user_callback.jsp#error=access_denied"),
        "type      AccessDeniedException\n");
  }

  @Test
  void jwtBearerHttpResponseInThePagesOneLineForm() throws IOException {
    assertContains(explain("HTTP/1.1 400 Bad Request Content-Type: application/json "
            + "Cache-Control: no-store { \"error\":\"invalid_grant\", "
            + "\"error_description\":\"Audience validation failed\" }"),
        "input     an HTTP response, status 400",
        "reason    AUDIENCE_VALIDATION_FAILED");
  }

  @Test
  void refreshTokenBody() throws IOException {
    assertContains(explain("{\"error\":\"invalid_grant\",\"error_description\":"
            + "\"expired access/refresh token\"}"),
        "reason    EXPIRED_ACCESS_REFRESH_TOKEN", "do        Send the user through the login");
  }

  @Test
  void samlAssertionErrorWithErrorUriFromAFile(@TempDir Path dir) throws IOException {
    Path saved = Files.writeString(dir.resolve("saml.json"), "{\"error_uri\":\"https://"
        + "yourInstance.salesforce.com/setup/secur/SAMLValidationPage.apexp\", \"error\":"
        + "\"invalid_grant\",\"error_description\":\"invalid assertion\"}");
    assertContains(explain("@" + saved),
        "more      https://yourInstance.salesforce.com/setup/secur/SAMLValidationPage.apexp",
        "reason    INVALID_ASSERTION");
  }

  @Test
  void wholeHttpResponseFromStandardInput() throws IOException {
    String response = "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n"
        + "Cache-Control: no-store\r\n\r\n{\"error\":\"invalid_grant\","
        + "\"error_description\":\"Audience validation failed\"}";
    assertContains(explain("-", response, 0), "input     an HTTP response, status 400",
        "reason    AUDIENCE_VALIDATION_FAILED");
  }

  @Test
  void javascriptErrorUriIsShownButNotAsALink() throws IOException {
    assertContains(explain("{\"error\":\"invalid_grant\",\"error_uri\":\"javascript:alert(1)\"}"),
        "error_uri javascript:alert(1)  (not a safe http(s) link)");
  }

  @Test
  void htmlPageIsNotAnOAuthError() throws IOException {
    assertContains(explain("<html><body>500 Internal Server Error</body></html>", "", 1),
        "outcome   not an OAuth response (NOT_JSON)");
  }

  @Test
  void unknownCodeSaysWhatToDo() throws IOException {
    assertContains(explain("{\"error\":\"use_dpop_nonce\"}"),
        "type      UnknownOAuthErrorException", "do        add the code to errors/salesforce.yaml");
  }
}
