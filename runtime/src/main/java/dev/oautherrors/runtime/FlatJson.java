package dev.oautherrors.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast path for the body nearly every OAuth server sends: one flat JSON object whose values
 * are all strings without escape sequences ({@code {"error":"invalid_grant",
 * "error_description":"expired access/refresh token"}}). It reads such a body in one pass and
 * allocates only the strings the result keeps; Jackson's parser objects alone would cost more
 * than the whole result.
 *
 * <p>It answers only when it is sure: anything else (a nested value, a number, an escape, a
 * non-ASCII byte, a syntax error, content after the object) returns {@code null}, and {@link
 * JsonBodyParser} reads the body with Jackson from the start, which gives the precise outcome and
 * its detail. For every body it does accept, its result equals Jackson's (a property test checks
 * this on random bodies).
 */
abstract class FlatJson {
  private static final String ERROR = "error";
  private static final String DESCRIPTION = "error_description";
  private static final String URI = "error_uri";
  private static final String STATE = "state";
  private static final String ISSUER = "iss";

  private final int length;
  /** The member holding the catalog's sub-code, read like the five above; null when none. */
  private final String subCodeField;
  private int at;

  private FlatJson(int length, int at, String subCodeField) {
    this.length = length;
    this.at = at;
    this.subCodeField = subCodeField;
  }

  /**
   * Scans {@code body} from {@code offset}, where a {@code '{'} stands; {@code null} when the
   * body is not a flat object of plain ASCII strings.
   */
  static BodyScan scan(byte[] body, int offset, boolean collectMembers) {
    return scan(body, offset, collectMembers, null);
  }

  /** As {@link #scan(byte[], int, boolean)}, reading the sub-code member {@code subCodeField}. */
  static BodyScan scan(byte[] body, int offset, boolean collectMembers, String subCodeField) {
    return new Bytes(body, offset + 1, subCodeField).read(collectMembers);
  }

  /**
   * Scans {@code body} from {@code offset}, where a {@code '{'} stands; {@code null} when the
   * body is not a flat object of strings without escapes.
   */
  static BodyScan scan(String body, int offset, boolean collectMembers) {
    return scan(body, offset, collectMembers, null);
  }

  /** As {@link #scan(String, int, boolean)}, reading the sub-code member {@code subCodeField}. */
  static BodyScan scan(String body, int offset, boolean collectMembers, String subCodeField) {
    return new Chars(body, offset + 1, subCodeField).read(collectMembers);
  }

  /** The character at {@code index}, or a value below 0x20 where a string may not go on. */
  abstract int charAt(int index);

  /** The text from {@code start} to {@code end}. */
  abstract String text(int start, int end);

  final BodyScan read(boolean collectMembers) {
    BodyScan scan = new BodyScan();
    List<String> members = null;
    boolean collect = collectMembers;
    skipWhitespace();
    if (peek() == '}') {
      at++;
    } else {
      while (true) {
        int nameStart = stringStart();
        int nameEnd = nameStart < 0 ? -1 : stringEnd();
        if (nameEnd < 0 || !skipColon()) {
          return null;
        }
        int valueStart = stringStart();
        int valueEnd = valueStart < 0 ? -1 : stringEnd();
        if (valueEnd < 0) {
          return null;
        }
        String value = null;
        if (is(nameStart, nameEnd, ERROR)) {
          if (!scan.repeat(RepeatedParameters.ERROR)) {
            scan.code = value = text(valueStart, valueEnd);
            collect = false;
            members = null;
          }
        } else if (is(nameStart, nameEnd, DESCRIPTION)) {
          if (!scan.repeat(RepeatedParameters.DESCRIPTION)) {
            scan.description = value = text(valueStart, valueEnd);
          }
        } else if (is(nameStart, nameEnd, URI)) {
          if (!scan.repeat(RepeatedParameters.URI)) {
            scan.uri = value = text(valueStart, valueEnd);
          }
        } else if (is(nameStart, nameEnd, STATE)) {
          if (!scan.repeat(RepeatedParameters.STATE)) {
            scan.state = value = text(valueStart, valueEnd);
          }
        } else if (is(nameStart, nameEnd, ISSUER)) {
          if (!scan.repeat(RepeatedParameters.ISSUER)) {
            scan.issuer = value = text(valueStart, valueEnd);
          }
        } else if (subCodeField != null && scan.subCode == null
            && is(nameStart, nameEnd, subCodeField)) {
          // A string is the sub-code as written, as SubCodeReader reads it on Jackson's path.
          scan.subCode = value = text(valueStart, valueEnd);
        }
        if (collect) {
          if (members == null) {
            members = new ArrayList<>(16);
          }
          members.add(text(nameStart, nameEnd));
          members.add(value != null ? value : text(valueStart, valueEnd));
        }
        skipWhitespace();
        int next = peek();
        at++;
        if (next == '}') {
          break;
        }
        if (next != ',') {
          return null;
        }
        skipWhitespace();
      }
    }
    skipWhitespace();
    if (at != length) {
      return null;
    }
    if (scan.code != null) {
      scan.kind = BodyScan.Kind.ERROR;
    } else {
      scan.kind = BodyScan.Kind.OBJECT;
      if (members != null) {
        scan.parameters = Parameters.adopt(members);
      }
    }
    return scan;
  }

  /** Consumes the opening quote of a string; the index after it, or -1 if none. */
  private int stringStart() {
    if (peek() != '"') {
      return -1;
    }
    return ++at;
  }

  /**
   * Consumes a string's content and closing quote; the index of the closing quote, or -1 when
   * the string is unterminated or holds an escape, a control or a non-ASCII byte.
   */
  private int stringEnd() {
    for (int i = at; i < length; i++) {
      int c = charAt(i);
      if (c == '"') {
        at = i + 1;
        return i;
      }
      if (c == '\\' || c < 0x20) {
        return -1;
      }
    }
    return -1;
  }

  private boolean skipColon() {
    skipWhitespace();
    if (peek() != ':') {
      return false;
    }
    at++;
    skipWhitespace();
    return true;
  }

  private void skipWhitespace() {
    while (at < length) {
      int c = charAt(at);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      at++;
    }
  }

  private int peek() {
    return at < length ? charAt(at) : 0;
  }

  private boolean is(int start, int end, String name) {
    if (end - start != name.length()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (charAt(start + i) != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A body of bytes: only ASCII is plain (anything else needs UTF-8 decoding and checking). */
  private static final class Bytes extends FlatJson {
    private final byte[] body;

    Bytes(byte[] body, int at, String subCodeField) {
      super(body.length, at, subCodeField);
      this.body = body;
    }

    @Override
    int charAt(int index) {
      return body[index]; // bytes >= 0x80 are negative, so they stop a string like a control
    }

    @Override
    String text(int start, int end) {
      return new String(body, start, end - start, StandardCharsets.ISO_8859_1);
    }
  }

  /** A body of text. */
  private static final class Chars extends FlatJson {
    private final String body;

    Chars(String body, int at, String subCodeField) {
      super(body.length(), at, subCodeField);
      this.body = body;
    }

    @Override
    int charAt(int index) {
      return body.charAt(index);
    }

    @Override
    String text(int start, int end) {
      return body.substring(start, end);
    }
  }
}
