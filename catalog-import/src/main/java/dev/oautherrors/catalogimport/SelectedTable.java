package dev.oautherrors.catalogimport;

import dev.oautherrors.catalogimport.table.Table;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The table of the page the options point at, and its code and description columns.
 *
 * @param table the table
 * @param codeColumn the 0-based index of the code column
 * @param descriptionColumn the 0-based index of the description column
 */
record SelectedTable(Table table, int codeColumn, int descriptionColumn) {

  /** Chooses the table: the one {@code --table-index} names, else the first with both columns. */
  static SelectedTable select(List<Table> tables, ImportOptions options) throws ImportException {
    String page = options.display(options.table());
    if (tables.isEmpty()) {
      throw new ImportException(page + " has no table (no <table> element"
          + (options.format() == TableFormat.MARKDOWN
              ? " and no Markdown table with a |---| line under its headers)" : ")"));
    }
    if (options.tableIndex().isPresent()) {
      int index = options.tableIndex().getAsInt();
      if (index > tables.size()) {
        throw new ImportException("--table-index " + index + ": " + page + " has "
            + (tables.size() == 1 ? "1 table" : tables.size() + " tables") + ":\n"
            + list(tables));
      }
      Table table = tables.get(index - 1);
      return new SelectedTable(table, column(table, options.codeColumn(), "--code-column", page),
          column(table, options.descriptionColumn(), "--description-column", page));
    }
    for (Table table : tables) {
      OptionalInt code = options.codeColumn().indexIn(table.headers());
      OptionalInt description = options.descriptionColumn().indexIn(table.headers());
      if (code.isPresent() && description.isPresent()
          && code.getAsInt() != description.getAsInt()) {
        return new SelectedTable(table, code.getAsInt(), description.getAsInt());
      }
    }
    throw new ImportException("no table of " + page + " has both the code "
        + options.codeColumn() + " and the description " + options.descriptionColumn()
        + "; its tables:\n" + list(tables)
        + "\nChoose the columns by header text or number (--code-column, --description-column)"
        + " and, if needed, the table (--table-index).");
  }

  private static int column(Table table, ColumnRef column, String option, String page)
      throws ImportException {
    OptionalInt index = column.indexIn(table.headers());
    if (index.isEmpty()) {
      throw new ImportException(option + ": " + table.describe() + " of " + page + " has no "
          + column + "; its columns: " + table.describeWithHeaders()
          .substring(table.describe().length() + 2));
    }
    return index.getAsInt();
  }

  private static String list(List<Table> tables) {
    return tables.stream().map(table -> "  " + table.describeWithHeaders())
        .collect(Collectors.joining("\n"));
  }

  /** {@code table 1 at line 5, code column "Code", description column "Description"}. */
  String describe() {
    return table.describe() + ", code column " + header(codeColumn)
        + ", description column " + header(descriptionColumn);
  }

  private String header(int column) {
    String text = column < table.headers().size() ? table.headers().get(column) : "";
    return text.isEmpty() ? String.valueOf(column + 1) : "\"" + text + "\"";
  }
}
