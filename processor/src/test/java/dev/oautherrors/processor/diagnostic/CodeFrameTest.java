package dev.oautherrors.processor.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The code frame under each catalog message, at the edges of its line. */
class CodeFrameTest {

  private static String render(String text, int line, int column, int width) {
    return CodeFrame.render(new Location.InCatalog(new CatalogText("f.yaml", text),
        new Position(line, column), width));
  }

  @Test
  void caretUnderTheSpotKeepingTabs() {
    assertEquals("\n --> f.yaml:2:3\n  |\n2 |   code: x\n  |   ^^^^",
        render("a\n  code: x\n", 2, 3, 4));
    assertEquals("\n --> f.yaml:1:3\n  |\n1 | \t code\n  | \t ^",
        render("\t code", 1, 3, 1));
    assertEquals("\n  --> f.yaml:10:1\n   |\n10 | x\n   | ^",
        render("\n\n\n\n\n\n\n\n\nx", 10, 1, 1));
  }

  @Test
  void columnAndWidthAreKeptOnTheLine() {
    assertEquals("\n --> f.yaml:1:9\n  |\n1 | abc\n  |    ^", render("abc", 1, 9, 5));
    assertEquals("\n --> f.yaml:1:0\n  |\n1 | abc\n  | ^^^", render("abc", 1, 0, 3));
    assertEquals("\n --> f.yaml:1:2\n  |\n1 | abc\n  |  ^^", render("abc", 1, 2, 9));
    assertEquals("\n --> f.yaml:1:3\n  |\n1 | abc\n  |   ^", render("abc", 1, 3, 1));
  }

  @Test
  void blankOrMissingLinesShowOnlyThePlace() {
    assertEquals("\n --> f.yaml:2:1", render("a\n   \nb", 2, 1, 1));
    assertEquals("\n --> f.yaml:5:1", render("a\n", 5, 1, 1));
  }

  @Test
  void invisibleCharactersShowAsReplacementCharactersOneForOne() {
    assertEquals("\n --> f.yaml:1:5\n  |\n1 | a\ufffd\ufffd\ufffd\uD83D\uDE00b\n  |     ^",
        render("a\u001b\u202e\u200b\uD83D\uDE00b", 1, 5, 1));
    assertEquals("\n --> f.yaml:1:2\n  |\n1 | a\ufffd\ufffdb\n  |  ^",
        render("a\uDB40\uDC20b", 1, 2, 1));
  }

  @Test
  void longLinesShowAWindowAroundTheColumn() {
    String line = "a".repeat(100) + "X" + "b".repeat(199);
    String middle = render(line, 1, 101, 3);
    assertEquals("\n --> f.yaml:1:101\n  |\n1 | \u2026" + "a".repeat(80) + "X" + "b".repeat(79)
        + "\u2026\n  |  " + " ".repeat(80) + "^^^", middle);
    String start = render(line, 1, 2, 1);
    assertEquals("\n --> f.yaml:1:2\n  |\n1 | " + "a".repeat(100) + "X" + "b".repeat(59)
        + "\u2026\n  |  ^", start);
    String end = render(line, 1, 300, 1);
    assertEquals("\n --> f.yaml:1:300\n  |\n1 | \u2026" + "b".repeat(160) + "\n  |  "
        + " ".repeat(159) + "^", end);
    assertEquals("\n --> f.yaml:1:161\n  |\n1 | \u2026" + "a".repeat(160) + "\n  |  "
        + " ".repeat(159) + "^", render("a".repeat(161), 1, 161, 1));
  }

  @Test
  void aWindowNeverCutsACharacterInHalf() {
    String pairs = "\uD83D\uDE00".repeat(150);
    assertWhole(render(pairs, 1, 152, 1));       // the window would start on a low surrogate
    assertWhole(render("x" + pairs, 1, 2, 1));   // and here end just before one
  }

  private static void assertWhole(String frame) {
    String shown = frame.substring(frame.indexOf("1 | ") + 4, frame.lastIndexOf('\n'));
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertEquals(true, i + 1 < shown.length() && Character.isLowSurrogate(shown.charAt(++i)),
            "half a character at " + i);
      } else {
        assertEquals(false, Character.isLowSurrogate(c), "half a character at " + i);
      }
    }
  }
}
