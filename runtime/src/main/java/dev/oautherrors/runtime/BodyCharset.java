package dev.oautherrors.runtime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How the bytes of a body are to be read as text: a byte order mark decides first (UTF-8, UTF-16
 * or UTF-32, big or little endian), then the {@code charset} of the {@code Content-Type} header,
 * then, for a body that starts with a NUL byte pattern, the encoding RFC 4627 §3 infers from the
 * first four bytes; UTF-8 otherwise. Built without regular expressions or {@code Locale}, since it
 * runs on every byte body.
 */
final class BodyCharset {
  /** The charset, never null. */
  final Charset charset;
  /** The length of the byte order mark to skip (0 when none). */
  final int bomLength;

  private BodyCharset(Charset charset, int bomLength) {
    this.charset = charset;
    this.bomLength = bomLength;
  }

  private static final BodyCharset UTF_8 = new BodyCharset(StandardCharsets.UTF_8, 0);

  /** Whether the body can be read as UTF-8 bytes (ASCII is a subset). */
  boolean isUtf8() {
    return charset == StandardCharsets.UTF_8 || charset == StandardCharsets.US_ASCII;
  }

  /** The encoding of {@code body}, given the response's headers (possibly empty). */
  static BodyCharset of(byte[] body, Headers headers) {
    BodyCharset bom = fromBom(body);
    if (bom != null) {
      return bom;
    }
    Charset declared = declared(headers);
    if (declared != null) {
      return declared == StandardCharsets.UTF_8 ? UTF_8 : new BodyCharset(declared, 0);
    }
    return fromNulPattern(body);
  }

  /** RFC 4627 §3: JSON text starts with two ASCII characters, so NULs among them tell the width. */
  private static BodyCharset fromNulPattern(byte[] body) {
    if (body.length < 4 || (body[0] != 0 && body[1] != 0)) {
      return UTF_8;
    }
    boolean z0 = body[0] == 0;
    boolean z1 = body[1] == 0;
    boolean z2 = body[2] == 0;
    boolean z3 = body[3] == 0;
    Charset charset = null;
    if (z0 && z1 && z2 && !z3) {
      charset = lookup("UTF-32BE");
    } else if (!z0 && z1 && z2 && z3) {
      charset = lookup("UTF-32LE");
    } else if (z0 && !z1 && z2 && !z3) {
      charset = StandardCharsets.UTF_16BE;
    } else if (!z0 && z1 && !z2 && z3) {
      charset = StandardCharsets.UTF_16LE;
    }
    return charset == null ? UTF_8 : new BodyCharset(charset, 0);
  }

  /** The charset a byte order mark at the start of {@code body} names, or null. */
  static BodyCharset fromBom(byte[] body) {
    int n = body.length;
    int b0 = n > 0 ? body[0] & 0xff : -1;
    int b1 = n > 1 ? body[1] & 0xff : -1;
    int b2 = n > 2 ? body[2] & 0xff : -1;
    int b3 = n > 3 ? body[3] & 0xff : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return new BodyCharset(StandardCharsets.UTF_8, 3);
    }
    if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
      Charset utf32 = lookup("UTF-32BE");
      return utf32 == null ? null : new BodyCharset(utf32, 4);
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
      Charset utf32 = lookup("UTF-32LE");
      return utf32 == null ? null : new BodyCharset(utf32, 4);
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return new BodyCharset(StandardCharsets.UTF_16BE, 2);
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return new BodyCharset(StandardCharsets.UTF_16LE, 2);
    }
    return null;
  }

  /**
   * The {@code charset} parameter of the first {@code Content-Type} header, or null when there is
   * none or the JVM does not know it. {@code UTF-16} and {@code UTF-32} without a BOM are read big
   * endian, as their definitions say.
   */
  static Charset declared(Headers headers) {
    String contentType = headers.firstOrNull("Content-Type");
    if (contentType == null) {
      return null;
    }
    int at = indexOfIgnoreCase(contentType, "charset");
    while (at >= 0) {
      int i = skipSpaces(contentType, at + 7);
      boolean isParameter = at == 0 || isParameterStart(contentType, at);
      if (isParameter && i < contentType.length() && contentType.charAt(i) == '=') {
        int start = skipSpaces(contentType, i + 1);
        // The usual case, charset=UTF-8, without cutting the value out of the header.
        return isUtf8At(contentType, start) ? StandardCharsets.UTF_8
            : named(value(contentType, start));
      }
      at = indexOfIgnoreCase(contentType, "charset", at + 7);
    }
    return null;
  }

  /** Whether {@code charset} at {@code at} follows a {@code ;} (spaces between allowed). */
  private static boolean isParameterStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i >= 0 && text.charAt(i) == ';';
  }

  private static String value(String text, int start) {
    if (start < text.length() && text.charAt(start) == '"') {
      int end = text.indexOf('"', start + 1);
      return end < 0 ? "" : text.substring(start + 1, end); // an unclosed quote names nothing
    }
    int end = start;
    while (end < text.length() && text.charAt(end) != ';' && text.charAt(end) != ' '
        && text.charAt(end) != '\t' && text.charAt(end) != ',') {
      end++;
    }
    return text.substring(start, end);
  }

  /** Whether an unquoted {@code UTF-8} (any case) ends the value that starts at {@code start}. */
  private static boolean isUtf8At(String text, int start) {
    int end = start + 5;
    return matchesAscii(text, start, "utf-8")
        && (end == text.length() || ";, \t".indexOf(text.charAt(end)) >= 0);
  }

  private static Charset named(String name) {
    if (name.equalsIgnoreCase("utf-8") || name.equalsIgnoreCase("utf8")) {
      return StandardCharsets.UTF_8;
    }
    if (name.equalsIgnoreCase("utf-16")) {
      return StandardCharsets.UTF_16BE;
    }
    if (name.equalsIgnoreCase("utf-32")) {
      return lookup("UTF-32BE");
    }
    return lookup(name);
  }

  private static Charset lookup(String name) {
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException e) { // an illegal name, such as one with spaces
      return null;
    }
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static int indexOfIgnoreCase(String text, String word) {
    return indexOfIgnoreCase(text, word, 0);
  }

  /** Where lower-case ASCII {@code word} stands in {@code text}, in any case, from {@code from}. */
  private static int indexOfIgnoreCase(String text, String word, int from) {
    for (int i = from; i + word.length() <= text.length(); i++) {
      if (matchesAscii(text, i, word)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether lower-case ASCII {@code word} stands at {@code at} in any case. By hand: the header
   * is read on every byte path, and {@code String.regionMatches(true, ...)} folds by Unicode's
   * rules, several times slower.
   */
  private static boolean matchesAscii(String text, int at, String word) {
    if (at + word.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = text.charAt(at + k);
      char w = word.charAt(k);
      if (c != w && !(w >= 'a' && w <= 'z' && (c | 0x20) == w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code body[start, end)} is well-formed UTF-8 (no overlong forms, no surrogates);
   * bodies that are not are decoded with replacement characters, as {@link RawResponse#body()}
   * shows them, so that an error code read before a stray Latin-1 byte is never lost.
   */
  static boolean isWellFormedUtf8(byte[] body, int start, int end) {
    int i = start;
    while (i < end) {
      int b = body[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xff;
      int more;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        more = 1;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        more = 2;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        more = 3;
        min = 0x10000;
      } else {
        return false;
      }
      if (i + more >= end) {
        return false;
      }
      int code = b & (0x3f >> more);
      for (int k = 1; k <= more; k++) {
        int c = body[i + k] & 0xff;
        if ((c & 0xC0) != 0x80) {
          return false;
        }
        code = code << 6 | (c & 0x3f);
      }
      if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return false;
      }
      i += more + 1;
    }
    return true;
  }
}
