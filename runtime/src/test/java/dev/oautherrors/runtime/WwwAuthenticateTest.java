package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WwwAuthenticateTest {

  @Test
  void rfc6750Example() {
    WwwAuthenticate found = WwwAuthenticate.parse("Bearer realm=\"example\","
        + " error=\"invalid_token\", error_description=\"The access token expired\"");
    assertEquals("invalid_token", found.error);
    assertEquals("The access token expired", found.description);
    assertNull(found.uri);
  }

  @Test
  void quotedStringsLoseTheirBackslashEscapes() {
    WwwAuthenticate found = WwwAuthenticate.parse(
        "Bearer error=\"invalid_token\", error_description=\"say \\\"hi\\\" \\\\ ok\","
            + " error_uri=\"https://example.com/errors?a=1,b=2\"");
    assertEquals("say \"hi\" \\ ok", found.description);
    assertEquals("https://example.com/errors?a=1,b=2", found.uri);
  }

  @Test
  void tokenValuesNameCaseAndSpacesAroundEquals() {
    WwwAuthenticate found =
        WwwAuthenticate.parse("Bearer ERROR = invalid_client ,Error_Description=\"bad secret\"");
    assertEquals("invalid_client", found.error);
    assertEquals("bad secret", found.description);
  }

  @Test
  void firstChallengeWithAnErrorWinsAndKeepsItsOwnParameters() {
    assertEquals("invalid_token",
        WwwAuthenticate.parse("Basic realm=\"x\", Bearer error=\"invalid_token\"").error);
    assertEquals("a", WwwAuthenticate.parse("Bearer error=\"a\", DPoP error=\"b\"").error);
    WwwAuthenticate dpop = WwwAuthenticate.parse(
        "Bearer error_description=\"not this one\", DPoP error=\"use_dpop_nonce\"");
    assertEquals("use_dpop_nonce", dpop.error);
    assertNull(dpop.description);
    WwwAuthenticate first = WwwAuthenticate.parse(
        "Bearer error=\"a\", error=\"b\", error_description=\"d1\", error_description=\"d2\"");
    assertEquals("a", first.error);
    assertEquals("d1", first.description);
  }

  @Test
  void token68IsSkipped() {
    assertEquals("invalid_token", WwwAuthenticate.parse(
        "Basic dXNlcjpwYXNz==, Negotiate YII=, Bearer error=\"invalid_token\"").error);
  }

  @Test
  void noErrorGivesNull() {
    assertNull(WwwAuthenticate.parse("Basic realm=\"Salesforce\""));
    assertNull(WwwAuthenticate.parse("Negotiate"));
    assertNull(WwwAuthenticate.parse(""));
    assertNull(WwwAuthenticate.parse("Bearer realm=\"error=\\\"x\\\"\""));
  }

  @Test
  void brokenValuesDoNotThrow() {
    assertEquals("invalid_token", WwwAuthenticate.parse("Bearer error=\"invalid_token").error);
    assertEquals("x\\", WwwAuthenticate.parse("Bearer error=\"x\\").error);
    assertNull(WwwAuthenticate.parse("\"\"\"===,,, error"));
    assertNull(WwwAuthenticate.parse("Bearer error="));
    assertNull(WwwAuthenticate.parse("Bearer error=,"));
    Random random = new Random(42);
    char[] alphabet = "ab =\",\\\terror_description".toCharArray();
    for (int round = 0; round < 2000; round++) {
      char[] value = new char[random.nextInt(40)];
      for (int i = 0; i < value.length; i++) {
        value[i] = alphabet[random.nextInt(alphabet.length)];
      }
      WwwAuthenticate.parse(new String(value)); // must end and not throw
    }
  }

  @Test
  void findsTheErrorInAnyWwwAuthenticateField() {
    Headers headers = Headers.of("Content-Type", "application/json",
        "WWW-Authenticate", "Basic realm=\"Salesforce\"",
        "www-authenticate", "Bearer error=\"invalid_client\"");
    assertEquals("invalid_client", WwwAuthenticate.findError(headers).error);
    assertNull(WwwAuthenticate.findError(Headers.of("Authorization", "Bearer error=\"x\"")));
  }
}
