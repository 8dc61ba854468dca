package dev.oautherrors.processor.diagnostic;

/**
 * A place in the catalog file: 1-based line and column.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record Position(int line, int column) {

  /** The start of the file, for problems that concern the whole file. */
  public static final Position START = new Position(1, 1);

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
