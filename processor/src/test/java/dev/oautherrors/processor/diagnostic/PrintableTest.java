package dev.oautherrors.processor.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.runtime.SafeText;
import org.junit.jupiter.api.Test;

/** Catalog text in messages: escaped where invisible, cut where too long, at the edges. */
class PrintableTest {

  /**
   * One rule for unsafe text: the processor's messages and the runtime's log form escape the same
   * code points, over all of Unicode, but for the line feed and tab that lay out a multi-line
   * message (the runtime also escapes the backslash, which is not unsafe but would make its
   * escapes ambiguous).
   */
  @Test
  void messagesAndTheRuntimeEscapeTheSameCharacters() {
    int disagreements = 0;
    StringBuilder first = new StringBuilder();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (c == '\\') {
        continue;
      }
      String text = new String(Character.toChars(c));
      boolean message = !Printable.escaped(text).equals(text);
      boolean log = !SafeText.forLog(text).equals(text);
      boolean layout = c == '\n' || c == '\t';
      if (message != (log && !layout)) {
        disagreements++;
        if (first.length() < 200) {
          first.append(String.format(java.util.Locale.ROOT, " U+%04X", c));
        }
      }
    }
    assertEquals(0, disagreements, "escaped by one and not the other:" + first);
    assertTrue(Printable.isInvisible(0x1b) && SafeText.isUnsafe(0x1b), "ESC");
    assertFalse(Printable.isInvisible('\n'), "a message's line break is layout");
  }

  @Test
  void valuesUpTo300CharsAreWholeAndLongerOnesCut() {
    String whole = "v".repeat(300);
    assertSame(whole, Printable.of(whole));
    assertEquals("v".repeat(240) + "\u2026 (301 characters)", Printable.of("v".repeat(301)));
    String pairAtTheCut = "v".repeat(239) + "\uD83D\uDE00" + "v".repeat(100);
    assertEquals("v".repeat(239) + "\u2026 (341 characters)", Printable.of(pairAtTheCut));
    assertEquals("\\u001B".repeat(240) + "\u2026 (400 characters)",
        Printable.of("\u001b".repeat(400)));
  }

  @Test
  void invisibleCharactersAreEscapedVisibleOnesKept() {
    assertEquals("a\\u000Db\\u200B\\uDB40\\uDC20c\\uD800", Printable.of("a\rb\u200b\uDB40\uDC20c"
        + "\uD800"));
    String visible = "tab\tnewline\n space \uD83D\uDE00 \u00e9";
    assertSame(visible, Printable.escaped(visible));
    assertTrue(Printable.isInvisible('\u00a0'));
    assertTrue(Printable.isInvisible(0x2029));
    assertTrue(Printable.isInvisible(0xDC00));
    assertFalse(Printable.isInvisible(0x1F600));
    assertFalse(Printable.isInvisible('~'));
  }

  @Test
  void verbatimValuesAreNeitherEscapedNorCut() {
    String list = "line one\r\n" + "x".repeat(400);
    String text = Message.CATALOG_NOT_FOUND.format(new Verbatim(list), "errors.yaml", "option");
    assertTrue(text.contains(list), text);
    assertEquals(list, new Verbatim(list).toString());
  }
}
