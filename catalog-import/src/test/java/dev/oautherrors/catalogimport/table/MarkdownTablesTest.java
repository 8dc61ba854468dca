package dev.oautherrors.catalogimport.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.catalogimport.Fixtures;
import dev.oautherrors.catalogimport.ImportException;
import dev.oautherrors.catalogimport.LinkStyle;
import dev.oautherrors.catalogimport.TableFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTablesTest {
  private static List<Table> page() throws ImportException {
    return PageReader.read(Fixtures.resource("pages/acme-errors.md"), TableFormat.MARKDOWN,
        "https://docs.example.com/errors/");
  }

  private static String code(TableRow row) {
    return CellText.codeSource(row.cells().get(0));
  }

  private static String description(TableRow row, LinkStyle links) {
    return CellText.description(row.cells().get(2), links);
  }

  @Test
  void everyPipeTableOfThePageIsReadWithItsHeadersAndLines() throws ImportException {
    List<Table> tables = page();

    assertEquals(2, tables.size());
    assertEquals(List.of("Code", "HTTP", "What it means"), tables.get(0).headers());
    assertEquals("table 1 at line 9", tables.get(0).describe());
    assertEquals(10, tables.get(0).rows().size());
    assertEquals("row 1 at line 11", tables.get(0).rows().get(0).describe());
    assertEquals(List.of("Header", "Meaning"), tables.get(1).headers());
    assertEquals("table 2 at line 24", tables.get(1).describe());
  }

  @Test
  void inlineCodeEmphasisAndLinksBecomeTheirText() throws ImportException {
    TableRow grant = page().get(0).rows().get(2);

    assertEquals("invalid_grant", code(grant));
    assertEquals("The authorization code or refresh token is invalid, expired or revoked; "
        + "see grant lifetimes.", description(grant, LinkStyle.TEXT));
  }

  @Test
  void linksKeepTheirAddressResolvedAgainstTheBaseWhenAsked() throws ImportException {
    TableRow grant = page().get(0).rows().get(2);

    assertEquals("The authorization code or refresh token is invalid, expired or revoked; see "
        + "grant lifetimes (https://docs.example.com/errors/grants.md#lifetimes).",
        description(grant, LinkStyle.URL));
  }

  @Test
  void escapedPipesStayInTheirCell() throws ImportException {
    TableRow pipe = page().get(0).rows().get(6);

    assertEquals("pipe|code", code(pipe));
    assertEquals("A code with an escaped | pipe, to test escapes.",
        description(pipe, LinkStyle.TEXT));
  }

  @Test
  void htmlInsideCellsIsReadAsHtml() throws ImportException {
    List<TableRow> rows = page().get(0).rows();

    assertEquals("The client may not use this grant type. Ask an admin to enable it.",
        description(rows.get(3), LinkStyle.TEXT), "<br> is a line break, then a space");
    assertEquals("slow_down", code(rows.get(7)), "<code> written as HTML");
    assertEquals("Polling too fast: wait 5 more seconds & poll again.",
        description(rows.get(7), LinkStyle.TEXT), "entities decoded");
  }

  @Test
  void anHtmlTableWrittenInsideMarkdownCountsToo() {
    List<Table> tables = PageReader.markdown("""
        Intro.

        <table>
          <tr><th>Code</th><th>Cause</th></tr>
          <tr><td>a</td><td>A &amp; B</td></tr>
        </table>

        | Code | Cause |
        |---|---|
        | b | B |
        """, "");

    assertEquals(2, tables.size());
    assertEquals(List.of("Code", "Cause"), tables.get(0).headers());
    assertEquals("A & B", CellText.description(tables.get(0).rows().get(0).cells().get(1),
        LinkStyle.TEXT));
    assertEquals("table 2 at line 8", tables.get(1).describe());
  }

  @Test
  void aTableWithoutItsDelimiterRowIsNotATable() {
    assertTrue(PageReader.markdown("| Code | Cause |\n| a | b |\n", "").isEmpty());
  }

  @Test
  void shortAndLongRowsKeepTheirCells() {
    Table table = PageReader.markdown("""
        | Code | Cause |
        |---|---|
        | a |
        | b | B | extra |
        """, "").get(0);

    assertEquals(2, table.rows().get(0).cells().size(), "GFM pads a short row");
    assertEquals("", CellText.description(table.rows().get(0).cells().get(1), LinkStyle.TEXT));
    assertEquals(2, table.rows().get(1).cells().size(), "GFM drops cells past the headers");
  }
}
