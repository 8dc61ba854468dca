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

  static String render(Location.InCatalog at) {
    Position position = at.position();
    String lineNumber = Integer.toString(position.line());
    String gutter = " ".repeat(lineNumber.length());
    StringBuilder frame = new StringBuilder()
        .append('\n').append(gutter).append("--> ").append(at.file().displayPath())
        .append(':').append(position);
    String line = at.file().line(position.line());
    if (line.isBlank()) {
      return frame.toString();
    }
    int column = Math.min(Math.max(position.column(), 1), line.length() + 1);
    int width = Math.max(1, Math.min(at.width(), line.length() - column + 1));
    frame.append('\n').append(gutter).append(" |")
        .append('\n').append(lineNumber).append(" | ").append(printable(line))
        .append('\n').append(gutter).append(" | ")
        .append(indentLike(line, column - 1)).append("^".repeat(width));
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

  /** Control characters other than tab are shown as U+FFFD so they cannot garble the terminal. */
  private static String printable(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      out.append(c != '\t' && Character.isISOControl(c) ? '\ufffd' : c);
    }
    return out.toString();
  }
}
