package dev.oautherrors.catalogimport;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** How the documentation page is written. */
public enum TableFormat implements Choice {
  /** GitHub-flavoured Markdown pipe tables (and HTML tables embedded in the Markdown). */
  MARKDOWN,
  /** An HTML page, as a browser saves it. */
  HTML;

  /** The format a file name implies: {@code .md}, {@code .markdown} or {@code .html}, {@code .htm}. */
  public static Optional<TableFormat> of(Path file) {
    String name = file.getFileName() == null ? ""
        : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return Optional.of(MARKDOWN);
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Optional.of(HTML);
    }
    return Optional.empty();
  }
}
