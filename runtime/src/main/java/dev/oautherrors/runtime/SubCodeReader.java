package dev.oautherrors.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a sub-code out of the JSON member a catalog names ({@link SubCodeSource#field()}), as the
 * body parser meets it: a string or a number is the sub-code as written; an array gives its first
 * element when that is a string or a number, and the rest of the array is skipped; anything else
 * (an object, {@code null}, a boolean, an empty array, an array that starts with an object) gives
 * none. Kept apart from {@link JsonBodyParser} so that the one-pass reader only calls it.
 */
final class SubCodeReader {
  private SubCodeReader() {}

  /**
   * The sub-code in the value at {@code value}, the parser's current token; leaves the parser on
   * the value's last token (a scalar, or the array's end), so that the caller goes on with the
   * next member. Bounded by the body and nesting limits, and iterative.
   */
  static String read(JsonParser parser, JsonToken value) throws IOException {
    if (isSubCode(value)) {
      return parser.getText();
    }
    if (value != JsonToken.START_ARRAY) {
      return null; // an object is skipped by the caller; null and booleans give nothing
    }
    JsonToken first = parser.nextToken();
    String subCode = isSubCode(first) ? parser.getText() : null;
    JsonToken token = first;
    while (token != JsonToken.END_ARRAY) {
      if (token == null) {
        return subCode; // the truncated body is reported by the caller's next read
      }
      parser.skipChildren();
      token = parser.nextToken();
    }
    return subCode;
  }

  private static boolean isSubCode(JsonToken token) {
    return token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT
        || token == JsonToken.VALUE_NUMBER_FLOAT;
  }

  /**
   * Finds {@code "field"} (with its quotes) anywhere in a body: a flat body that holds it is read
   * again by Jackson, which knows where the member lies. Text uses {@link String#indexOf}; bytes a
   * Horspool search, which skips up to the quoted name's length at each step, so a body without
   * the name costs a small fraction of a pass over it.
   */
  static final class Finder {
    private final String quoted;
    private final byte[] bytes;
    private final int[] shift = new int[256];

    Finder(String field) {
      this.quoted = '"' + field + '"';
      this.bytes = quoted.getBytes(StandardCharsets.UTF_8);
      int m = bytes.length;
      Arrays.fill(shift, m);
      for (int i = 0; i < m - 1; i++) {
        shift[bytes[i] & 0xff] = m - 1 - i;
      }
    }

    /** Whether {@code body[from..]} holds the quoted name. */
    boolean in(byte[] body, int from) {
      int m = bytes.length;
      int last = m - 1;
      for (int at = from; at <= body.length - m; at += shift[body[at + last] & 0xff]) {
        int j = last;
        while (j >= 0 && body[at + j] == bytes[j]) {
          j--;
        }
        if (j < 0) {
          return true;
        }
      }
      return false;
    }

    /** Whether {@code body[from..]} holds the quoted name. */
    boolean in(String body, int from) {
      return body.indexOf(quoted, from) >= 0;
    }
  }
}
