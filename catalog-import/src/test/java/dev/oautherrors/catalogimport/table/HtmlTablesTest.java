package dev.oautherrors.catalogimport.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.oautherrors.catalogimport.Fixtures;
import dev.oautherrors.catalogimport.ImportException;
import dev.oautherrors.catalogimport.LinkStyle;
import dev.oautherrors.catalogimport.TableFormat;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlTablesTest {
  private static List<Table> page() throws ImportException {
    return PageReader.read(Fixtures.resource("pages/acme-subcodes.html"), TableFormat.HTML,
        "https://docs.example.com/signin/");
  }

  private static String text(TableRow row, int column, LinkStyle links) {
    return CellText.description(row.cells().get(column), links);
  }

  @Test
  void everyTableIsFoundInDocumentOrderButNotTextInsideAScript() throws ImportException {
    List<Table> tables = page();

    assertEquals(3, tables.size());
    assertEquals(List.of("Home", "Docs"), tables.get(0).headers(), "no <th>: the first row");
    assertEquals(0, tables.get(0).rows().size());
    assertEquals(List.of("Error", "Description", "Remedy"), tables.get(1).headers());
    assertEquals("table 2 at line 17", tables.get(1).describe());
    assertEquals(List.of("Error", "Description"), tables.get(2).headers(),
        "<th> in a first row without <thead>");
    assertEquals(1, tables.get(2).rows().size());
  }

  @Test
  void blockElementsListsAndEntitiesBecomeOneLine() throws ImportException {
    List<TableRow> rows = page().get(1).rows();

    assertEquals("The user name or password is wrong.", text(rows.get(0), 1, LinkStyle.TEXT));
    assertEquals("The account does not exist in this directory \u2014 check the tenant.",
        text(rows.get(1), 1, LinkStyle.TEXT));
    assertEquals("Access was blocked by a policy: a location rule, or a device rule.",
        text(rows.get(3), 1, LinkStyle.TEXT));
    assertEquals("The device is not managed or not compliant.",
        text(rows.get(4), 1, LinkStyle.TEXT), "no-break spaces become spaces");
    assertEquals("The request body must contain client_assertion or client_secret. "
        + "Fix the client's configuration.", text(rows.get(6), 1, LinkStyle.TEXT));
  }

  @Test
  void relativeLinksResolveAgainstTheBaseUrl() throws ImportException {
    assertEquals("The account does not exist in this directory \u2014 check the tenant "
        + "(https://docs.example.com/signin/tenants.html).",
        text(page().get(1).rows().get(1), 1, LinkStyle.URL));
  }

  @Test
  void codeCellsKeepTheAuthorsOddSpacingButNotTheSourceLayout() throws ImportException {
    List<TableRow> rows = page().get(1).rows();

    assertEquals("ACME50126", CellText.codeSource(rows.get(0).cells().get(0)));
    assertEquals("ACME50034\u00a0", CellText.codeSource(rows.get(1).cells().get(0)));
    assertEquals("ACME\u200b53003", CellText.codeSource(rows.get(3).cells().get(0)));
    assertEquals(" ACME53000 ", CellText.codeSource(rows.get(4).cells().get(0)),
        "spaces inside <code> are the author's");
    assertEquals("", CellText.codeSource(rows.get(5).cells().get(0)));
  }

  @Test
  void spanningCellsFillEveryColumnAndRowTheyCover() throws ImportException {
    List<TableRow> rows = page().get(1).rows();

    TableRow heading = rows.get(2);
    assertSame(heading.cells().get(0), heading.cells().get(2), "colspan=3");
    assertSame(rows.get(3).cells().get(2), rows.get(4).cells().get(2), "rowspan=2");
    assertEquals("Review the policy.", text(rows.get(4), 2, LinkStyle.TEXT));
  }

  @Test
  void rowsCarryTheirSourceLines() throws ImportException {
    List<TableRow> rows = page().get(1).rows();

    assertEquals("row 1 at line 26", rows.get(0).describe());
    assertEquals("row 7 at line 60", rows.get(6).describe());
  }

  @Test
  void theHeaderRowIsTheLowestRowOfTheadWithTextFromAboveWhereItIsEmpty() {
    Table table = PageReader.html("""
        <table>
          <thead>
            <tr><th rowspan="2">Code</th><th colspan="2">Details</th></tr>
            <tr><th>Description</th><th>Since</th></tr>
          </thead>
          <tr><td>a</td><td>A</td><td>1.0</td></tr>
        </table>""", "").get(0);

    assertEquals(List.of("Code", "Description", "Since"), table.headers());
    assertEquals(1, table.rows().size());
  }

  @Test
  void aTableInsideACellIsATableOfItsOwnAndTextOfItsCell() {
    List<Table> tables = PageReader.html("""
        <table>
          <tr><th>Code</th><th>Description</th></tr>
          <tr><td>a</td><td>Either:<table><tr><td>x</td><td>y</td></tr></table></td></tr>
        </table>""", "");

    assertEquals(2, tables.size());
    assertEquals(1, tables.get(0).rows().size(), "the inner row is not a row of the outer table");
    assertEquals("Either: x y", text(tables.get(0).rows().get(0), 1, LinkStyle.TEXT));
  }

  @Test
  void hostileSpansAreCapped() {
    Table table = PageReader.html("<table><tr><th>Code</th><th>Description</th></tr>"
        + "<tr><td colspan=999999999>a</td></tr><tr><td rowspan=0>b</td><td>B</td></tr>"
        + "<tr><td>C</td></tr></table>", "").get(0);

    assertEquals(1000, table.rows().get(0).cells().size());
    assertEquals("b", text(table.rows().get(2), 0, LinkStyle.TEXT), "rowspan=0: to the end");
    assertEquals("C", text(table.rows().get(2), 1, LinkStyle.TEXT));
  }

  @Test
  void theCharsetThePageDeclaresIsUsed(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("latin1.html");
    Files.write(page, ("<html><head><meta charset=\"ISO-8859-1\"></head><body><table>"
        + "<tr><th>Code</th><th>Description</th></tr><tr><td>a</td><td>Caf\u00e9</td></tr>"
        + "</table></body></html>").getBytes(Charset.forName("ISO-8859-1")));

    Table table = PageReader.read(page, TableFormat.HTML, "").get(0);

    assertEquals("Caf\u00e9", text(table.rows().get(0), 1, LinkStyle.TEXT));
  }
}
