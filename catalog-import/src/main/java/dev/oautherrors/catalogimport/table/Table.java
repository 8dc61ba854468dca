package dev.oautherrors.catalogimport.table;

import java.util.List;

/**
 * One table of a documentation page: its headers and its data rows, each row with one cell per
 * column (a cell spanning several columns or rows appears in each of them).
 *
 * @param index the table's 1-based place among the page's tables, in document order
 * @param line the line the table starts on in the page, 0 when unknown
 * @param headers the text of each column's header
 * @param rows the data rows, in order
 */
public record Table(int index, int line, List<String> headers, List<TableRow> rows) {
  /** A table; the lists are copied. */
  public Table {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }

  /** {@code table 2 at line 30}, for messages. */
  public String describe() {
    return "table " + index + (line > 0 ? " at line " + line : "");
  }

  /** {@code table 2 at line 30: "Code", "Description"}, for messages that list tables. */
  public String describeWithHeaders() {
    StringBuilder text = new StringBuilder(describe()).append(": ");
    if (headers.isEmpty()) {
      return text.append("no columns").toString();
    }
    for (int i = 0; i < headers.size(); i++) {
      text.append(i == 0 ? "" : ", ").append('"').append(headers.get(i)).append('"');
    }
    return text.toString();
  }
}
