package dev.oautherrors.runtime;

import dev.oautherrors.runtime.ParseResult.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Parses token-endpoint bodies, given alone or as part of a whole HTTP response. The body's first
 * character decides, never its Content-Type: {@code {} or {@code [} is JSON ({@link
 * JsonBodyParser}); anything else is a form-encoded error if it looks like a form and has an
 * {@code error} parameter (GitHub answers so), and otherwise not JSON (an HTML page, plain text).
 */
final class BodyParser<E extends AbstractOAuthErrorException> {
  /** How much of a body that is not JSON the detail quotes. */
  private static final int QUOTED_PREFIX = 24;

  private final Outcomes<E> outcomes;
  private final JsonBodyParser json;
  private final int maxBodyBytes;

  BodyParser(Outcomes<E> outcomes, ParserLimits limits, SubCodeSource subCodes) {
    this.outcomes = outcomes;
    this.json = new JsonBodyParser(limits, subCodes.field().orElse(null));
    this.maxBodyBytes = limits.maxBodyBytes();
  }

  // --- A body alone ------------------------------------------------------------------------------

  ParseResult<E> parse(String body) {
    return outcome(scan(body, true), RawResponse.body(body));
  }

  ParseResult<E> parse(byte[] body) {
    return outcome(scan(body, Headers.EMPTY, true), RawResponse.body(body));
  }

  ParseResult<E> parse(InputStream body) throws IOException {
    BodyReader.Read read = BodyReader.read(body, maxBodyBytes);
    if (read.failure() != null) {
      throw read.failure();
    }
    if (read.overLimit()) {
      return Outcomes.notOAuth(RawResponse.truncatedBody(read.bytes(), -1, Headers.EMPTY),
          Problem.TOO_LARGE, streamOverLimit(maxBodyBytes, read.bytes().length));
    }
    return parse(read.bytes());
  }

  /** A body alone: a JSON object without {@code error} is a success (no status says otherwise). */
  private ParseResult<E> outcome(BodyScan scan, RawResponse raw) {
    switch (scan.kind) {
      case ERROR:
        return outcomes.serverError(scan, raw);
      case OBJECT:
        return new ParseResult.Success<>(raw, scan.parameters);
      default:
        return Outcomes.notOAuth(raw, scan.problem, scan.detail);
    }
  }

  // --- Scanning, shared with whole HTTP responses ------------------------------------------------

  /** Scans a text body; collects a JSON object's members only if {@code collectMembers}. */
  BodyScan scan(String body, boolean collectMembers) {
    int length = body.length();
    if (length > maxBodyBytes) {
      return BodyScan.problem(Problem.TOO_LARGE, "body is " + length + " chars, over the "
          + maxBodyBytes + "-char limit (ParserLimits.maxBodyBytes)");
    }
    boolean bom = length > 0 && body.charAt(0) == '\uFEFF';
    int start = bom ? 1 : 0;
    while (start < length && isWhitespace(body.charAt(start))) {
      start++;
    }
    if (start == length) {
      return BodyScan.empty(length == 0 ? "body is empty" : "body is white space only");
    }
    char first = body.charAt(start);
    if (first == '{' || first == '[') {
      // Jackson does not skip a BOM in text; only then is the text copied.
      return json.parse(bom ? body.substring(1) : body, collectMembers);
    }
    int end = length;
    while (isWhitespace(body.charAt(end - 1))) {
      end--;
    }
    if (looksLikeForm(body, start, end)) {
      FormFields form = FormFields.scan(body, start, end);
      if (form.hasErrorParameter()) {
        return formError(form);
      }
    }
    return notJson(body.substring(start, Math.min(end, start + QUOTED_PREFIX)), end - start);
  }

  /**
   * Scans a byte body in the encoding {@link BodyCharset} finds (a BOM, the {@code Content-Type}
   * charset of {@code headers}, RFC 4627's NUL pattern; UTF-8 otherwise). UTF-8 is read as bytes;
   * anything else, and UTF-8 that is not well-formed, is decoded (malformed bytes become U+FFFD,
   * as {@link RawResponse#body()} shows them) and read as text, so no encoding loses an error.
   */
  BodyScan scan(byte[] body, Headers headers, boolean collectMembers) {
    int length = body.length;
    if (length > maxBodyBytes) {
      return BodyScan.problem(Problem.TOO_LARGE, "body is " + length + " bytes, over the "
          + maxBodyBytes + "-byte limit (ParserLimits.maxBodyBytes)");
    }
    BodyCharset encoding = BodyCharset.of(body, headers);
    int bom = encoding.bomLength;
    if (!encoding.isUtf8()) {
      return scan(new String(body, bom, length - bom, encoding.charset), collectMembers);
    }
    int start = bom;
    while (start < length && isWhitespace((char) body[start])) {
      start++;
    }
    if (start == length) {
      return BodyScan.empty(length == 0 ? "body is empty" : "body is white space only");
    }
    byte first = body[start];
    // The flat-body path accepts ASCII only, so what it reads needs no UTF-8 check first.
    BodyScan flat = first == '{' ? json.flat(body, start, collectMembers) : null;
    if (flat != null) {
      return flat;
    }
    if (!BodyCharset.isWellFormedUtf8(body, bom, length)) {
      return scan(new String(body, bom, length - bom, StandardCharsets.UTF_8), collectMembers);
    }
    if (first == '{' || first == '[') {
      return json.parseWithJackson(body, start, collectMembers);
    }
    int end = length;
    while (isWhitespace((char) body[end - 1])) {
      end--;
    }
    if (looksLikeForm(body, start, end)) {
      String text = new String(body, start, end - start, StandardCharsets.UTF_8);
      FormFields form = FormFields.scan(text, 0, text.length());
      if (form.hasErrorParameter()) {
        return formError(form);
      }
    }
    int quoted = Math.min(end - start, QUOTED_PREFIX);
    return notJson(new String(body, start, quoted, StandardCharsets.UTF_8), end - start);
  }

  private static BodyScan formError(FormFields form) {
    BodyScan scan = new BodyScan();
    scan.kind = BodyScan.Kind.ERROR;
    scan.code = form.errorCode();
    scan.description = form.errorDescription();
    scan.uri = form.errorUri();
    scan.state = form.state();
    scan.issuer = form.issuer();
    scan.repeated = form.repeated();
    return scan;
  }

  private static BodyScan notJson(String prefix, int length) {
    String quote = SafeText.forLog(prefix) + (length > prefix.length() ? "..." : "");
    return BodyScan.problem(Problem.NOT_JSON,
        "body is neither JSON nor a form with an \"error\" parameter; it starts with \""
            + quote + "\"");
  }

  static String streamOverLimit(int limit, int read) {
    return "body is over the " + limit + "-byte limit (ParserLimits.maxBodyBytes);"
        + " reading stopped after " + read + " bytes";
  }

  /** JSON's white space: space, tab, LF, CR. */
  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * Whether {@code text[start, end)} can be {@code application/x-www-form-urlencoded}: no white
   * space, control characters or characters such as {@code < " \ {} that an encoder always
   * escapes. Keeps an HTML page with {@code ?error=} in a link from passing for a form.
   */
  private static boolean looksLikeForm(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isFormChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLikeForm(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      byte b = bytes[i];
      if (b >= 0 && !isFormChar((char) b)) { // bytes of UTF-8 sequences (negative) may pass
        return false;
      }
    }
    return true;
  }

  private static boolean isFormChar(char c) {
    if (c <= ' ' || c == 0x7f) {
      return false;
    }
    switch (c) {
      case '"':
      case '<':
      case '>':
      case '\\':
      case '{':
      case '}':
      case '`':
        return false;
      default:
        return true;
    }
  }
}
