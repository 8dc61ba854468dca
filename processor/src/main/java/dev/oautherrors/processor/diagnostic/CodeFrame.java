package dev.oautherrors.processor.diagnostic;

/**
 * Renders the catalog line a problem is on, with a caret under the spot, the way Rust and Clang
 * do:
 *
 * <pre>
 *   --&gt; src/main/resources/errors.yaml:12:5
 *    |
 * 12 |     casue: The grant is invalid.
 *    |     ^^^^^
 * </pre>
 */
final class CodeFrame {
  private CodeFrame() {}

  /** Lines longer than this are shown as a window around the column. */
  static final int MAX_SHOWN = 160;

  static String render(Location.InCatalog at) {
    Position position = at.position();
    String lineNumber = Integer.toString(position.line());
    String gutter = " ".repeat(lineNumber.length());
    StringBuilder frame = new StringBuilder()
        .append('\n').append(gutter).append("--> ").append(Printable.escaped(at.file().displayPath()))
        .append(':').append(position);
    String line = at.file().line(position.line());
    if (line.isBlank()) {
      return frame.toString();
    }
    int column = Math.min(Math.max(position.column(), 1), line.length() + 1);
    int from = 0;
    int to = line.length();
    if (line.length() > MAX_SHOWN) {
      from = Math.max(0, Math.min(column - 1 - MAX_SHOWN / 2, line.length() - MAX_SHOWN));
      if (from > 0 && Character.isLowSurrogate(line.charAt(from))) {
        from--;
      }
      to = Math.min(line.length(), from + MAX_SHOWN);
      if (to < line.length() && Character.isLowSurrogate(line.charAt(to))) {
        to++;
      }
    }
    String before = from > 0 ? "\u2026" : "";
    String after = to < line.length() ? "\u2026" : "";
    int width = Math.max(1, Math.min(at.width(), to - column + 1));
    frame.append('\n').append(gutter).append(" |")
        .append('\n').append(lineNumber).append(" | ").append(before)
        .append(printable(line.substring(from, to))).append(after)
        .append('\n').append(gutter).append(" | ").append(before.isEmpty() ? "" : " ")
        .append(indentLike(line.substring(from, to), column - 1 - from))
        .append("^".repeat(width));
    return frame.toString();
  }

  /** Tabs stay tabs, so the caret lines up in a terminal; other characters become spaces. */
  private static String indentLike(String line, int count) {
    StringBuilder indent = new StringBuilder(count);
    for (int i = 0; i < count && i < line.length(); i++) {
      indent.append(line.charAt(i) == '\t' ? '\t' : ' ');
    }
    return indent.toString();
  }

  /**
   * What could act on the terminal or reorder the line ({@link Printable#isInvisible}) is shown
   * as U+FFFD, one char for one, so that the caret still lines up.
   */
  private static String printable(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      int count = Character.charCount(c);
      if (c != '\t' && Printable.isInvisible(c)) {
        out.append("\ufffd".repeat(count));
      } else {
        out.appendCodePoint(c);
      }
      i += count;
    }
    return out.toString();
  }
}
