package dev.oautherrors.runtime;

/**
 * Finds an OAuth error in {@code WWW-Authenticate} headers: the auth-params {@code error}, {@code
 * error_description} and {@code error_uri} of a challenge (RFC 6750 §3), as in {@code Bearer
 * realm="example", error="invalid_token", error_description="The access token expired"}. Values
 * may be quoted strings (backslash escapes a character) or tokens; parameter names ignore case.
 * Several challenges may share one header value or come in several headers: the first challenge
 * with an {@code error} wins, and within it the first of each parameter (a repeat is noted in
 * {@link #repeated}). A token68 ({@code Basic
 * dXNlcg==}) and anything unparseable are skipped; a quoted string without its closing quote runs
 * to the end of the value. One pass, no allocation for parameters the parser does not keep.
 */
final class WwwAuthenticate {
  final String error;
  final String description;
  final String uri;
  /** The {@link RepeatedParameters} bits of the parameters the challenge gives more than once. */
  final int repeated;

  private WwwAuthenticate(String error, String description, String uri, int repeated) {
    this.error = error;
    this.description = description;
    this.uri = uri;
    this.repeated = repeated;
  }

  /** The first challenge carrying {@code error} in any {@code WWW-Authenticate} field, or null. */
  static WwwAuthenticate findError(Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      if (headers.name(i).equalsIgnoreCase("WWW-Authenticate")) {
        WwwAuthenticate found = parse(headers.value(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The first challenge carrying {@code error} in one header value, or null. */
  static WwwAuthenticate parse(String value) {
    String error = null;
    String description = null;
    String uri = null;
    int repeated = 0;
    int length = value.length();
    int i = 0;
    while (i < length) {
      char c = value.charAt(i);
      if (c == ' ' || c == '\t' || c == ',') {
        i++;
        continue;
      }
      int nameStart = i;
      while (i < length && isTokenChar(value.charAt(i))) {
        i++;
      }
      int nameEnd = i;
      if (nameEnd == nameStart) {
        i++; // a stray character, such as a lone quote or '/': skip it
        continue;
      }
      int next = skipSpaces(value, nameEnd);
      if (next == length || value.charAt(next) != '=') {
        // A token without '=': an auth-scheme starting the next challenge (or a token68).
        if (error != null) {
          break;
        }
        description = null;
        uri = null;
        repeated = 0;
        continue;
      }
      int valueStart = skipSpaces(value, next + 1);
      int valueEnd;
      boolean quoted = valueStart < length && value.charAt(valueStart) == '"';
      if (quoted) {
        valueEnd = closingQuote(value, valueStart + 1);
        i = valueEnd < length ? valueEnd + 1 : length;
      } else {
        valueEnd = valueStart;
        while (valueEnd < length && isTokenChar(value.charAt(valueEnd))) {
          valueEnd++;
        }
        i = valueEnd;
        if (valueEnd == valueStart) {
          // Nothing after '=': the padding of a token68 such as "dXNlcg==", not a parameter.
          while (i < length && value.charAt(i) == '=') {
            i++;
          }
          continue;
        }
      }
      int nameLength = nameEnd - nameStart;
      if (nameLength == 5 && value.regionMatches(true, nameStart, "error", 0, 5)) {
        if (error == null) {
          error = text(value, valueStart, valueEnd, quoted);
        } else {
          repeated |= RepeatedParameters.ERROR;
        }
      } else if (nameLength == 17
          && value.regionMatches(true, nameStart, "error_description", 0, 17)) {
        if (description == null) {
          description = text(value, valueStart, valueEnd, quoted);
        } else {
          repeated |= RepeatedParameters.DESCRIPTION;
        }
      } else if (nameLength == 9 && value.regionMatches(true, nameStart, "error_uri", 0, 9)) {
        if (uri == null) {
          uri = text(value, valueStart, valueEnd, quoted);
        } else {
          repeated |= RepeatedParameters.URI;
        }
      }
    }
    return error == null ? null : new WwwAuthenticate(error, description, uri, repeated);
  }

  /** The index of the quote closing a quoted string whose content starts at {@code from}. */
  private static int closingQuote(String value, int from) {
    int i = from;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c == '"') {
        return i;
      }
      i += c == '\\' ? 2 : 1;
    }
    return value.length();
  }

  /**
   * A token as it is, or a quoted string's content with its backslash escapes removed; for a
   * quoted string, {@code start} is the opening quote and {@code end} the closing one.
   */
  private static String text(String value, int start, int end, boolean quoted) {
    if (!quoted) {
      return value.substring(start, end);
    }
    int contentStart = start + 1;
    int backslash = value.indexOf('\\', contentStart);
    if (backslash < 0 || backslash >= end) {
      return value.substring(contentStart, end);
    }
    StringBuilder out = new StringBuilder(end - contentStart);
    for (int i = contentStart; i < end; i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < end) {
        c = value.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  private static int skipSpaces(String value, int from) {
    int i = from;
    while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** RFC 9110 tchar. */
  private static boolean isTokenChar(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return true;
    }
    switch (c) {
      case '!':
      case '#':
      case '$':
      case '%':
      case '&':
      case '\'':
      case '*':
      case '+':
      case '-':
      case '.':
      case '^':
      case '_':
      case '`':
      case '|':
      case '~':
        return true;
      default:
        return false;
    }
  }
}
