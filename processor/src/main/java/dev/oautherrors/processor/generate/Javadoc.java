package dev.oautherrors.processor.generate;

/**
 * Catalog text made safe and tidy inside generated Javadoc: HTML and Javadoc syntax escaped, a
 * comment terminator or Unicode escape impossible, white space collapsed, prose wrapped.
 */
final class Javadoc {
  /** Where prose wraps; the comment's indent and {@code * } come on top. */
  private static final int WIDTH = 92;

  private Javadoc() {}

  /** Prose: escaped, white space collapsed, wrapped into lines. */
  static String prose(String text) {
    return wrap(escape(collapse(text)));
  }

  /** A wire value or other literal: {@code {@code x}} when safe, else escaped {@code <code>}. */
  static String code(String text) {
    String collapsed = collapse(text);
    boolean plain = !collapsed.isEmpty()
        && collapsed.chars().noneMatch(c -> "{}@*/\\<>&".indexOf(c) >= 0);
    return plain ? "{@code " + collapsed + "}" : "<code>" + escape(collapsed) + "</code>";
  }

  /** Escapes HTML, {@code @}, the comment terminator and backslashes (Unicode escapes). */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  private static String collapse(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String wrap(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int lineStart = 0;
    for (String word : text.split(" ")) {
      if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > WIDTH) {
        out.append('\n');
        lineStart = out.length();
      } else if (out.length() > lineStart) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }
}
