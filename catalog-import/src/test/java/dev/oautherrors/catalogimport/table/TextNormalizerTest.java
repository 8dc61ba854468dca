package dev.oautherrors.catalogimport.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void aPlainCodeIsLeftAsItIs() {
    assertEquals(new TextNormalizer.Code("invalid_grant", List.of()),
        TextNormalizer.code("invalid_grant"));
  }

  @Test
  void oddSpacingIsRemovedAndNamed() {
    assertEquals(new TextNormalizer.Code("invalid_grant", List.of("spaces around it")),
        TextNormalizer.code("invalid_grant "));
    assertEquals(new TextNormalizer.Code("invalid_grant",
            List.of("U+00A0 NO-BREAK SPACE", "spaces around it")),
        TextNormalizer.code("\u00a0invalid_grant"));
    assertEquals(new TextNormalizer.Code("invalid_grant",
            List.of("U+200B ZERO WIDTH SPACE", "U+FEFF ZERO WIDTH NO-BREAK SPACE")),
        TextNormalizer.code("invalid\u200b_grant\ufeff"));
    assertEquals(new TextNormalizer.Code("invalid_grant", List.of("U+00AD SOFT HYPHEN")),
        TextNormalizer.code("invalid_\u00adgrant"));
    assertEquals(new TextNormalizer.Code("two words",
            List.of("a line break", "repeated spaces")),
        TextNormalizer.code("two \n words"));
  }

  @Test
  void backticksAndQuotesAroundTheWholeCodeGo() {
    assertEquals(new TextNormalizer.Code("invalid_grant", List.of("backticks around it")),
        TextNormalizer.code("`invalid_grant`"));
    assertEquals(new TextNormalizer.Code("invalid_grant",
            List.of("spaces around it", "quotes around it")),
        TextNormalizer.code(" \u201cinvalid_grant\u201d "));
    assertEquals(new TextNormalizer.Code("`a", List.of()), TextNormalizer.code("`a"));
  }

  @Test
  void aCellOfInvisibleCharactersIsEmpty() {
    assertEquals("", TextNormalizer.code("\u200b\u00a0 ").text());
  }

  @Test
  void descriptionsBecomeOneTrimmedLine() {
    assertEquals("The user name or password is wrong.",
        TextNormalizer.text("\n  The user\u00a0name or\tpassword\u200b is\r\n wrong.  "));
    assertEquals("Right-to-left marks go: ab",
        TextNormalizer.text("Right-to-left marks go: a\u202eb\u2069"));
    assertEquals("Emoji stay \ud83d\udd11 and so does caf\u00e9",
        TextNormalizer.text("Emoji stay \ud83d\udd11 and so does caf\u00e9"));
  }
}
