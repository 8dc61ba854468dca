package dev.oautherrors.processor.diagnostic;

import java.util.List;
import java.util.Objects;

/**
 * The catalog file as read: where it came from, for messages, and its lines, for code frames.
 *
 * @param displayPath the path to show in messages: the file the user edits when it can be found
 * @param text the whole file
 */
public record CatalogText(String displayPath, String text) {

  /** Creates the value. */
  public CatalogText {
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(text, "text");
  }

  /** Line {@code number} (from 1) without its line break, or empty past the end. */
  public String line(int number) {
    List<String> lines = text.lines().toList();
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }

  /** The file name without its directories, for short mentions. */
  public String fileName() {
    int slash = Math.max(displayPath.lastIndexOf('/'), displayPath.lastIndexOf('\\'));
    return displayPath.substring(slash + 1);
  }
}
