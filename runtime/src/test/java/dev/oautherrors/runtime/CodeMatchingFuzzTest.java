package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.oautherrors.fuzzsupport.CommittedCorpus;
import dev.oautherrors.fuzzsupport.Structured;
import dev.oautherrors.runtime.RoundTripFuzzTest.Encoding;
import dev.oautherrors.runtime.catalog.TestCatalog;
import dev.oautherrors.runtime.catalog.TestOAuthException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How wire codes land on the catalog's types, whichever way they arrive: a code the catalog does
 * not know is the unknown type with its raw spelling kept; a known code, under its exact
 * spelling, any alias, or any lenient variant of either (ASCII case changed, {@code -} and
 * {@code _} swapped), lands on its entry's one type, and {@code match()} says how.
 *
 * <p>Property tests as Jazzer fuzz tests with structured inputs, like {@link RoundTripFuzzTest}:
 * the committed corpus ({@code CodeMatchingFuzzTestInputs/<method>/}, written by {@link
 * PropertyCorpus}) holds every known code's spellings and variants, look-alikes of known codes
 * and seeded random codes. An input outside a property's domain (a known code where an unknown
 * one is wanted) is skipped, as an assumption would; the corpus holds none.
 */
class CodeMatchingFuzzTest {
  static final int MAX_CODE = 24;
  static final int MAX_VARIANT = 30;
  private static final OAuthErrorParser<TestOAuthException> PARSER = TestCatalog.parser();

  /** The test catalog's codes; their aliases come from their entries. */
  static final List<String> CODES =
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

  /** An unknown code, the channel it comes through and its encoding. */
  record UnknownInput(String code, Channel channel, Encoding encoding)
      implements CommittedCorpus.Input {
    static UnknownInput decode(FuzzedDataProvider data) {
      return new UnknownInput(Structured.text(data, MAX_CODE), Structured.pick(data, Channel.class),
          Structured.pick(data, Encoding.class));
    }

    /** Whether the property speaks of this input: unknown, and sendable through its channel. */
    boolean inDomain() {
      return unknown(code) && (!channel.needsWellFormedText() || RoundTripFuzzTest.wellFormed(code));
    }

    @Override
    public byte[] encode() {
      return new Structured.Encoder().text(code, MAX_CODE).pick(channel).pick(encoding).bytes();
    }
  }

  /** A known code, which of its spellings, which variant, and how it is sent. */
  record SpellingInput(int codeIndex, int spellingIndex, List<Boolean> variant, Channel channel,
      Encoding encoding) implements CommittedCorpus.Input {
    static SpellingInput decode(FuzzedDataProvider data) {
      return new SpellingInput(Structured.integer(data, 0, CODES.size() - 1),
          Structured.integer(data, 0, 7), Structured.bits(data, MAX_VARIANT),
          Structured.pick(data, Channel.class), Structured.pick(data, Encoding.class));
    }

    @Override
    public byte[] encode() {
      return new Structured.Encoder().integer(codeIndex, 0, CODES.size() - 1)
          .integer(spellingIndex, 0, 7).bits(variant, MAX_VARIANT).pick(channel).pick(encoding)
          .bytes();
    }
  }

  /** An unknown code and a lenient variant of it. */
  record VariantInput(String code, List<Boolean> variant) implements CommittedCorpus.Input {
    static VariantInput decode(FuzzedDataProvider data) {
      return new VariantInput(Structured.text(data, MAX_CODE), Structured.bits(data, MAX_VARIANT));
    }

    @Override
    public byte[] encode() {
      return new Structured.Encoder().text(code, MAX_CODE).bits(variant, MAX_VARIANT).bytes();
    }
  }

  @FuzzTest
  void unknownCodes(FuzzedDataProvider data) {
    UnknownInput input = UnknownInput.decode(data);
    if (input.inDomain()) {
      unknownCodesRoundTripRaw(input.code(), input.channel(), input.encoding());
    }
  }

  void unknownCodesRoundTripRaw(String code, Channel channel, Encoding encoding) {
    TestOAuthException error = send(code, channel, encoding);
    assertEquals(TestCatalog.UnknownOAuthError.class, error.getClass());
    assertEquals(code, error.code());
    assertEquals(CodeMatch.UNKNOWN, error.match());
    assertEquals(Optional.empty(), error.catalogEntry());
  }

  @FuzzTest
  void knownSpellings(FuzzedDataProvider data) {
    SpellingInput input = SpellingInput.decode(data);
    everySpellingOfAKnownCodeLandsOnItsType(CODES.get(input.codeIndex()), input.spellingIndex(),
        input.variant(), input.channel(), input.encoding());
  }

  void everySpellingOfAKnownCodeLandsOnItsType(String code, int spellingIndex,
      List<Boolean> variant, Channel channel, Encoding encoding) {
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

  @FuzzTest
  void lenientVariantsOfUnknownCodes(FuzzedDataProvider data) {
    VariantInput input = VariantInput.decode(data);
    if (unknown(input.code())) {
      String wire = vary(input.code(), input.variant());
      TestOAuthException error = send(wire, Channel.JSON_BODY, Encoding.FORM);
      assertEquals(CodeMatch.UNKNOWN, error.match());
      assertEquals(wire, error.code());
    }
  }

  static boolean unknown(String code) {
    return !KNOWN_LENIENT.contains(CodeNormalizer.normalize(code));
  }

  // --- Helpers ----------------------------------------------------------------------------------

  static List<String> spellings(String code) {
    List<String> spellings = new ArrayList<>();
    spellings.add(code);
    spellings.addAll(TestCatalog.TYPES.create(OAuthError.builder(code).build(), StackTrace.OMIT)
        .catalogEntry().orElseThrow().aliases());
    return spellings;
  }

  static String vary(String spelling, List<Boolean> variant) {
    StringBuilder out = new StringBuilder(spelling.length());
    for (int i = 0; i < spelling.length(); i++) {
      char c = spelling.charAt(i);
      boolean change = i < variant.size() && variant.get(i);
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
    String encoded = RoundTripFuzzTest.encode(code, encoding);
    ParseResult<TestOAuthException> result;
    switch (channel) {
      case JSON_BODY:
        result = PARSER.parseBody(RoundTripFuzzTest.json(
            new RoundTripFuzzTest.Sent(code, "d", "u", "s"), encoding == Encoding.EVERY_BYTE,
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
            "Bearer error=" + RoundTripFuzzTest.quoted(code)), "");
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
