package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.oautherrors.runtime.catalog.TestCatalog;
import dev.oautherrors.runtime.catalog.TestOAuthException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips through every parser: any code, description, uri and state, written by an
 * independent writer with correct escaping, parse back to exactly the same values. Values come
 * from all of Unicode (astral characters, controls, quotes, {@code &}, {@code =}, {@code %},
 * {@code +}, {@code #}); escaping varies between the correct forms a server may choose.
 */
class RoundTripProperties {
  static final int TRIES = 200;

  private final OAuthErrorParser<TestOAuthException> parser = TestCatalog.parser();

  /** The four values a server sends with an error. */
  record Sent(String code, String description, String uri, String state) {}

  // --- JSON bodies ------------------------------------------------------------------------------

  @Property(tries = TRIES)
  void jsonBodyRoundTrips(@ForAll("anyText") Sent sent, @ForAll boolean asciiOnly,
      @ForAll boolean reversed) throws IOException {
    String body = json(sent, asciiOnly, reversed);
    assertSent(sent, parser.parseBody(body));
    assertSent(sent, parser.parseResponse(400, Headers.of("Content-Type", "application/json"),
        body));
    if (wellFormed(sent)) { // UTF-8 cannot carry a lone surrogate, so bytes need valid Unicode
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      assertSent(sent, parser.parseBody(bytes));
      assertSent(sent, parser.parseBody(new ByteArrayInputStream(bytes)));
      assertSent(sent, parser.parseResponse(200, Headers.EMPTY, bytes));
    }
  }

  // --- Redirects and form posts -----------------------------------------------------------------

  @Property(tries = TRIES)
  void queryRoundTrips(@ForAll("unicodeText") Sent sent, @ForAll("encodings") Encoding encoding) {
    String uri = "https://client.example/cb?" + form(sent, encoding) + "#_=_";
    assertSent(sent, parser.parseRedirect(uri));
    assertSent(sent, parser.parseRedirect(uri, sent.state()));
    assertSent(sent, parser.parseRedirect(uri, ResponseMode.QUERY, sent.state()));
    assertSent(sent, parser.parseResponse(302, Headers.of("Location", uri), ""));
  }

  @Property(tries = TRIES)
  void fragmentRoundTrips(@ForAll("unicodeText") Sent sent, @ForAll("encodings") Encoding encoding) {
    String uri = "https://client.example/cb?lang=en#" + form(sent, encoding);
    assertSent(sent, parser.parseRedirect(uri));
    assertSent(sent, parser.parseRedirect(uri, sent.state()));
    assertSent(sent, parser.parseRedirect(uri, ResponseMode.FRAGMENT, sent.state()));
  }

  @Property(tries = TRIES)
  void formPostRoundTrips(@ForAll("unicodeText") Sent sent, @ForAll("encodings") Encoding encoding) {
    String body = form(sent, encoding);
    assertSent(sent, parser.parseFormPost(body, sent.state()));
    assertSent(sent, parser.parseFormPost(body, null));
  }

  @Property(tries = TRIES)
  void formEncodedTokenResponseRoundTrips(
      @ForAll("unicodeText") Sent sent, @ForAll("encodings") Encoding encoding) {
    String body = form(sent, encoding);
    assertSent(sent, parser.parseBody(body));
    assertSent(sent, parser.parseBody(body.getBytes(StandardCharsets.UTF_8)));
    assertSent(sent, parser.parseResponse(400, Headers.EMPTY, body));
  }

  // --- WWW-Authenticate -------------------------------------------------------------------------

  @Property(tries = TRIES)
  void wwwAuthenticateRoundTrips(@ForAll("anyText") Sent sent, @ForAll boolean otherChallenge) {
    String challenge = (otherChallenge ? "Basic realm=\"x\", " : "")
        + "Bearer realm=\"api\", error=" + quoted(sent.code())
        + ", error_description=" + quoted(sent.description())
        + ", error_uri=" + quoted(sent.uri());
    ParseResult<TestOAuthException> result = parser.parseResponse(401,
        Headers.of("WWW-Authenticate", challenge), "<html>Unauthorized</html>");
    Invariants.outcome(result);
    OAuthError error = errorOf(result);
    assertEquals(sent.code(), error.code());
    assertEquals(Optional.of(sent.description()), error.description());
    assertEquals(Optional.of(sent.uri()), error.uri());
  }

  // --- Generators -------------------------------------------------------------------------------

  /** Any chars at all, lone surrogates included: what a String can hold. */
  @Provide
  Arbitrary<Sent> anyText() {
    return sent(Arbitraries.strings().all().ofMaxLength(40));
  }

  /** Well-formed Unicode with every plane represented: what UTF-8 can carry. */
  @Provide
  Arbitrary<Sent> unicodeText() {
    Arbitrary<String> bmp = Arbitraries.strings()
        .withCharRange('\u0000', '\ud7ff').withCharRange('\ue000', '\uffff').ofMaxLength(20);
    Arbitrary<String> special = Arbitraries.of("&", "=", "%", "+", "#", "?", " ", "%2", "%zz",
        "\r\n", "\u0000", "\u202e", "\uD83D\uDE00", "\uDBFF\uDFFF", "e\u0301", "\uFEFF");
    Arbitrary<String> pieces = Arbitraries.oneOf(bmp, special);
    return sent(pieces.list().ofMaxSize(4).map(parts -> String.join("", parts)));
  }

  private static Arbitrary<Sent> sent(Arbitrary<String> text) {
    return Combinators.combine(text, text, text, text).as(Sent::new);
  }

  /** How a server percent-encodes a value; every one of them is correct. */
  enum Encoding {
    /** {@code URLEncoder}: space as {@code +}, unreserved characters kept. */
    FORM,
    /** Space as {@code %20}. */
    PERCENT_SPACE,
    /** Every byte as {@code %XX}, lower-case hex. */
    EVERY_BYTE,
    /**
     * Only what RFC 3986 does not allow in a query or fragment, and {@code & + = %} (an IRI: other
     * non-ASCII characters raw).
     */
    MINIMAL
  }

  @Provide
  Arbitrary<Encoding> encodings() {
    return Arbitraries.of(Encoding.class);
  }

  // --- Writers ----------------------------------------------------------------------------------

  private static final JsonFactory JSON = new JsonFactory();

  /** A JSON body written by Jackson's generator, members in either order, with an extra one. */
  static String json(Sent sent, boolean asciiOnly, boolean reversed) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      if (asciiOnly) {
        generator.enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
      }
      List<String[]> members = new ArrayList<>(List.of(
          new String[] {"error", sent.code()},
          new String[] {"error_description", sent.description()},
          new String[] {"error_uri", sent.uri()},
          new String[] {"state", sent.state()}));
      if (reversed) {
        java.util.Collections.reverse(members);
      }
      generator.writeStartObject();
      generator.writeObjectFieldStart("extra");
      generator.writeStringField("error", "not this one");
      generator.writeEndObject();
      for (String[] member : members) {
        generator.writeStringField(member[0], member[1]);
      }
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String form(Sent sent, Encoding encoding) {
    return "error=" + encode(sent.code(), encoding)
        + "&error_description=" + encode(sent.description(), encoding)
        + "&error_uri=" + encode(sent.uri(), encoding)
        + "&state=" + encode(sent.state(), encoding);
  }

  static String encode(String value, Encoding encoding) {
    switch (encoding) {
      case FORM:
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
      case PERCENT_SPACE:
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
      case EVERY_BYTE:
        StringBuilder all = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
          all.append('%').append(HexFormat.of().toHexDigits(b));
        }
        return all.toString();
      default:
        StringBuilder minimal = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          if (c > 0x7f || (c > ' ' && c < 0x7f && "\"<>\\^`{|}%&+=#".indexOf(c) < 0)) {
            minimal.append(c);
          } else {
            minimal.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
          }
        }
        return minimal.toString();
    }
  }

  /** An RFC 9110 quoted-string: a backslash before every {@code "} and {@code \}. */
  static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  // --- Checks -----------------------------------------------------------------------------------

  private static boolean wellFormed(Sent sent) {
    return wellFormed(sent.code()) && wellFormed(sent.description()) && wellFormed(sent.uri())
        && wellFormed(sent.state());
  }

  static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  static OAuthError errorOf(ParseResult<TestOAuthException> result) {
    if (result instanceof ParseResult.ErrorResponse<TestOAuthException> error) {
      return error.error().error();
    }
    return fail("expected an error, got " + result);
  }

  private static void assertSent(Sent sent, ParseResult<TestOAuthException> result) {
    Invariants.outcome(result);
    OAuthError error = errorOf(result);
    assertEquals(sent.code(), error.code(), "code");
    assertEquals(Optional.of(sent.description()), error.description(), "error_description");
    assertEquals(Optional.of(sent.uri()), error.uri(), "error_uri");
    assertEquals(Optional.of(sent.state()), error.state(), "state");
    assertEquals(OAuthError.Origin.SERVER, error.origin());
  }
}
