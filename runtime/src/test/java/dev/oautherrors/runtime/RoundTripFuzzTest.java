package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.oautherrors.fuzzsupport.CommittedCorpus;
import dev.oautherrors.fuzzsupport.Structured;
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

/**
 * Round trips through every parser: any code, description, uri and state, written by an
 * independent writer with correct escaping, parse back to exactly the same values. Values come
 * from all of Unicode (astral characters, controls, quotes, {@code &}, {@code =}, {@code %},
 * {@code +}, {@code #}); escaping varies between the correct forms a server may choose.
 *
 * <p>Property tests as Jazzer fuzz tests with structured inputs ({@link Structured}): under
 * {@code mvn verify} each replays its committed corpus, {@code
 * src/test/resources/dev/oautherrors/runtime/RoundTripFuzzTestInputs/<method>/}, which {@link
 * PropertyCorpus} writes (edge cases by name, then seeded random ones) and {@code
 * PropertyCorpusTest} keeps in step; {@code scripts/fuzz.sh} fuzzes them like the other targets.
 */
class RoundTripFuzzTest {
  /** The longest value of each kind a fuzz input can hold. */
  static final int MAX_TEXT = 80;

  private final OAuthErrorParser<TestOAuthException> parser = TestCatalog.parser();

  /** The four values a server sends with an error. */
  record Sent(String code, String description, String uri, String state) {
    /** Any chars, lone surrogates included: what a String can hold (JSON, challenges). */
    static Sent any(FuzzedDataProvider data) {
      return new Sent(Structured.text(data, MAX_TEXT), Structured.text(data, MAX_TEXT),
          Structured.text(data, MAX_TEXT), Structured.text(data, MAX_TEXT));
    }

    /** Well-formed Unicode, every plane: what UTF-8 can carry (percent-encoded channels). */
    static Sent unicode(FuzzedDataProvider data) {
      return new Sent(Structured.unicode(data, MAX_TEXT), Structured.unicode(data, MAX_TEXT),
          Structured.unicode(data, MAX_TEXT), Structured.unicode(data, MAX_TEXT));
    }

    Structured.Encoder encode(Structured.Encoder encoder) {
      return encoder.text(code, MAX_TEXT).text(description, MAX_TEXT).text(uri, MAX_TEXT)
          .text(state, MAX_TEXT);
    }
  }

  // --- JSON bodies ------------------------------------------------------------------------------

  /** A JSON body's input: any chars, and how the writer writes them. */
  record JsonInput(Sent sent, boolean asciiOnly, boolean reversed) implements CommittedCorpus.Input {
    static JsonInput decode(FuzzedDataProvider data) {
      return new JsonInput(Sent.any(data), Structured.bool(data), Structured.bool(data));
    }

    @Override
    public byte[] encode() {
      return sent.encode(new Structured.Encoder()).bool(asciiOnly).bool(reversed).bytes();
    }
  }

  /** A percent-encoded input: well-formed Unicode, and one of the correct encodings. */
  record FormInput(Sent sent, Encoding encoding) implements CommittedCorpus.Input {
    static FormInput decode(FuzzedDataProvider data) {
      return new FormInput(Sent.unicode(data), Structured.pick(data, Encoding.class));
    }

    @Override
    public byte[] encode() {
      return sent.encode(new Structured.Encoder()).pick(encoding).bytes();
    }
  }

  /** A challenge's input: any chars, alone or after another challenge. */
  record ChallengeInput(Sent sent, boolean otherChallenge) implements CommittedCorpus.Input {
    static ChallengeInput decode(FuzzedDataProvider data) {
      return new ChallengeInput(Sent.any(data), Structured.bool(data));
    }

    @Override
    public byte[] encode() {
      return sent.encode(new Structured.Encoder()).bool(otherChallenge).bytes();
    }
  }

  @FuzzTest
  void jsonBody(FuzzedDataProvider data) throws IOException {
    jsonBodyRoundTrips(JsonInput.decode(data));
  }

  void jsonBodyRoundTrips(JsonInput input) throws IOException {
    Sent sent = input.sent();
    String body = json(sent, input.asciiOnly(), input.reversed());
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

  @FuzzTest
  void query(FuzzedDataProvider data) {
    FormInput input = FormInput.decode(data);
    Sent sent = input.sent();
    Encoding encoding = input.encoding();
    String uri = "https://client.example/cb?" + form(sent, encoding) + "#_=_";
    assertSent(sent, parser.parseRedirect(uri));
    assertSent(sent, parser.parseRedirect(uri, sent.state()));
    assertSent(sent, parser.parseRedirect(uri, ResponseMode.QUERY, sent.state()));
    assertSent(sent, parser.parseResponse(302, Headers.of("Location", uri), ""));
  }

  @FuzzTest
  void fragment(FuzzedDataProvider data) {
    FormInput input = FormInput.decode(data);
    Sent sent = input.sent();
    Encoding encoding = input.encoding();
    String uri = "https://client.example/cb?lang=en#" + form(sent, encoding);
    assertSent(sent, parser.parseRedirect(uri));
    assertSent(sent, parser.parseRedirect(uri, sent.state()));
    assertSent(sent, parser.parseRedirect(uri, ResponseMode.FRAGMENT, sent.state()));
  }

  @FuzzTest
  void formPost(FuzzedDataProvider data) {
    FormInput input = FormInput.decode(data);
    Sent sent = input.sent();
    String body = form(sent, input.encoding());
    assertSent(sent, parser.parseFormPost(body, sent.state()));
    assertSent(sent, parser.parseFormPost(body, null));
  }

  @FuzzTest
  void formEncodedTokenResponse(FuzzedDataProvider data) {
    FormInput input = FormInput.decode(data);
    Sent sent = input.sent();
    String body = form(sent, input.encoding());
    assertSent(sent, parser.parseBody(body));
    assertSent(sent, parser.parseBody(body.getBytes(StandardCharsets.UTF_8)));
    assertSent(sent, parser.parseResponse(400, Headers.EMPTY, body));
  }

  // --- WWW-Authenticate -------------------------------------------------------------------------

  @FuzzTest
  void wwwAuthenticate(FuzzedDataProvider data) {
    ChallengeInput input = ChallengeInput.decode(data);
    Sent sent = input.sent();
    String challenge = (input.otherChallenge() ? "Basic realm=\"x\", " : "")
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

  static boolean wellFormed(Sent sent) {
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
