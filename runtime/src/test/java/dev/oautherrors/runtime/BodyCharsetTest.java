package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The charset a {@code Content-Type} declares, read by hand: each spelling servers send. */
class BodyCharsetTest {
  private static Charset declared(String contentType) {
    return BodyCharset.declared(Headers.of(Map.of("Content-Type", List.of(contentType))));
  }

  @Test
  void utf8InEverySpelling() {
    for (String type : List.of("application/json;charset=UTF-8", "application/json; charset=utf-8",
        "application/json;CHARSET=Utf-8", "application/json; charset = UTF-8",
        "application/json; charset=\"UTF-8\"", "application/json;charset=UTF-8; q=1",
        "application/json;charset=UTF-8 ", "application/json;charset=utf8")) {
      assertEquals(StandardCharsets.UTF_8, declared(type), type);
    }
  }

  @Test
  void otherCharsetsByName() {
    assertEquals(StandardCharsets.ISO_8859_1, declared("application/json; charset=ISO-8859-1"));
    assertEquals(StandardCharsets.ISO_8859_1, declared("application/json; Charset=latin1"));
    assertEquals(StandardCharsets.UTF_16BE, declared("application/json; charset=UTF-16"));
    assertEquals(StandardCharsets.UTF_16LE, declared("application/json; charset=utf-16le"));
  }

  @Test
  void whatIsNotACharsetParameterNamesNone() {
    for (String type : List.of("application/json", "application/json; x-charset=latin1",
        "application/json; charset=", "application/json; charset=utf-8x",
        "application/json; charset=no such charset", "application/json; charset=\"UTF-8",
        "application/json; charsetx=latin1", "application/json; chars")) {
      assertEquals(null, declared(type), type);
    }
    // Letters only fold with letters: a control character is not the '-' of utf-8.
    assertEquals(null, declared("application/json; charset=utf\r8"));
  }
}
