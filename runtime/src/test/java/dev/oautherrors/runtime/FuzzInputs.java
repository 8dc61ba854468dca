package dev.oautherrors.runtime;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a fuzzer's bytes into the parsers' inputs. Total functions: any bytes give an input, so
 * a failure is always the parser's, never the harness's.
 */
final class FuzzInputs {
  private FuzzInputs() {}

  /** The bytes read as UTF-8, as a server's text arrives (invalid sequences become U+FFFD). */
  static String utf8(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  /**
   * The bytes read as UTF-16 code units, two at a time, without any check: the only way a Java
   * string gets lone surrogates and every other char the UTF-8 reading cannot produce. An odd
   * last byte is a char of its own.
   */
  static String chars(byte[] data) {
    char[] chars = new char[(data.length + 1) / 2];
    for (int i = 0; i < chars.length; i++) {
      int high = data[2 * i] & 0xff;
      int low = 2 * i + 1 < data.length ? data[2 * i + 1] & 0xff : 0;
      chars[i] = (char) (high << 8 | low);
    }
    return new String(chars);
  }

  /**
   * A whole HTTP response written as text: a status line of digits, header lines {@code Name:
   * value}, an empty line, then the body bytes. The status is the first three digits found on
   * the first line, folded into 100..999; a header line without a colon is a name with an empty
   * value; input without an empty line has no body. LF or CRLF ends a line.
   */
  record Http(int status, Headers headers, byte[] body) {

    static Http parse(byte[] data) {
      int lineEnd = lineEnd(data, 0);
      int status = status(data, 0, lineEnd);
      List<String> fields = new ArrayList<>();
      int at = next(data, lineEnd);
      while (at < data.length) {
        int end = lineEnd(data, at);
        int contentEnd = end > at && data[end - 1] == '\r' ? end - 1 : end;
        if (contentEnd == at) { // the empty line: the body follows
          at = next(data, end);
          return new Http(status, Headers.of(fields.toArray(new String[0])),
              Arrays.copyOfRange(data, at, data.length));
        }
        String line = new String(data, at, contentEnd - at, StandardCharsets.UTF_8);
        int colon = line.indexOf(':');
        fields.add(colon < 0 ? line : line.substring(0, colon));
        fields.add(colon < 0 ? "" : line.substring(colon + 1).strip());
        at = next(data, end);
      }
      return new Http(status, Headers.of(fields.toArray(new String[0])), new byte[0]);
    }

    private static int lineEnd(byte[] data, int from) {
      int i = from;
      while (i < data.length && data[i] != '\n') {
        i++;
      }
      return i;
    }

    private static int next(byte[] data, int lineEnd) {
      return Math.min(data.length, lineEnd + 1);
    }

    private static int status(byte[] data, int from, int to) {
      int value = 0;
      int digits = 0;
      for (int i = from; i < to && digits < 3; i++) {
        if (data[i] >= '0' && data[i] <= '9') {
          value = value * 10 + data[i] - '0';
          digits++;
        }
      }
      return digits == 0 ? 200 : 100 + Math.floorMod(value - 100, 900);
    }

    /** The body as a server's text arrives: UTF-8. */
    String text() {
      return utf8(body);
    }

    /**
     * The headers as a {@code java.net.http} client gives them: names trimmed (as {@code
     * String.trim}, control characters included) and merged ignoring case, empty names dropped
     * ({@code HttpHeaders.of} refuses them).
     */
    HttpHeaders httpHeaders() {
      Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int i = 0; i < headers.size(); i++) {
        String name = headers.name(i).trim();
        if (!name.isEmpty()) {
          map.computeIfAbsent(name, n -> new ArrayList<>()).add(headers.value(i));
        }
      }
      return HttpHeaders.of(map, (name, value) -> true);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d %s %d bytes", status, headers, body.length);
    }
  }
}
