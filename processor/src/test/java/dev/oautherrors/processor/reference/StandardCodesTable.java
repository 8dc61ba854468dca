package dev.oautherrors.processor.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@code reference/standard-codes.tsv}: for each specification section a bundled catalog
 * covers, the codes it defines or uses. Lines starting with {@code #} and blank lines are skipped.
 */
final class StandardCodesTable {
  static final String RESOURCE = "/reference/standard-codes.tsv";

  /** Whether a section defines a code or uses one another specification defines. */
  enum Kind {
    DEFINES,
    USES
  }

  /**
   * One row.
   *
   * @param catalog the id of the bundled catalog that covers the section
   * @param section the section as catalogs cite it in {@code see: ref:}
   * @param code the code, spelled exactly
   * @param kind whether the section defines or uses the code
   * @param line the 1-based line in the table
   */
  record Row(String catalog, String section, String code, Kind kind, int line) {}

  private StandardCodesTable() {}

  /** The rows of the table on the test class path. */
  static List<Row> read() {
    try (InputStream in = StandardCodesTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The rows of {@code text}; fails naming the line on a malformed or repeated row. */
  static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 4) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + ": expected 4 tab-separated cells, found " + cells.length);
      }
      String catalog = cells[0];
      String section = cells[1];
      String owner = StandardDocuments.catalogOf(section);
      if (!catalog.equals(owner)) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + ": section '" + section + "' is not a section of " + catalog);
      }
      Kind kind;
      try {
        kind = Kind.valueOf(cells[3].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + ": kind must be 'defines' or 'uses', not '" + cells[3] + "'", e);
      }
      if (!seen.add(section + "\t" + cells[2])) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + ": " + section + " lists " + cells[2] + " twice");
      }
      rows.add(new Row(catalog, section, cells[2], kind, i + 1));
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("the table has no rows");
    }
    return rows;
  }
}
