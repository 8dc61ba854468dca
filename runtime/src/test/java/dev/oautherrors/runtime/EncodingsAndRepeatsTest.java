package dev.oautherrors.runtime;

import static dev.oautherrors.runtime.Outcome.error;
import static dev.oautherrors.runtime.Outcome.notOAuth;
import static dev.oautherrors.runtime.Outcome.success;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.runtime.ParseResult.Problem;
import dev.oautherrors.runtime.catalog.TestCatalog;
import dev.oautherrors.runtime.catalog.TestCatalog.InvalidGrant;
import dev.oautherrors.runtime.catalog.TestOAuthException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Responses in other encodings, with null members and with repeated parameters: every byte path
 * (array, stream, {@code java.net.http}) reads them as the {@code String} path does.
 */
class EncodingsAndRepeatsTest {
  private static final String BODY =
      "{\"error\":\"invalid_grant\",\"error_description\":\"Mot de passe expiré\"}";
  private final OAuthErrorParser<TestOAuthException> parser = TestCatalog.parser();

  /** Parses {@code body} with {@code headers} through every byte path of a whole response. */
  private List<ParseResult<TestOAuthException>> everyBytePath(byte[] body, String... headers)
      throws IOException {
    Headers parsed = Headers.of(headers);
    List<ParseResult<TestOAuthException>> results = new ArrayList<>();
    results.add(parser.parseResponse(400, parsed, body));
    results.add(parser.parseResponse(400, parsed, new ByteArrayInputStream(body)));
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      map.computeIfAbsent(headers[i], k -> new ArrayList<>()).add(headers[i + 1]);
    }
    HttpHeaders http = HttpHeaders.of(map, (a, b) -> true);
    results.add(parser.parseResponse(new FakeHttpResponse<>(400, http, body)));
    results.add(parser.parseResponse(new FakeHttpResponse<InputStream>(400, http,
        new ByteArrayInputStream(body))));
    return results;
  }

  private void assertReadRight(byte[] body, String... headers) throws IOException {
    for (ParseResult<TestOAuthException> result : everyBytePath(body, headers)) {
      InvalidGrant error = error(result, InvalidGrant.class);
      assertEquals(Optional.of("Mot de passe expiré"), error.description());
      assertEquals(BODY, result.response().body());
    }
  }

  @Test
  void declaredCharsetsAreHonouredOnEveryBytePath() throws IOException {
    for (String charset : new String[] {"ISO-8859-1", "windows-1252", "UTF-16", "UTF-16LE",
        "UTF-16BE", "UTF-32", "UTF-32LE", "UTF-8", "utf8"}) {
      Charset encoding = Charset.forName(charset.equals("utf8") ? "UTF-8" : charset);
      byte[] body = BODY.getBytes(encoding);
      if (charset.equals("UTF-16")) {
        body = BODY.getBytes(StandardCharsets.UTF_16BE); // the JDK would add a BOM
      } else if (charset.equals("UTF-32")) {
        body = BODY.getBytes(Charset.forName("UTF-32BE"));
      }
      assertReadRight(body, "Content-Type", "application/json; charset=" + charset);
      assertReadRight(body, "content-type", "application/json;Charset=\"" + charset + "\"");
    }
  }

  @Test
  void byteOrderMarksDecideOverTheDeclaredCharset() throws IOException {
    String[][] boms = {{"UTF-8", "EFBBBF"}, {"UTF-16BE", "FEFF"}, {"UTF-16LE", "FFFE"},
        {"UTF-32BE", "0000FEFF"}, {"UTF-32LE", "FFFE0000"}};
    for (String[] bom : boms) {
      byte[] mark = hex(bom[1]);
      byte[] text = BODY.getBytes(Charset.forName(bom[0]));
      byte[] body = new byte[mark.length + text.length];
      System.arraycopy(mark, 0, body, 0, mark.length);
      System.arraycopy(text, 0, body, mark.length, text.length);
      assertReadRight(body);
      assertReadRight(body, "Content-Type", "application/json; charset=ISO-8859-1");
      assertEquals(Optional.of("Mot de passe expiré"), error(parser.parseBody(body))
          .description(), bom[0]);
    }
  }

  @Test
  void utf16And32WithoutMarkOrCharsetAreRecognisedByTheirNulBytes() throws IOException {
    for (String charset : new String[] {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"}) {
      byte[] body = BODY.getBytes(Charset.forName(charset));
      assertReadRight(body);
      assertEquals("invalid_grant", error(parser.parseBody(body)).code(), charset);
    }
  }

  @Test
  void undeclaredLatin1NeverLosesTheErrorCode() throws IOException {
    byte[] body = BODY.getBytes(StandardCharsets.ISO_8859_1);
    for (ParseResult<TestOAuthException> result : everyBytePath(body)) {
      InvalidGrant error = error(result, InvalidGrant.class);
      assertEquals(Optional.of("Mot de passe expir\uFFFD"), error.description());
    }
  }

  @Test
  void aFormBodyInLatin1IsDecodedWithItsCharset() throws IOException {
    byte[] body = "error=invalid_grant&error_description=expiré".getBytes(
        StandardCharsets.ISO_8859_1);
    for (ParseResult<TestOAuthException> result : everyBytePath(body, "Content-Type",
        "application/x-www-form-urlencoded; charset=ISO-8859-1")) {
      assertEquals(Optional.of("expiré"), error(result).description());
    }
  }

  @Test
  void nullMembersAreAbsent() {
    ParseResult<TestOAuthException> token = parser.parseBody(
        "{\"access_token\":\"t\",\"error\":null,\"error_description\":null,\"error_uri\":null}");
    assertEquals(Parameters.of("access_token", "t"), token.orThrow().parameters());
    ParseResult<TestOAuthException> inA200 = parser.parseResponse(200, Headers.EMPTY,
        "{\"error\":null,\"access_token\":\"t\",\"expires_in\":3600}".getBytes(
            StandardCharsets.UTF_8));
    assertEquals(Optional.of("3600"), inA200.orThrow().parameters().first("expires_in"));
    OAuthError error = error(parser.parseBody("{\"error\":\"invalid_grant\","
        + "\"error_description\":null,\"error_uri\":null,\"state\":null,\"iss\":null}")).error();
    assertEquals(Optional.empty(), error.description());
    assertEquals(Optional.empty(), error.uri());
    assertEquals(Optional.empty(), error.state());
    assertEquals(Optional.empty(), error.issuer());
    // null first, a string later: the string is the first value present, and the repeat is noted
    ParseResult<TestOAuthException> late = parser.parseBody("{\"error\":null,\"error\":\"x\"}");
    assertEquals("x", error(late).code());
    assertEquals(List.of("error"), late.repeatedParameters());
    notOAuth(parser.parseResponse(400, Headers.EMPTY, "{\"error\":null}"), Problem.NO_ERROR);
  }

  @Test
  void lenientMatchingTrimsSurroundingWhiteSpace() {
    for (String code : new String[] {"invalid_grant ", " invalid_grant", "\tINVALID-GRANT\r\n"}) {
      TestOAuthException error = error(parser.parseBody("{\"error\":\"" + code.replace("\t",
          "\\t").replace("\r", "\\r").replace("\n", "\\n") + "\"}"));
      assertEquals(CodeMatch.LENIENT, error.match(), code);
      assertEquals(code, error.code());
      assertTrue(error instanceof InvalidGrant);
    }
    assertEquals("invalid_grant", CodeNormalizer.normalize(" Invalid-Grant "));
    assertEquals("in valid", CodeNormalizer.normalize(" in valid "));
  }

  @Test
  void repeatedRedirectParametersKeepTheFirstAndAreFlagged() {
    ParseResult<TestOAuthException> result = parser.parseRedirect(
        "https://app/cb?error=access_denied&error=invalid_scope&state=s&state=t");
    assertEquals("access_denied", error(result).code());
    assertEquals(Optional.of("s"), error(result).error().state());
    assertEquals(List.of("error", "state"), result.repeatedParameters());
    assertEquals(List.of("error", "state"), error(result).error().repeatedParameters());
    ParseResult<TestOAuthException> success =
        parser.parseRedirect("https://app/cb?code=a&state=s&code=b");
    assertEquals(List.of("code"), success.repeatedParameters());
    assertEquals(List.of(), parser.parseRedirect("https://app/cb?code=a&state=s")
        .repeatedParameters());
    ParseResult<TestOAuthException> form = parser.parseFormPost(
        "error=access_denied&error_description=a&error_description=b&iss=x&iss=y", null);
    assertEquals(List.of("error_description", "iss"), form.repeatedParameters());
    assertEquals(Optional.of("a"), error(form).description());
  }

  @Test
  void repeatedJsonMembersKeepTheFirstAndAreFlaggedOnBothJsonPaths() {
    // Flat: FlatJson reads it; nested: Jackson does. Both must flag the same.
    for (String extra : new String[] {"", ",\"n\":{\"a\":1}"}) {
      String body = "{\"error\":\"invalid_grant\",\"error\":\"other\",\"error_uri\":\"u\","
          + "\"error_uri\":\"v\"" + extra + "}";
      ParseResult<TestOAuthException> result = parser.parseBody(body);
      assertEquals("invalid_grant", error(result).code(), body);
      assertEquals(Optional.of("u"), error(result).error().uri());
      assertEquals(List.of("error", "error_uri"), result.repeatedParameters(), body);
    }
    ParseResult<TestOAuthException> token =
        parser.parseBody("{\"access_token\":\"a\",\"access_token\":\"b\"}");
    assertEquals(List.of("access_token"), success(token).repeatedParameters());
  }

  @Test
  void repeatedWwwAuthenticateParametersAreFlagged() {
    ParseResult<TestOAuthException> result = parser.parseResponse(401, Headers.of(
        "WWW-Authenticate", "Bearer error=\"invalid_token\", error=\"insufficient_scope\","
            + " error_description=\"a\", ERROR_DESCRIPTION=\"b\""), "");
    assertEquals("invalid_token", error(result).code());
    assertEquals(Optional.of("a"), error(result).description());
    assertEquals(List.of("error", "error_description"), result.repeatedParameters());
    ParseResult<TestOAuthException> single = parser.parseResponse(401,
        Headers.of("WWW-Authenticate", "Bearer error=\"invalid_token\""), "");
    assertEquals(List.of(), single.repeatedParameters());
  }

  @Test
  void notOAuthListsNoRepeats() {
    assertEquals(List.of(), notOAuth(parser.parseBody("<html>"), Problem.NOT_JSON)
        .repeatedParameters());
  }

  private static byte[] hex(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }
}
