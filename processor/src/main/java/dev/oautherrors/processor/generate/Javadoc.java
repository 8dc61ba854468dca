package dev.oautherrors.processor.generate;

/**
 * Catalog text made safe and tidy inside generated Javadoc: HTML and Javadoc syntax escaped, a
 * comment terminator or Unicode escape impossible, white space collapsed. {@link SourceFormatter}
 * wraps the lines.
 */
final class Javadoc {
  private Javadoc() {}

  /** Prose: escaped, white space collapsed into single spaces. */
  static String prose(String text) {
    return escape(collapse(text));
  }

  /** A wire value or other literal: {@code {@code x}} when safe, else escaped {@code <code>}. */
  static String code(String text) {
    String collapsed = collapse(text);
    boolean plain = !collapsed.isEmpty() && !collapsed.contains("*/")
        && collapsed.chars().noneMatch(c -> "{}@\\".indexOf(c) >= 0);
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
}
