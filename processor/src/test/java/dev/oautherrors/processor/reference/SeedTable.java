package dev.oautherrors.processor.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the error table of the copy of Salesforce's "OAuth 2.0 Authorization Errors" page. The copy
 * flattens the HTML table: after the header lines {@code | Error | Cause |} and {@code |---|---|},
 * each row is a line with the code, a line holding {@code |}, then the cause on one or more lines,
 * the last ending with {@code  |}. Rows whose cause was a bullet list keep only their lead-in line,
 * closed by a line holding {@code |} (or by the next row): they are read as cut short. The table
 * ends at a blank line or at the end of the page.
 */
final class SeedTable {
  static final String HEADER = "| Error | Cause |";
  static final String SEPARATOR = "|---|---|";

  private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  /**
   * One row of the table.
   *
   * @param code the code as spelled in the table
   * @param cause the cause, its lines joined by single spaces, without the closing {@code |}
   * @param complete false when the row's cause was a list that the copy cut off after its lead-in
   * @param line the 1-based line of the code in the page
   */
  record Row(String code, String cause, boolean complete, int line) {}

  private SeedTable() {}

  /** The rows of the table in {@code page}, in order; fails naming the line on malformed text. */
  static List<Row> read(String page) {
    List<String> lines = page.lines().toList();
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(HEADER)) {
        header = i;
        break;
      }
    }
    if (header < 0) {
      throw new IllegalArgumentException("no table header line '" + HEADER + "' in the page");
    }
    if (header + 1 >= lines.size() || !lines.get(header + 1).strip().equals(SEPARATOR)) {
      throw new IllegalArgumentException(
          "line " + (header + 2) + ": expected '" + SEPARATOR + "' after the table header");
    }

    List<Row> rows = new ArrayList<>();
    int i = header + 2;
    while (i < lines.size() && !lines.get(i).isBlank()) {
      String code = lines.get(i).strip();
      if (!CODE.matcher(code).matches()) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + ": expected an error code, found '" + code + "'");
      }
      if (!isCellSeparator(lines, i + 1)) {
        throw new IllegalArgumentException(
            "line " + (i + 2) + ": expected '|' after the code '" + code + "'");
      }
      StringBuilder cause = new StringBuilder();
      boolean complete = false;
      int j = i + 2;
      while (j < lines.size() && !lines.get(j).isBlank()) {
        String text = lines.get(j).strip();
        if (text.equals("|")) {
          j++; // the cell closes on a line of its own: the list after the lead-in was cut off
          break;
        }
        if (cause.length() > 0 && CODE.matcher(text).matches() && isCellSeparator(lines, j + 1)) {
          break; // the next row begins and this one never closed
        }
        j++;
        if (text.endsWith("|")) {
          text = text.substring(0, text.length() - 1).strip();
          complete = true;
        }
        if (!text.isEmpty()) {
          if (cause.length() > 0) {
            cause.append(' ');
          }
          cause.append(text);
        }
        if (complete) {
          break;
        }
      }
      if (cause.length() == 0) {
        throw new IllegalArgumentException("line " + (i + 1) + ": the code '" + code + "' has no cause");
      }
      rows.add(new Row(code, cause.toString(), complete, i + 1));
      i = j;
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("line " + (header + 3) + ": the table has no rows");
    }
    return rows;
  }

  private static boolean isCellSeparator(List<String> lines, int index) {
    return index < lines.size() && lines.get(index).strip().equals("|");
  }
}
