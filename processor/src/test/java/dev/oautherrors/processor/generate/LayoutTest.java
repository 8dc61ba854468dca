package dev.oautherrors.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How generated sources are laid out: long literals and lines, at the edges of the width. */
class LayoutTest {

  @Test
  void literalsOfAtMost72CharsStayWhole() {
    assertEquals("\"" + "a".repeat(72) + "\"", Literals.text("a".repeat(72)).toString());
    assertEquals("\"" + "a".repeat(72) + "\"\n  + \"b\"",
        Literals.text("a".repeat(72) + "b").toString());
  }

  @Test
  void longLiteralsAreCutAfterTheLastSpaceWithinTheChunk() {
    String text = "a".repeat(70) + " b " + "c".repeat(10);
    assertEquals("\"" + "a".repeat(70) + " b \"\n  + \"" + "c".repeat(10) + "\"",
        Literals.text(text).toString());
    String spaceAt72 = "a".repeat(72) + " " + "c";
    assertEquals("\"" + "a".repeat(72) + " \"\n  + \"c\"", Literals.text(spaceAt72).toString());
    String spaceFirst = " " + "a".repeat(80);
    assertEquals("\"" + " " + "a".repeat(71) + "\"\n  + \"" + "a".repeat(9) + "\"",
        Literals.text(spaceFirst).toString());
  }

  @Test
  void linesOfAtMostTheWidthAreKept() {
    String comment = " * " + "word ".repeat(18) + "abcdefg";
    assertEquals(100, comment.length());
    assertEquals(comment, SourceFormatter.format(comment));
    String longer = comment + "h";
    assertEquals(" * " + "word ".repeat(18).strip() + "\n * abcdefgh",
        SourceFormatter.format(longer));
  }

  @Test
  void commentsWrapAtWordsButNeverInsideAnInlineTag() {
    String line = "   * " + "x".repeat(80) + " {@link Some Thing} tail";
    assertEquals("   * " + "x".repeat(80) + "\n   * {@link Some Thing} tail",
        SourceFormatter.format(line));
    String pre = " * <pre>\n * " + "y ".repeat(60) + "\n * </pre>\n * " + "z ".repeat(60);
    String formatted = SourceFormatter.format(pre);
    assertEquals(" * " + "y ".repeat(60), formatted.split("\n")[1], "pre is kept");
    assertEquals(5, formatted.split("\n").length, "the line after </pre> is wrapped");
  }

  @Test
  void longHeadersAndConstantsBreak() {
    String permits = "public abstract sealed class " + "B".repeat(60)
        + " extends X permits A1, A2, A3 {";
    assertEquals("public abstract sealed class " + "B".repeat(60) + " extends X\n"
        + "    permits A1,\n        A2,\n        A3 {", SourceFormatter.format(permits));
    String implementsLine = "  public final class " + "C".repeat(60) + " extends Base implements G {";
    assertEquals("  public final class " + "C".repeat(60) + " extends Base\n      implements G {",
        SourceFormatter.format(implementsLine));
    String constant = "  static final String S = \"" + "s".repeat(90) + "\";";
    assertEquals("  static final String S =\n      \"" + "s".repeat(90) + "\";",
        SourceFormatter.format(constant));
    String other = "x".repeat(120);
    assertEquals(other, SourceFormatter.format(other));
    assertEquals("a\n\nb", SourceFormatter.format("a\n\nb"));
  }
}
