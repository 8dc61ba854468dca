package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand matcher of description patterns gives what the regular expression gives, on patterns
 * of every form it takes and on descriptions built from their pieces (prefixes cut short, digit
 * runs around each bound, suffixes present and not, the 128-character window).
 */
class DigitGroupMatcherTest {
  private static final List<String> SHAPES = List.of(
      "^AADSTS(\\d{1,10}):", "^AADSTS(\\d+):", "^AADSTS(\\d+)", "^E(\\d{3})", "^(\\d{2,4})-x",
      "^(\\d{0,3})", "^ERR 7(\\d{1,2}) 9", "^a:(\\d{2})b1", "^(\\d{1,4}),", "^X(\\d{3,3})/");
  private static final List<String> PIECES = List.of("AADSTS", "AADST", "A", "E", "ERR 7", "a:",
      " ", ":", "-", "-x", "x", "b1", " 9", ",", "/", "0", "1", "9", "12", "123", "1234",
      "12345678901", "\u0661", "aadsts");

  @Test
  void everyShapeIsMatchedByHand() {
    for (String shape : SHAPES) {
      assertNotNull(DigitGroupMatcher.of(shape), shape);
    }
  }

  @Test
  void otherPatternsAreLeftToTheRegularExpression() {
    for (String other : List.of("^AADSTS(\\d{1,10})[:]", "^(?i)aadsts(\\d+)", "^AADSTS(\\d*)",
        "^A.S(\\d+)", "^AADSTS(\\d{1,10})1", "^AADSTS([0-9]+)", "^(\\d{5,2})", "AADSTS(\\d+)",
        "^AADSTS(\\d+):$", "^AADSTS(?:x)?(\\d+)")) {
      assertNull(DigitGroupMatcher.of(other), other);
    }
  }

  @Test
  void theHandMatcherAgreesWithTheRegularExpression() {
    Random random = new Random(20261205);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(8);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      texts.add(text.toString());
    }
    String window = "x".repeat(SubCodeSource.DESCRIPTION_PREFIX_CHARS);
    for (int cut = 115; cut <= 130; cut++) {
      texts.add("AADSTS" + "1".repeat(cut - 7) + ":" + window);
      texts.add("E" + "1".repeat(cut) + window);
      texts.add("AADSTS5012" + window.substring(0, cut - 10) + ":");
    }
    for (String shape : SHAPES) {
      SubCodeSource source = SubCodeSource.of(null, shape);
      Pattern pattern = Pattern.compile(shape);
      for (String text : texts) {
        assertEquals(byRegex(pattern, text), source.fromDescription(text), shape + " on " + text);
      }
    }
  }

  private static String byRegex(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    matcher.region(0, Math.min(text.length(), SubCodeSource.DESCRIPTION_PREFIX_CHARS));
    if (!matcher.lookingAt()) {
      return null;
    }
    String group = matcher.group(1);
    return group == null || group.isEmpty() ? null : group;
  }
}
