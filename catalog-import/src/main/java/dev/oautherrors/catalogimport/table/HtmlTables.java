package dev.oautherrors.catalogimport.table;

import dev.oautherrors.catalogimport.LinkStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * Finds every {@code <table>} of a page and lays each out as a grid: a cell that spans columns or
 * rows ({@code colspan}, {@code rowspan}) fills each of them, as a browser draws it. The headers
 * are the last row of {@code <thead>}, or else the first row.
 */
final class HtmlTables {
  /** HTML's own limit on colspan; larger values are read as this. */
  private static final int MAX_COLSPAN = 1000;
  /** HTML's own limit on rowspan. */
  private static final int MAX_ROWSPAN = 65534;
  /** Columns past this are dropped: no documentation table is this wide. */
  private static final int MAX_COLUMNS = 1000;
  /** The attribute {@link MarkdownPage} puts on each row: its line in the Markdown source. */
  static final String LINE_ATTRIBUTE = "data-oauth-errors-line";

  private final LineSource lines;

  /** Where a row's line number comes from. */
  enum LineSource {
    /** The position jsoup tracked while parsing the HTML page itself. */
    PARSED,
    /** {@link #LINE_ATTRIBUTE}, written by the Markdown renderer. */
    ATTRIBUTE
  }

  HtmlTables(LineSource lines) {
    this.lines = lines;
  }

  /** Every table of {@code page}, in document order (a table inside a cell counts too). */
  List<Table> tables(Document page) {
    List<Table> tables = new ArrayList<>();
    for (Element table : page.getElementsByTag("table")) {
      tables.add(table(table, tables.size() + 1));
    }
    return tables;
  }

  private Table table(Element table, int index) {
    List<Element> rows = new ArrayList<>();
    int headerRows = 0;
    for (Element child : table.children()) {
      switch (child.normalName()) {
        case "tr" -> rows.add(child);
        case "thead", "tbody", "tfoot" -> {
          List<Element> sectionRows = child.children().stream()
              .filter(row -> row.normalName().equals("tr")).toList();
          if (child.normalName().equals("thead") && headerRows == rows.size()) {
            headerRows += sectionRows.size();
          }
          rows.addAll(sectionRows);
        }
        default -> { }
      }
    }
    List<List<Element>> grid = grid(rows);
    if (headerRows == 0 && !grid.isEmpty()) {
      headerRows = 1;
    }
    List<String> headers = headers(grid.subList(0, headerRows));
    List<TableRow> data = new ArrayList<>();
    for (int i = headerRows; i < grid.size(); i++) {
      data.add(new TableRow(i - headerRows + 1, line(rows.get(i)), grid.get(i)));
    }
    int line = line(table);
    if (line == 0 && !rows.isEmpty()) {
      line = line(rows.get(0));
    }
    return new Table(index, line, headers, data);
  }

  /** Each column's header: the lowest header row's text, or the text above it when empty. */
  private static List<String> headers(List<List<Element>> headerRows) {
    int width = headerRows.stream().mapToInt(List::size).max().orElse(0);
    List<String> headers = new ArrayList<>();
    for (int column = 0; column < width; column++) {
      String text = "";
      for (int row = headerRows.size() - 1; row >= 0 && text.isEmpty(); row--) {
        List<Element> cells = headerRows.get(row);
        if (column < cells.size()) {
          text = CellText.description(cells.get(column), LinkStyle.TEXT);
        }
      }
      headers.add(text);
    }
    return headers;
  }

  /** The rows with spanning cells repeated where they reach. */
  private static List<List<Element>> grid(List<Element> rows) {
    List<List<Element>> grid = new ArrayList<>();
    int[] pendingRows = new int[0];
    Element[] pendingCells = new Element[0];
    for (Element row : rows) {
      List<Element> cells = new ArrayList<>();
      int column = 0;
      for (Element cell : row.children()) {
        if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
          continue;
        }
        column = takeCarried(cells, column, pendingRows, pendingCells);
        int colspan = span(cell, "colspan", MAX_COLSPAN);
        int rowspan = cell.attr("rowspan").strip().equals("0") ? MAX_ROWSPAN
            : span(cell, "rowspan", MAX_ROWSPAN);
        for (int k = 0; k < colspan && column < MAX_COLUMNS; k++, column++) {
          put(cells, column, cell);
          if (rowspan > 1) {
            if (column >= pendingRows.length) {
              int size = Math.min(MAX_COLUMNS, Math.max(column + 1, pendingRows.length * 2));
              pendingRows = Arrays.copyOf(pendingRows, size);
              pendingCells = Arrays.copyOf(pendingCells, size);
            }
            pendingRows[column] = rowspan - 1;
            pendingCells[column] = cell;
          }
        }
      }
      for (int rest = column; rest < pendingRows.length; rest++) {
        if (pendingRows[rest] > 0) {
          put(cells, rest, pendingCells[rest]);
          pendingRows[rest]--;
        }
      }
      grid.add(cells);
    }
    return grid;
  }

  /** Fills the columns from {@code column} that a cell above still spans; the next free one. */
  private static int takeCarried(List<Element> cells, int column, int[] pendingRows,
      Element[] pendingCells) {
    while (column < pendingRows.length && pendingRows[column] > 0) {
      put(cells, column, pendingCells[column]);
      pendingRows[column]--;
      column++;
    }
    return column;
  }

  private static void put(List<Element> cells, int column, Element cell) {
    while (cells.size() < column) {
      cells.add(new Element("td")); // a hole left by a short row above: an empty cell
    }
    if (cells.size() == column) {
      cells.add(cell);
    } else {
      cells.set(column, cell);
    }
  }

  private static int span(Element cell, String attribute, int max) {
    String value = cell.attr(attribute).strip();
    int digits = 0;
    while (digits < value.length() && digits < 9 && Character.isDigit(value.charAt(digits))) {
      digits++;
    }
    if (digits == 0) {
      return 1;
    }
    int span = Integer.parseInt(value.substring(0, digits));
    return Math.max(1, Math.min(max, span));
  }

  private int line(Element element) {
    if (lines == LineSource.ATTRIBUTE) {
      String line = element.attr(LINE_ATTRIBUTE);
      return line.matches("[1-9][0-9]{0,8}") ? Integer.parseInt(line) : 0;
    }
    Range range = element.sourceRange();
    return range.isTracked() ? range.start().lineNumber() : 0;
  }
}
