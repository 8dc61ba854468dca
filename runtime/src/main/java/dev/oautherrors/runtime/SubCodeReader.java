package dev.oautherrors.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads a sub-code out of the JSON member a catalog names ({@link SubCodeSource#field()}), as the
 * body parser meets it: a string or a number is the sub-code as written; an array gives its first
 * element when that is a string or a number, and the rest of the array is skipped; anything else
 * (an object, {@code null}, a boolean, an empty array, an array that starts with an object) gives
 * none. Kept apart from {@link JacksonJson} so that the one-pass reader only calls it; like it,
 * only loaded when a body needs Jackson.
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
}
