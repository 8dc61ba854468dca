package dev.oautherrors.catalogimport.table;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * A data row of a {@link Table}.
 *
 * @param number the row's 1-based place among the table's data rows (headers not counted)
 * @param line the line the row starts on in the page, 0 when unknown
 * @param cells the cell of each column, left to right; shorter than the headers when the row is
 */
public record TableRow(int number, int line, List<Element> cells) {
  /** A row; the list is copied. */
  public TableRow {
    cells = List.copyOf(cells);
  }

  /** The cell in the 0-based {@code column}, if the row reaches it. */
  public Optional<Element> cell(int column) {
    return column < cells.size() ? Optional.of(cells.get(column)) : Optional.empty();
  }

  /** {@code row 4 at line 17}, for reports. */
  public String describe() {
    return "row " + number + (line > 0 ? " at line " + line : "");
  }
}
