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
   * Returns {@code text} with every character that could forge or hide a log line written as a
   * visible escape: CR as {@code \r}, LF as {@code \n}, tab as {@code \t}, a backslash as {@code
   * \\}, and other control characters, Unicode line separators and bidirectional overrides as
   * {@code \}{@code uXXXX}. Returns {@code text} itself when nothing needs escaping.
   */
  public static String forLog(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (needsLogEscape(text.charAt(i))) {
        return escapeForLog(text, i);
      }
    }
    return text;
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

  private static boolean needsLogEscape(char c) {
    return c < 0x20
        || c == '\\'
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c'
        || c == '\ufeff';
  }

  private static String escapeForLog(String text, int first) {
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsLogEscape(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\\') {
        out.append("\\\\");
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
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
