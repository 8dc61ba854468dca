package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class FormDecoderTest {

  private static String decode(String text) {
    return FormDecoder.decode(text, 0, text.length());
  }

  @Test
  void plainValueIsTheSameString() {
    String text = "access_denied";
    assertSame(text, decode(text));
  }

  @Test
  void decodesARange() {
    assertEquals("b c", FormDecoder.decode("a=b+c&d", 2, 5));
  }

  @Test
  void plusIsASpaceAndEncodedPlusIsAPlus() {
    assertEquals("a b+c", decode("a+b%2Bc"));
  }

  @Test
  void percentEscapesDecodeAsUtf8() {
    assertEquals("été", decode("%C3%A9t%c3%a9"));
    assertEquals("\uD83D\uDE00!", decode("%F0%9F%98%80%21"));
  }

  @Test
  void invalidUtf8BecomesReplacementCharacters() {
    assertEquals("\uFFFD(", decode("%C3%28"));
    assertEquals("x\uFFFD", decode("x%FF"));
  }

  @Test
  void brokenEscapesAreKeptLiterally() {
    assertEquals("100%zz sure", decode("100%zz+sure"));
    assertEquals("a%4", decode("a%4"));
    assertEquals("a%", decode("a%"));
    assertEquals("%A A", decode("%%41+%41"));
    assertEquals("%G1", decode("%G1"));
  }

  @Test
  void rawNonAsciiIsKept() {
    assertEquals("é \uD83D\uDE00", decode("é+\uD83D\uDE00"));
  }

  @Test
  void controlCharactersAreDecodedNotDropped() {
    assertEquals("a\r\nb\u0000", decode("a%0D%0Ab%00"));
  }
}
