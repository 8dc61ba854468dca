package dev.oautherrors.runtime;

/** Writes JSON string members, escaping as RFC 8259 requires. */
final class JsonText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  static void appendMember(StringBuilder json, String name, String value) {
    appendString(json, name);
    json.append(':');
    appendString(json, value);
  }

  static void appendString(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
      } else {
        json.append(c);
      }
    }
    json.append('"');
  }
}
