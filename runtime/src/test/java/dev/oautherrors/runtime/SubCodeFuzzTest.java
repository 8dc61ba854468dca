package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.oautherrors.runtime.catalog.TestCatalog;
import dev.oautherrors.runtime.catalog.TestOAuthException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the sub-code reading of token-endpoint bodies. Under {@code mvn verify} it runs once per
 * file of {@code src/test/resources/dev/oautherrors/runtime/SubCodeFuzzTestInputs/body/}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them (see docs/hostile-input.md).
 *
 * <p>For every input: a parser that reads sub-codes gives the same outcome, code and description
 * as one that does not (reading the member never changes what the body is); the text and its UTF-8
 * bytes give the same sub-code; a sub-code is never empty; every outcome keeps its input.
 */
class SubCodeFuzzTest {
  private static final OAuthErrorParser<TestOAuthException> PLAIN = TestCatalog.parser();
  private static final OAuthErrorParser<TestOAuthException> READING =
      OAuthErrorParser.builder(TestCatalog.TYPES).subCodes(SubCodeTest.ENTRA).build();

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  @DictionaryEntries({"{\"error\":\"invalid_grant\",", "\"error_codes\":", "[50126]", "\"50126\"",
      "\"error_description\":\"AADSTS50126: ", "[[", "]]", "{\"a\":", "1e9", "null", ","})
  void body(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    ParseResult<TestOAuthException> fromText = READING.parseBody(text);
    ParseResult<TestOAuthException> fromBytes = READING.parseBody(utf8);
    Invariants.keepsBody(fromText, text);
    sameOutcome(PLAIN.parseBody(text), fromText);
    sameOutcome(PLAIN.parseBody(utf8), fromBytes);
    assertEquals(subCode(fromText), subCode(fromBytes), text);
    subCode(fromText).ifPresent(sub -> assertFalse(sub.isEmpty(), text));
  }

  private static void sameOutcome(
      ParseResult<TestOAuthException> plain, ParseResult<TestOAuthException> reading) {
    assertEquals(plain.getClass(), reading.getClass(), reading::toString);
    if (plain instanceof ParseResult.ErrorResponse<TestOAuthException> e) {
      OAuthError read = ((ParseResult.ErrorResponse<TestOAuthException>) reading).error().error();
      assertEquals(e.error().code(), read.code());
      assertEquals(e.error().description(), read.description());
      assertTrue(e.error().rawSubCode().isEmpty());
    } else if (plain instanceof ParseResult.NotOAuth<TestOAuthException> n) {
      assertEquals(n.problem(), ((ParseResult.NotOAuth<TestOAuthException>) reading).problem());
    }
  }

  private static Optional<String> subCode(ParseResult<TestOAuthException> result) {
    return result instanceof ParseResult.ErrorResponse<TestOAuthException> e
        ? e.error().rawSubCode()
        : Optional.empty();
  }
}
