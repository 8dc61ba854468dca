package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path for flat bodies answers only when it is sure, and then exactly as Jackson does.
 */
class FlatJsonTest {
  private static final JsonBodyParser JSON = new JsonBodyParser(ParserLimits.DEFAULT);

  private static BodyScan flat(String body, boolean collect) {
    return FlatJson.scan(body.getBytes(StandardCharsets.UTF_8), body.indexOf('{'), collect);
  }

  @Test
  void readsTheSeedsBodies() {
    BodyScan scan = flat("{\"error_uri\":\"https://yourInstance.salesforce.com/setup/secur/"
        + "SAMLValidationPage.apexp\", \"error\":\"invalid_grant\",\"error_description\":"
        + "\"invalid assertion\"}", false);
    assertNotNull(scan);
    assertEquals(BodyScan.Kind.ERROR, scan.kind);
    assertEquals("invalid_grant", scan.code);
    assertEquals("invalid assertion", scan.description);
    assertEquals("https://yourInstance.salesforce.com/setup/secur/SAMLValidationPage.apexp",
        scan.uri);
    BodyScan spaced = flat("{ \"error\":\"invalid_grant\", \"error_description\":\"Audience "
        + "validation failed\" }", false);
    assertEquals("Audience validation failed", spaced.description);
  }

  @Test
  void keepsTheFirstOfRepeatedFieldsAndCollectsMembersUntilError() {
    BodyScan scan = flat("{\"state\":\"s1\",\"error\":\"a\",\"error\":\"b\",\"state\":\"s2\"}",
        true);
    assertEquals("a", scan.code);
    assertEquals("s1", scan.state);
    BodyScan success = flat("{\"access_token\":\"t\",\"instance_url\":\"u\"}", true);
    assertEquals(BodyScan.Kind.OBJECT, success.kind);
    assertEquals(Parameters.of("access_token", "t", "instance_url", "u"), success.parameters);
    assertEquals(BodyScan.Kind.OBJECT, flat("{ }", true).kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"error\":\"a\\\"b\"}", // an escape
      "{\"error\":\"caf\u00e9\"}", // non-ASCII in a byte body
      "{\"error\":1}", // not a string
      "{\"error\":\"a\",\"x\":{}}", // nested
      "{\"error\":\"a\",\"x\":[1]}",
      "{\"error\":\"a\",\"n\":null}",
      "{\"error\":\"a\"} trailing", // content after the object
      "{\"error\":\"a\",}", // trailing comma
      "{\"error\":\"a\"", // unterminated
      "{\"error\" \"a\"}", // no colon
      "{error:\"a\"}", // unquoted name
      "{\"error\":\"a\tb\"}", // raw control character
      "{\"error\":\"a\"}{}"
  })
  void leavesEverythingElseToJackson(String body) {
    assertNull(flat(body, true), body);
  }

  /** Random bodies near the flat shape: where the fast path answers, it agrees with Jackson. */
  @Test
  void agreesWithJacksonWheneverItAnswers() {
    Random random = new Random(20261129);
    int answered = 0;
    for (int i = 0; i < 20_000; i++) {
      String body = randomBody(random);
      for (boolean collect : new boolean[] {true, false}) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        BodyScan fast = FlatJson.scan(bytes, 0, collect);
        if (fast != null) {
          answered++;
          assertSame(JSON.parseWithJackson(bytes, 0, collect), fast, body);
        }
        BodyScan fastText = FlatJson.scan(body, 0, collect);
        if (fastText != null) {
          assertSame(JSON.parseWithJackson(body, collect), fastText, body);
        }
      }
    }
    assertTrue(answered > 2_000, "the fast path answered only " + answered + " times");
  }

  private static void assertSame(BodyScan jackson, BodyScan fast, String body) {
    assertEquals(jackson.kind, fast.kind, body);
    assertEquals(jackson.code, fast.code, body);
    assertEquals(jackson.description, fast.description, body);
    assertEquals(jackson.uri, fast.uri, body);
    assertEquals(jackson.state, fast.state, body);
    assertEquals(jackson.issuer, fast.issuer, body);
    assertEquals(jackson.parameters, fast.parameters, body);
    assertEquals(jackson.repeated, fast.repeated, body);
  }

  private static final String[] NAMES = {
      "error", "error_description", "error_uri", "state", "iss", "access_token", "x", "", "Error"};
  private static final String[] VALUES = {
      "invalid_grant", "expired access/refresh token", "", " ", "a b", "caf\u00e9", "a\\\"b",
      "a\\nb", "\\u0041", "https://x.example/p?q=1", "{", "}", ",", ":"};
  private static final String[] RAW_VALUES = {"1", "-2.5e3", "true", "false", "null", "{}", "[]",
      "[1,{\"a\":\"b\"}]", "{\"error\":\"nested\"}"};
  private static final String[] SPACE = {"", " ", "\n", "\r\n\t ", "  "};

  private static String randomBody(Random random) {
    StringBuilder body = new StringBuilder().append(pick(random, SPACE)).append('{');
    int members = random.nextInt(6);
    for (int m = 0; m < members; m++) {
      if (m > 0) {
        body.append(pick(random, SPACE)).append(',');
      }
      body.append(pick(random, SPACE)).append('"').append(pick(random, NAMES)).append('"')
          .append(pick(random, SPACE)).append(':').append(pick(random, SPACE));
      if (random.nextInt(5) == 0) {
        body.append(pick(random, RAW_VALUES));
      } else {
        body.append('"').append(pick(random, VALUES)).append('"');
      }
    }
    body.append(pick(random, SPACE)).append('}').append(pick(random, SPACE));
    if (random.nextInt(20) == 0) {
      body.append(random.nextBoolean() ? "x" : "{}");
    }
    if (random.nextInt(20) == 0 && body.length() > 2) {
      body.setLength(random.nextInt(body.length()));
    }
    return body.toString();
  }

  private static String pick(Random random, String[] options) {
    return options[random.nextInt(options.length)];
  }
}
