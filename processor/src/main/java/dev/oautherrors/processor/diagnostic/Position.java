package dev.oautherrors.processor.diagnostic;

/**
 * A place in the catalog file: 1-based line and column, and the file when it is not the catalog
 * being compiled but one it extends ({@code extends:}), so that a message about an inherited entry
 * shows the file that holds it.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 * @param file the file the place is in, or null for the catalog being compiled
 */
public record Position(int line, int column, CatalogText file) {

  /** A place in the catalog being compiled. */
  public Position(int line, int column) {
    this(line, column, null);
  }

  /** The same place, in {@code other}. */
  public Position in(CatalogText other) {
    return new Position(line, column, other);
  }

  /** The file the place is in: its own, or {@code compiled} when it is in the compiled one. */
  public CatalogText fileOr(CatalogText compiled) {
    return file == null ? compiled : file;
  }

  /** The start of the file, for problems that concern the whole file. */
  public static final Position START = new Position(1, 1);

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
