package dev.oautherrors.catalogimport;

import java.util.Locale;

/** Text for a report line: quoted, with what cannot be seen written as {@code \}{@code uXXXX}. */
final class Visible {
  private Visible() {}

  /** {@code "text"} with invisible characters, and any but the plain space, escaped. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '"' || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else if (c != ' ' && isInvisible(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    }
    return out.append('"').toString();
  }

  private static boolean isInvisible(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE,
          Character.UNASSIGNED -> true;
      default -> false;
    };
  }
}
