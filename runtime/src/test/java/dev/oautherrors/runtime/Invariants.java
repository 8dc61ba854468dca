package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.oautherrors.runtime.catalog.TestOAuthException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What must hold for every outcome of every parser, whatever the input: the properties the fuzz
 * tests assert. Kept apart from the fuzz tests so that ordinary tests can use them too.
 */
final class Invariants {
  private Invariants() {}

  /** The raw response keeps the redirect URI exactly. */
  static void keepsRedirect(ParseResult<TestOAuthException> result, String uri) {
    RawResponse raw = outcome(result);
    assertEquals(RawResponse.Kind.REDIRECT, raw.kind());
    assertEquals(Optional.of(uri), raw.uri());
    assertEquals(uri, raw.body());
    assertEquals(OptionalInt.empty(), raw.status());
    assertTrue(raw.headers().isEmpty());
    assertFalse(raw.isTruncated());
  }

  /** The raw response keeps the form post body exactly. */
  static void keepsFormPost(ParseResult<TestOAuthException> result, String body) {
    RawResponse raw = outcome(result);
    assertEquals(RawResponse.Kind.FORM_POST, raw.kind());
    assertEquals(body, raw.body());
    assertEquals(Optional.empty(), raw.uri());
    assertFalse(raw.isTruncated());
  }

  /** The raw response keeps a text body exactly. */
  static void keepsBody(ParseResult<TestOAuthException> result, String body) {
    RawResponse raw = outcome(result);
    assertEquals(RawResponse.Kind.BODY, raw.kind());
    assertEquals(body, raw.body());
    assertEquals(body.length(), raw.length());
    assertFalse(raw.isTruncated());
  }

  /**
   * The raw response keeps a byte body exactly, or, read from a stream over {@code limit}, its
   * first {@code limit + 1} bytes marked truncated.
   */
  static void keepsBody(ParseResult<TestOAuthException> result, byte[] body, int limit) {
    RawResponse raw = outcome(result);
    assertEquals(RawResponse.Kind.BODY, raw.kind());
    assertBytes(raw, body, limit);
  }

  /** The raw response keeps status, headers and a text body exactly. */
  static void keepsHttp(
      ParseResult<TestOAuthException> result, int status, Headers headers, String body) {
    RawResponse raw = outcome(result);
    assertHttp(raw, status, headers);
    assertEquals(body, raw.body());
    assertFalse(raw.isTruncated());
  }

  /** The raw response keeps status, headers and a byte body (truncated as for streams). */
  static void keepsHttp(ParseResult<TestOAuthException> result, int status, Headers headers,
      byte[] body, int limit) {
    RawResponse raw = outcome(result);
    assertHttp(raw, status, headers);
    assertBytes(raw, body, limit);
  }

  private static void assertHttp(RawResponse raw, int status, Headers headers) {
    assertEquals(RawResponse.Kind.HTTP_RESPONSE, raw.kind());
    assertEquals(OptionalInt.of(status), raw.status());
    assertEquals(headers, raw.headers());
    assertEquals(Optional.empty(), raw.uri());
  }

  private static void assertBytes(RawResponse raw, byte[] body, int limit) {
    if (raw.isTruncated()) {
      assertTrue(body.length > limit, "truncated although within the limit");
      assertArrayEquals(Arrays.copyOf(body, limit + 1), raw.bodyBytes());
    } else {
      assertArrayEquals(body, raw.bodyBytes());
    }
    raw.body(); // decodes with the Content-Type's charset, whatever it names, without throwing
  }

  /**
   * Checks what every outcome promises, and returns its raw response: an error has a code, a
   * match consistent with its catalog entry, log-safe text and a safe link; a problem has a
   * one-line, log-safe detail; {@code orThrow()} throws only the documented exceptions.
   */
  static RawResponse outcome(ParseResult<TestOAuthException> result) {
    assertNotNull(result, "outcome");
    RawResponse raw = result.response();
    assertNotNull(raw, "raw response");
    assertLogSafe(raw.toString());
    if (result instanceof ParseResult.ErrorResponse<TestOAuthException> error) {
      error(error, raw);
    } else if (result instanceof ParseResult.NotOAuth<TestOAuthException> notOAuth) {
      assertNotNull(notOAuth.problem());
      assertLogSafe(notOAuth.detail());
      try {
        notOAuth.orThrow();
        fail("orThrow() returned for " + notOAuth.problem());
      } catch (NotOAuthResponseException thrown) {
        assertSame(notOAuth, thrown.outcome());
        assertLogSafe(thrown.getMessage());
      }
    } else if (result instanceof ParseResult.Success<TestOAuthException> success) {
      assertSame(success, success.orThrow());
      Parameters parameters = success.parameters();
      assertEquals(parameters.size(), parameters.asMap().values().stream()
          .mapToInt(java.util.List::size).sum());
      assertLogSafe(parameters.toString());
    } else {
      fail("unknown outcome " + result);
    }
    return raw;
  }

  private static void error(ParseResult.ErrorResponse<TestOAuthException> result, RawResponse raw) {
    TestOAuthException error = result.error();
    OAuthError details = error.error();
    assertNotNull(details.code(), "code");
    assertSame(raw, details.response());
    assertEquals(0, error.getStackTrace().length, "parsers capture no stack trace");
    assertLogSafe(error.getMessage());
    assertLogSafe(details.safeDescription());
    assertLogSafe(details.toString());
    assertLink(details.uriAsLink());
    CodeMatch match = error.match();
    Optional<CatalogEntry> entry = error.catalogEntry();
    assertEquals(match == CodeMatch.UNKNOWN, entry.isEmpty(), "match " + match);
    entry.ifPresent(e -> {
      String code = details.code();
      switch (match) {
        case EXACT -> assertEquals(e.code(), code);
        case ALIAS -> assertTrue(e.aliases().contains(code), code);
        case LENIENT -> assertTrue(lenientSpellings(e).contains(CodeNormalizer.normalize(code)),
            code);
        default -> fail("known entry with match " + match);
      }
    });
    error.retryAdvice();
    error.action();
    error.documentedCause();
    try {
      result.orThrow();
      fail("orThrow() returned for an error");
    } catch (TestOAuthException thrown) {
      assertEquals(error.getClass(), thrown.getClass());
      assertSame(details, thrown.error());
      assertTrue(thrown.getStackTrace().length > 0, "orThrow() records the stack trace");
    }
  }

  private static java.util.List<String> lenientSpellings(CatalogEntry entry) {
    java.util.List<String> spellings = new java.util.ArrayList<>();
    spellings.add(CodeNormalizer.normalize(entry.code()));
    entry.aliases().forEach(alias -> spellings.add(CodeNormalizer.normalize(alias)));
    return spellings;
  }

  private static void assertLink(Optional<URI> link) {
    link.ifPresent(uri -> {
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      assertTrue(scheme.equals("http") || scheme.equals("https"), uri.toString());
      assertNotNull(uri.getHost(), uri.toString());
    });
  }

  /**
   * Text fit for one log line: no control character, line or paragraph separator, or
   * bidirectional override that {@link SafeText#forLog} would escape, except that a backslash
   * is fine here (the escapes themselves are made of them).
   */
  static void assertLogSafe(String text) {
    assertNotNull(text);
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int c = text.codePointAt(i);
      if (c != '\\' && SafeText.isUnsafe(c)) {
        fail(String.format(Locale.ROOT, "U+%04X at %d is not safe for a log line: %s", c, i,
            SafeText.forLog(text)));
      }
    }
  }
}
