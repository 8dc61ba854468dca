package dev.oautherrors.runtime;

import java.nio.charset.StandardCharsets;

/**
 * Decodes one name or value of an {@code application/x-www-form-urlencoded} string (a query, a
 * fragment, a form post body): {@code +} is a space; a run of {@code %XX} escapes is decoded to
 * bytes and the bytes as UTF-8 (invalid UTF-8 becomes U+FFFD); a broken escape ({@code %zz},
 * {@code %4}, a trailing {@code %}) is kept literally. Any other character, non-ASCII included, is
 * kept as it is.
 */
final class FormDecoder {
  private FormDecoder() {}

  /** Decodes {@code text[start, end)}; a range without {@code %} or {@code +} is a substring. */
  static String decode(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '%' || c == '+') {
        return decodeFrom(text, start, end, i);
      }
    }
    return text.substring(start, end);
  }

  /** Whether {@code text[start, end)} holds a {@code %} or a {@code +}. */
  static boolean needsDecoding(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '%' || c == '+') {
        return true;
      }
    }
    return false;
  }

  private static String decodeFrom(String text, int start, int end, int first) {
    StringBuilder out = new StringBuilder(end - start).append(text, start, first);
    byte[] bytes = null;
    int i = first;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '+') {
        out.append(' ');
        i++;
      } else if (c == '%' && isEscape(text, i, end)) {
        if (bytes == null) {
          bytes = new byte[(end - i) / 3];
        }
        int count = 0;
        while (i < end && text.charAt(i) == '%' && isEscape(text, i, end)) {
          int high = hexValue(text.charAt(i + 1));
          bytes[count++] = (byte) (high << 4 | hexValue(text.charAt(i + 2)));
          i += 3;
        }
        out.append(new String(bytes, 0, count, StandardCharsets.UTF_8));
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isEscape(String text, int percent, int end) {
    return percent + 2 < end
        && hexValue(text.charAt(percent + 1)) >= 0
        && hexValue(text.charAt(percent + 2)) >= 0;
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
