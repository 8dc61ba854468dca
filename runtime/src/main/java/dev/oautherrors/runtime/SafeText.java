package dev.oautherrors.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Safe forms of text that came from the network, for logs and HTML. The parsers keep every value
 * exactly as sent; use these when showing one.
 */
public final class SafeText {
  private SafeText() {}

  /**
   * Returns {@code text} with every {@linkplain #isUnsafe unsafe} character written as a visible
   * escape, so that it can neither forge nor hide a log line: CR as {@code \r}, LF as {@code \n},
   * tab as {@code \t}, a backslash as {@code \\} (so that an escape in the text cannot pass
   * for one of these), and the others as {@code \}{@code uXXXX} (each half of a surrogate pair on
   * its own). Returns {@code text} itself when nothing needs escaping.
   */
  public static String forLog(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c == '\\' || isUnsafe(c)) {
        return escapeForLog(text, i);
      }
      i += Character.charCount(c);
    }
    return text;
  }

  /**
   * Whether the code point {@code c} cannot be seen, or acts on a terminal, or changes how the
   * text around it shows: control characters (tab, line feed and carriage return included),
   * format characters (zero-width characters, the byte order mark, bidirectional controls, tags),
   * line and paragraph separators, spaces other than U+0020, and a lone half of a surrogate pair.
   * This is the library's one definition of unsafe text: {@link #forLog} escapes these, and the
   * annotation processor escapes them in its messages and refuses them in codes and names.
   */
  public static boolean isUnsafe(int c) {
    if (c == ' ') {
      return false;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
      case Character.SURROGATE:
        return true;
      default:
        return false;
    }
  }

  /**
   * Returns {@code text} safe to place in HTML element content or a quoted attribute: {@code &},
   * {@code <}, {@code >}, {@code "} and {@code '} become entities, and control characters are
   * escaped as in {@link #forLog(String)}.
   */
  public static String forHtml(String text) {
    String logSafe = forLog(text);
    StringBuilder html = null;
    for (int i = 0; i < logSafe.length(); i++) {
      char c = logSafe.charAt(i);
      String entity = htmlEntity(c);
      if (entity != null && html == null) {
        html = new StringBuilder(logSafe.length() + 16).append(logSafe, 0, i);
      }
      if (html != null) {
        if (entity != null) {
          html.append(entity);
        } else {
          html.append(c);
        }
      }
    }
    return html == null ? logSafe : html.toString();
  }

  /**
   * Returns {@code uri} as a link target only when it is an absolute {@code http} or {@code https}
   * URI with a host and without spaces or control characters. Anything else ({@code javascript:},
   * {@code data:}, a relative reference, a malformed URI) gives empty: show such a value as text,
   * never as a link.
   */
  public static Optional<URI> link(String uri) {
    if (uri == null || uri.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < uri.length(); i++) {
      char c = uri.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        return Optional.empty();
      }
    }
    URI parsed;
    try {
      parsed = new URI(uri);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = parsed.getScheme();
    if (scheme == null || parsed.getHost() == null || parsed.getRawUserInfo() != null) {
      return Optional.empty();
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    return lower.equals("https") || lower.equals("http") ? Optional.of(parsed) : Optional.empty();
  }

  private static String escapeForLog(String text, int first) {
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); ) {
      int c = text.codePointAt(i);
      int count = Character.charCount(c);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\\') {
        out.append("\\\\");
      } else if (isUnsafe(c)) {
        for (int j = i; j < i + count; j++) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) text.charAt(j)));
        }
      } else {
        out.append(text, i, i + count);
      }
      i += count;
    }
    return out.toString();
  }

  private static String htmlEntity(char c) {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '"':
        return "&quot;";
      case '\'':
        return "&#39;";
      default:
        return null;
    }
  }
}
