package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.oautherrors.runtime.FuzzInputs.Http;
import dev.oautherrors.runtime.catalog.TestCatalog;
import dev.oautherrors.runtime.catalog.TestOAuthException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of every parser entry point: redirects and form posts, token-endpoint bodies, and
 * whole HTTP responses. Under {@code mvn verify} each runs once per file of its committed corpus,
 * {@code src/test/resources/dev/oautherrors/runtime/ParserFuzzTestInputs/<method>/}; with {@code
 * JAZZER_FUZZ=1} Jazzer mutates that corpus for as long as {@code scripts/fuzz.sh} says (see
 * docs/hostile-input.md).
 *
 * <p>For every input, through the default parser and through one with tiny limits (so that the
 * fuzzer reaches every limit): nothing is thrown but what the API documents (and no documented
 * exception can arise from these inputs), every outcome keeps its input exactly, and every outcome
 * satisfies {@link Invariants#outcome}. Each input must be handled within a second: {@link
 * Timeout} fails a slow corpus entry and becomes libFuzzer's {@code -timeout} when fuzzing.
 *
 * <p>Dictionary entries are printable ASCII: Jazzer writes them into libFuzzer's dictionary
 * format unescaped (but for backslashes), and a line break in one makes libFuzzer refuse the
 * whole dictionary and the run.
 */
class ParserFuzzTest {
  /** Limits small enough for short fuzz inputs to cross every one of them. */
  private static final ParserLimits TINY = new ParserLimits(48, 48, 3);
  private static final OAuthErrorParser<TestOAuthException> PARSER = TestCatalog.parser();
  private static final OAuthErrorParser<TestOAuthException> SMALL =
      OAuthErrorParser.builder(TestCatalog.TYPES).limits(TINY).build();
  private static final List<OAuthErrorParser<TestOAuthException>> PARSERS = List.of(PARSER, SMALL);

  /** Loads and warms every class the parsers use, so no input pays for it inside its second. */
  @BeforeAll
  static void warmUp() throws IOException {
    ParserFuzzTest test = new ParserFuzzTest();
    for (String seed : new String[] {"https://a.example/cb?error=access-denied#_=_",
        "{\"error\":\"invalid_grant\",\"error_description\":\"x\",\"a\":[1,{}]}",
        "error=invalid_grant", "<html>", "{\"a\":1"}) {
      byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
      test.redirect(bytes);
      test.body(bytes);
      test.httpResponse(("401\nWWW-Authenticate: Bearer error=\"x\"\n\n" + seed)
          .getBytes(StandardCharsets.UTF_8));
    }
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  @DictionaryEntries({"?", "#", "&", "=", "+", "%", "%2", "%C3%A9", "%F0%9F%98%80", "%E2%80%AE",
      "%0D%0A", "%00", "error=", "error_description=", "error_uri=", "state=", "iss=", "code=",
      "access_token=", "id_token=", "ErrorCode=", "ErrorDescription=", "access-denied",
      "No_Oauth_State", "#_=_", "javascript:", "https://"})
  void redirect(byte[] data) {
    long start = System.nanoTime();
    for (String uri : new String[] {FuzzInputs.utf8(data), FuzzInputs.chars(data)}) {
      for (OAuthErrorParser<TestOAuthException> parser : PARSERS) {
        Invariants.keepsRedirect(parser.parseRedirect(uri), uri);
        Invariants.keepsRedirect(parser.parseRedirect(uri, stateOf(uri)), uri);
        Invariants.keepsRedirect(parser.parseRedirect(uri, "expected-state"), uri);
        Invariants.keepsRedirect(parser.parseRedirect(uri, ResponseMode.QUERY, null), uri);
        Invariants.keepsRedirect(parser.parseRedirect(uri, ResponseMode.FRAGMENT, "s"), uri);
        Invariants.keepsFormPost(parser.parseFormPost(uri, null), uri);
        Invariants.keepsFormPost(parser.parseFormPost(uri, "s"), uri);
        asUri(uri).ifPresent(parsed -> {
          String text = parsed.toString();
          Invariants.keepsRedirect(parser.parseRedirect(parsed), text);
          Invariants.keepsRedirect(parser.parseRedirect(parsed, ResponseMode.FRAGMENT, null),
              text);
        });
      }
    }
    withinASecond(start);
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  @DictionaryEntries({"{", "}", "[", "]", "\"", ":", ",", "\\u", "\\ud83d", "\\\"",
      "\"error\":", "\"error_description\":", "\"error_uri\":", "\"state\":", "\"iss\":",
      "\"invalid_grant\"", "null", "true", "1e999", "-0.0e-7", "error=", "&error_description=",
      "%C3", "+", "<html>", "/*", "//", "'"})
  void body(byte[] data) throws IOException {
    long start = System.nanoTime();
    for (String text : new String[] {FuzzInputs.utf8(data), FuzzInputs.chars(data)}) {
      Invariants.keepsBody(PARSER.parseBody(text), text);
      Invariants.keepsBody(SMALL.parseBody(text), text);
    }
    for (OAuthErrorParser<TestOAuthException> parser : PARSERS) {
      int limit = parser.limits().maxBodyBytes();
      Invariants.keepsBody(parser.parseBody(data), data, Integer.MAX_VALUE);
      Invariants.keepsBody(parser.parseBody(new ByteArrayInputStream(data)), data, limit);
      Invariants.keepsBody(parser.parseBody(new TrickleStream(data)), data, limit);
    }
    withinASecond(start);
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  @DictionaryEntries({": ", "200", "302", "400", "401", "Content-Type",
      "application/json", "text/html", "; charset=", "UTF-16", "ISO-8859-1", "Location",
      "WWW-Authenticate", "Bearer ", "Basic ", "realm=", "error=\"", "error_description=\"",
      "error_uri=\"", "\\\"", ", ", "==", "{\"error\":\"", "\"}", "?error=", "#error="})
  void httpResponse(byte[] data) throws IOException {
    long start = System.nanoTime();
    Http http = Http.parse(data);
    int status = http.status();
    Headers headers = http.headers();
    String text = http.text();
    byte[] body = http.body();
    for (OAuthErrorParser<TestOAuthException> parser : PARSERS) {
      int limit = parser.limits().maxBodyBytes();
      Invariants.keepsHttp(parser.parseResponse(status, headers, text), status, headers, text);
      Invariants.keepsHttp(parser.parseResponse(status, headers, body), status, headers, body,
          Integer.MAX_VALUE);
      Invariants.keepsHttp(parser.parseResponse(status, headers, new ByteArrayInputStream(body)),
          status, headers, body, limit);

      Headers adapted = Headers.of(http.httpHeaders().map());
      Invariants.keepsHttp(parser.parseResponse(new FakeHttpResponse<>(status, http.httpHeaders(),
          text)), status, adapted, text);
      Invariants.keepsHttp(parser.parseResponse(new FakeHttpResponse<>(status, http.httpHeaders(),
          body)), status, adapted, body, Integer.MAX_VALUE);
      TrickleStream stream = new TrickleStream(body);
      Invariants.keepsHttp(parser.parseResponse(new FakeHttpResponse<>(status, http.httpHeaders(),
          stream)), status, adapted, body, limit);
      assertTrue(stream.closed, "the adapter closes the stream");
      Invariants.keepsHttp(parser.parseResponse(new FakeHttpResponse<>(status, http.httpHeaders(),
          null)), status, adapted, "");
    }
    withinASecond(start);
  }

  /**
   * Fails an input whose every parse together took a second or more. {@link Timeout} does the
   * same for corpus entries; this also holds while fuzzing, where JUnit's timeout is off.
   */
  static void withinASecond(long startNanos) {
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    assertTrue(millis < 1000, () -> "took " + millis + " ms");
  }

  /** The state a redirect carries, decoded as the parser decodes it, so the check can pass. */
  private static String stateOf(String uri) {
    int question = uri.indexOf('?');
    int hash = uri.indexOf('#');
    String part = question >= 0 && (hash < 0 || question < hash)
        ? uri.substring(question + 1, hash < 0 ? uri.length() : hash)
        : hash >= 0 ? uri.substring(hash + 1) : "";
    String state = FormFields.scan(part, 0, part.length()).state();
    return state == null ? "" : state;
  }

  private static Optional<URI> asUri(String text) {
    try {
      return Optional.of(new URI(text));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
