package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.oautherrors.runtime.RoundTripProperties.Encoding;
import dev.oautherrors.runtime.catalog.TestCatalog;
import dev.oautherrors.runtime.catalog.TestOAuthException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * How wire codes land on the catalog's types, whichever way they arrive: a code the catalog does
 * not know is the unknown type with its raw spelling kept; a known code, under its exact
 * spelling, any alias, or any lenient variant of either (ASCII case changed, {@code -} and
 * {@code _} swapped), lands on its entry's one type, and {@code match()} says how.
 */
class CodeMatchingProperties {
  private static final OAuthErrorParser<TestOAuthException> PARSER = TestCatalog.parser();

  /** The test catalog's codes; their aliases come from their entries. */
  private static final List<String> CODES =
      List.of("access_denied", "invalid_grant", "invalid_client", "No_OAuth_State");

  /** Every lenient form a known spelling has. */
  private static final Set<String> KNOWN_LENIENT = CODES.stream()
      .flatMap(code -> spellings(code).stream())
      .map(CodeNormalizer::normalize)
      .collect(Collectors.toSet());

  /** Every way a code reaches the parsers. */
  enum Channel {
    JSON_BODY, QUERY, FRAGMENT, FORM_POST, FORM_BODY, WWW_AUTHENTICATE, LOCATION, SSO_ERROR_CODE;

    /** Whether the channel percent-encodes as UTF-8, which cannot carry a lone surrogate. */
    boolean needsWellFormedText() {
      return this != JSON_BODY && this != WWW_AUTHENTICATE;
    }
  }

  @Property(tries = RoundTripProperties.TRIES)
  void unknownCodesRoundTripRaw(@ForAll("codes") String code, @ForAll Channel channel,
      @ForAll Encoding encoding) {
    Assume.that(!KNOWN_LENIENT.contains(CodeNormalizer.normalize(code)));
    Assume.that(!channel.needsWellFormedText() || RoundTripProperties.wellFormed(code));
    TestOAuthException error = send(code, channel, encoding);
    assertEquals(TestCatalog.UnknownOAuthError.class, error.getClass());
    assertEquals(code, error.code());
    assertEquals(CodeMatch.UNKNOWN, error.match());
    assertEquals(Optional.empty(), error.catalogEntry());
  }

  @Property(tries = RoundTripProperties.TRIES)
  void everySpellingOfAKnownCodeLandsOnItsType(@ForAll("knownCodes") String code,
      @ForAll("spellingIndexes") int spellingIndex, @ForAll("variants") List<Integer> variant,
      @ForAll Channel channel, @ForAll Encoding encoding) {
    Class<?> type = send(code, Channel.JSON_BODY, encoding).getClass();
    List<String> spellings = spellings(code);
    String spelling = spellings.get(spellingIndex % spellings.size());
    String wire = vary(spelling, variant);
    TestOAuthException error = send(wire, channel, encoding);
    assertEquals(type, error.getClass(), () -> wire + " via " + channel);
    assertEquals(wire, error.code());
    CatalogEntry entry = error.catalogEntry().orElseThrow();
    assertEquals(code, entry.code());
    CodeMatch expected = wire.equals(code) ? CodeMatch.EXACT
        : entry.aliases().contains(wire) ? CodeMatch.ALIAS
        : CodeMatch.LENIENT;
    assertEquals(expected, error.match(), wire);
  }

  @Property(tries = 50)
  void lenientVariantsOfUnknownCodesStayUnknown(
      @ForAll("codes") String code, @ForAll("variants") List<Integer> variant) {
    Assume.that(!KNOWN_LENIENT.contains(CodeNormalizer.normalize(code)));
    String wire = vary(code, variant);
    TestOAuthException error = send(wire, Channel.JSON_BODY, Encoding.FORM);
    assertEquals(CodeMatch.UNKNOWN, error.match());
    assertEquals(wire, error.code());
  }

  // --- Generators -------------------------------------------------------------------------------

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(24),
        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-")
            .ofMaxLength(24),
        Arbitraries.of("access_denied ", " access_denied", "access__denied", "accessdenied",
            "access_den\u0131ed", "ACCESS_DEN\u0130ED", "access_denied\u0000", "invalid_grant\n",
            "invalid\u2010grant", "\uFF41ccess_denied", "No_OAuth_State\u200b", "state_mismatch",
            ""));
  }

  @Provide
  Arbitrary<String> knownCodes() {
    return Arbitraries.of(CODES);
  }

  @Provide
  Arbitrary<Integer> spellingIndexes() {
    return Arbitraries.integers().between(0, 7);
  }

  /** Per character: 0 keeps it, 1 flips an ASCII letter's case or swaps {@code -}/{@code _}. */
  @Provide
  Arbitrary<List<Integer>> variants() {
    return Arbitraries.integers().between(0, 1).list().ofMaxSize(30);
  }

  // --- Helpers ----------------------------------------------------------------------------------

  private static List<String> spellings(String code) {
    List<String> spellings = new ArrayList<>();
    spellings.add(code);
    spellings.addAll(TestCatalog.TYPES.create(OAuthError.builder(code).build(), StackTrace.OMIT)
        .catalogEntry().orElseThrow().aliases());
    return spellings;
  }

  private static String vary(String spelling, List<Integer> variant) {
    StringBuilder out = new StringBuilder(spelling.length());
    for (int i = 0; i < spelling.length(); i++) {
      char c = spelling.charAt(i);
      boolean change = i < variant.size() && variant.get(i) == 1;
      if (!change) {
        out.append(c);
      } else if (c >= 'a' && c <= 'z') {
        out.append((char) (c - 'a' + 'A'));
      } else if (c >= 'A' && c <= 'Z') {
        out.append((char) (c - 'A' + 'a'));
      } else if (c == '-') {
        out.append('_');
      } else if (c == '_') {
        out.append('-');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Sends {@code code} as a server would through {@code channel}; returns the typed error. */
  static TestOAuthException send(String code, Channel channel, Encoding encoding) {
    String encoded = RoundTripProperties.encode(code, encoding);
    ParseResult<TestOAuthException> result;
    switch (channel) {
      case JSON_BODY:
        result = PARSER.parseBody(RoundTripProperties.json(
            new RoundTripProperties.Sent(code, "d", "u", "s"), encoding == Encoding.EVERY_BYTE,
            false));
        break;
      case QUERY:
        result = PARSER.parseRedirect("https://client.example/cb?error=" + encoded + "#_=_");
        break;
      case FRAGMENT:
        result = PARSER.parseRedirect("https://client.example/cb#error=" + encoded);
        break;
      case FORM_POST:
        result = PARSER.parseFormPost("state=s&error=" + encoded, "s");
        break;
      case FORM_BODY:
        result = PARSER.parseResponse(400, Headers.EMPTY, "error=" + encoded);
        break;
      case WWW_AUTHENTICATE:
        result = PARSER.parseResponse(401, Headers.of("WWW-Authenticate",
            "Bearer error=" + RoundTripProperties.quoted(code)), "");
        break;
      case LOCATION:
        result = PARSER.parseResponse(302,
            Headers.of("Location", "/cb?state=s&error=" + encoded), "");
        break;
      default:
        result = PARSER.parseRedirect("https://sso.example/AuthorizationError?ErrorCode="
            + encoded + "&ErrorDescription=x");
        break;
    }
    Invariants.outcome(result);
    if (result instanceof ParseResult.ErrorResponse<TestOAuthException> error) {
      return error.error();
    }
    return fail(code + " via " + channel + ": expected an error, got " + result);
  }
}
