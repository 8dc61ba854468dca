package dev.oautherrors.processor.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.processor.diagnostic.CatalogText;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Position;
import dev.oautherrors.processor.diagnostic.Problem;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.parser.ParserException;
import org.yaml.snakeyaml.scanner.ScannerException;

/** Offsets to lines and columns, and the YAML reader's hints, at their edges. */
class LineMapTest {

  @Test
  void linesEndAtLfCrlfAndCrOnly() {
    LineMap map = new LineMap("a\nb\r\nc\rd\u0085e\u2028f");
    assertEquals(new Position(1, 1), map.atChar(0));
    assertEquals(new Position(1, 2), map.atChar(1));
    assertEquals(new Position(2, 1), map.atChar(2));
    assertEquals(new Position(2, 3), map.atChar(4), "the LF of a CRLF is on the CR's line");
    assertEquals(new Position(3, 1), map.atChar(5));
    assertEquals(new Position(4, 1), map.atChar(7));
    assertEquals(new Position(4, 5), map.atChar(11), "NEL and LS do not end lines");
    assertEquals(new Position(4, 6), map.atChar(99), "past the end is the end");
    assertEquals(new Position(1, 1), map.atChar(-5));
    assertEquals(new Position(2, 1), new LineMap("a\r").atChar(2));
  }

  @Test
  void codePointsAfterAstralCharactersCountTwoChars() {
    String text = "ab\uD83D\uDE00c" + "\uD83D\uDE00".repeat(20) + "\nx";
    LineMap map = new LineMap(text);
    assertEquals(new Position(1, 3), map.atCodePoint(2), "the first emoji itself");
    assertEquals(new Position(1, 5), map.atCodePoint(3));
    assertEquals(new Position(1, 44), map.atCodePoint(23), "after 21 emoji");
    assertEquals(new Position(1, 46), map.atCodePoint(24));
    assertEquals(new Position(2, 1), map.atCodePoint(25));
    assertEquals(new Position(1, 1), new LineMap("\uD800").atCodePoint(0), "a lone half");
    assertEquals(new Position(1, 3), new LineMap("a\uD800").atCodePoint(2));
    assertEquals(new Position(1, 1), map.atCodePoint(Long.MIN_VALUE));
  }

  private static Problem syntax(String yaml) {
    YamlTreeReader.Result result = YamlTreeReader.read(new CatalogText("errors.yaml", yaml));
    assertEquals(1, result.problems().size(), result.problems()::toString);
    Problem problem = result.problems().get(0);
    assertEquals(Message.YAML_SYNTAX, problem.message());
    return problem;
  }

  @Test
  void keysAreLimitedTo1024CharsAndTheHintSaysSo() {
    assertEquals(0, YamlTreeReader.read(new CatalogText("errors.yaml",
        "k".repeat(1024) + ": v\n")).problems().size());
    assertTrue(syntax("k".repeat(1025) + ": v\n").text()
        .endsWith(". A key can be at most 1024 characters long"));
    assertTrue(syntax("  " + "k".repeat(1025) + ": v\n").text()
        .endsWith(". A key can be at most 1024 characters long"));
    assertTrue(syntax("a: " + "x".repeat(1100) + ": y\n").text()
        .endsWith(". A value containing ': ' must be quoted, for example cause: \"Reason:"
            + " details\""), "a value, not a key, is too long here");
  }

  @Test
  void indentationProblemsSaySo() {
    assertTrue(syntax("a:\n  b: 1\n c: 2\n").text()
        .endsWith(". Check the indentation of this line against the lines above it"));
    assertTrue(syntax("a:\n  b: |\n    x\n  y\n").text()
        .endsWith(". Check the indentation of this line against the lines above it"));
  }

  private static Mark mark(String text, int index) {
    int[] codePoints = text.codePoints().toArray();
    int line = 0;
    int column = 0;
    for (int i = 0; i < index; i++) {
      if (codePoints[i] == '\n') {
        line++;
        column = 0;
      } else {
        column++;
      }
    }
    return new Mark("errors.yaml", index, line, column, codePoints, index);
  }

  @Test
  void hintsReadTheExceptionTypeAndMarksNotSnakeYamlsWording() {
    String wording = "a message some other SnakeYAML version might word differently";
    String quote = "a: \"never closed\n";
    assertEquals(". The quoted value that starts here is never closed",
        YamlTreeReader.hintFor(new CatalogText("errors.yaml", quote), new ScannerException(
            wording, mark(quote, 3), wording, mark(quote, quote.length()))));
    String tab = "a:\n\tb: 1\n";
    assertEquals(". YAML does not allow tabs for indentation; indent with spaces",
        YamlTreeReader.hintFor(new CatalogText("errors.yaml", tab),
            new ScannerException(wording, null, wording, mark(tab, 3))));
    String colon = "a: b: c\n";
    assertTrue(YamlTreeReader.hintFor(new CatalogText("errors.yaml", colon),
            new ScannerException(null, null, wording, mark(colon, 4)))
        .startsWith(". A value containing ': ' must be quoted"));
    String escape = "a: \"C:\\Users\"\n";
    assertTrue(YamlTreeReader.hintFor(new CatalogText("errors.yaml", escape),
            new ScannerException(wording, mark(escape, 3), wording, mark(escape, 8)))
        .startsWith(". Inside double quotes a backslash starts an escape"));
    String indent = "a:\n  b: 1\n c: 2\n";
    assertEquals(". Check the indentation of this line against the lines above it",
        YamlTreeReader.hintFor(new CatalogText("errors.yaml", indent),
            new ParserException(wording, mark(indent, 0), wording, mark(indent, 12))));
    String flow = "a: [1, 2\n";
    assertEquals("", YamlTreeReader.hintFor(new CatalogText("errors.yaml", flow),
        new ParserException(wording, mark(flow, 3), wording, mark(flow, flow.length()))));
  }
}
