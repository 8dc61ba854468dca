package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oautherrors.runtime.catalog.TestCatalog;
import dev.oautherrors.runtime.catalog.TestOAuthException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random and hostile inputs: every entry point gives an outcome that keeps the input. */
class RobustnessTest {
  private static final String ALPHABET = "{}[]\":,\\ \n\t=&?#%+-_.0123456789aeErrotu"
      + "<>\u0000\u00e9\uD83D\uDE00";
  private static final String[] PIECES = {"\"error\"", "\"error_description\"", "error=",
      "access_denied", "%C3", "%zz", "%", "\\u00", "true", "null", "1e999", "#_=_", "?", "{\"a\":"};

  private final OAuthErrorParser<TestOAuthException> parser = TestCatalog.parser();

  @Test
  void randomInputsAlwaysGiveAnOutcomeThatKeepsTheInput() throws IOException {
    Random random = new Random(20_240_601);
    Headers headers = Headers.of("WWW-Authenticate", "Bearer error=\"x\"", "Location", "?a");
    for (int round = 0; round < 3000; round++) {
      String input = randomInput(random);
      byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
      assertEquals(input, parser.parseRedirect(input).response().uri().orElseThrow());
      assertEquals(input, parser.parseRedirect(input, "s").response().uri().orElseThrow());
      assertEquals(input, parser.parseFormPost(input, "s").response().body());
      assertEquals(input, parser.parseBody(input).response().body());
      assertEquals(bytes.length, parser.parseBody(bytes).response().length());
      assertEquals(bytes.length,
          parser.parseBody(new ByteArrayInputStream(bytes)).response().length());
      int status = 100 + random.nextInt(500);
      assertEquals(input, parser.parseResponse(status, Headers.EMPTY, input).response().body());
      assertEquals(OptionalInt.of(status),
          parser.parseResponse(status, headers, bytes).response().status());
      WwwAuthenticate.parse(input); // ends without throwing, error or not
    }
  }

  private static String randomInput(Random random) {
    StringBuilder input = new StringBuilder();
    if (random.nextBoolean()) {
      input.append('{');
    }
    int parts = random.nextInt(20);
    for (int i = 0; i < parts; i++) {
      if (random.nextInt(3) == 0) {
        input.append(PIECES[random.nextInt(PIECES.length)]);
      } else {
        int at = random.nextInt(ALPHABET.length());
        char c = ALPHABET.charAt(at);
        input.append(c);
        if (Character.isHighSurrogate(c) && at + 1 < ALPHABET.length()) {
          input.append(ALPHABET.charAt(at + 1));
        }
      }
    }
    return input.toString();
  }
}
