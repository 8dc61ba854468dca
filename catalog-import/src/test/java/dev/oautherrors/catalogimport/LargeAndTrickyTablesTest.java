package dev.oautherrors.catalogimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.catalogimport.CatalogImporter.Mode;
import dev.oautherrors.catalogimport.ImportReport.Changed;
import dev.oautherrors.catalogimport.yaml.ReadBack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables the size of a big provider's list, and causes made of everything YAML cares about. */
class LargeAndTrickyTablesTest {
  private static final int ROWS = 1_500;

  @TempDir
  Path dir;

  private static ImportOptions.Builder options(Path table, Path catalog, Target target)
      throws UsageException {
    return ImportOptions.builder().table(table).catalog(catalog).target(target)
        .codeColumn(ColumnRef.parse("c", "Error code"))
        .descriptionColumn(ColumnRef.parse("d", "Description")).packageName("com.example.big");
  }

  /** A generated row: numeric-looking codes, causes with colons and hashes. */
  private record Row(String code, String cause) {}

  private static List<Row> generated(int rows) {
    List<Row> entries = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      entries.add(new Row(String.valueOf(10_000 + i * 7),
          "Generated cause number " + i + (i % 3 == 0 ? ": with a colon" : "")
              + (i % 5 == 0 ? " #and a hash" : "") + "."));
    }
    return entries;
  }

  private static ReadBack.Entry entry(String code, String cause) {
    return new ReadBack.Entry(code, Optional.of(cause));
  }

  @Test
  void aMarkdownTableOfFifteenHundredRowsRoundTrips() throws Exception {
    List<Row> rows = generated(ROWS);
    StringBuilder markdown = new StringBuilder("| Error code | Description |\n|---|---|\n");
    rows.forEach(row -> markdown.append("| `").append(row.code()).append("` | ")
        .append(row.cause()).append(" |\n"));
    Path table = Fixtures.write(dir, "big.md", markdown.toString());
    Path catalog = dir.resolve("errors.yaml");

    ImportReport report = CatalogImporter.run(options(table, catalog, Target.SUB_CODES).build(),
        Mode.IMPORT);

    assertEquals(ROWS, report.added().size());
    assertEquals(rows.stream().map(row -> entry(row.code(), row.cause())).toList(),
        ReadBack.entries(Files.readString(catalog), Target.SUB_CODES));
    assertTrue(CatalogImporter.run(options(table, catalog, Target.SUB_CODES).build(), Mode.CHECK)
        .mirrors());

    Files.writeString(table, Files.readString(table)
        .replace("Generated cause number 1001.", "Changed cause number 1001."));
    ImportReport check = CatalogImporter.run(options(table, catalog, Target.SUB_CODES).build(),
        Mode.CHECK);
    // The new catalog: two comment lines, package:, subCodes:, codes:, then two lines an entry.
    assertEquals(List.of(new Changed("17007", "Generated cause number 1001.",
        "Changed cause number 1001.", "row 1001 at line 1003", 5 + 2 * 1001 - 1)),
        check.changed());
  }

  @Test
  void anHtmlTableOfFifteenHundredRowsRoundTrips() throws Exception {
    List<Row> rows = generated(ROWS);
    StringBuilder html = new StringBuilder("<html><body><table><thead><tr><th>Error code</th>"
        + "<th>Description</th></tr></thead><tbody>\n");
    rows.forEach(row -> html.append("<tr><td><code>").append(row.code())
        .append("</code></td><td><p>").append(Entities.escape(row.cause()))
        .append("</p></td></tr>\n"));
    Path table = Fixtures.write(dir, "big.html", html.append("</tbody></table>").toString());
    Path catalog = dir.resolve("errors.yaml");

    CatalogImporter.run(options(table, catalog, Target.ERRORS).build(), Mode.IMPORT);

    assertEquals(rows.stream().map(row -> entry(row.code(), row.cause())).toList(),
        ReadBack.entries(Files.readString(catalog), Target.ERRORS));
  }

  @Test
  void randomCausesOfEveryCharacterYamlCaresAboutReadBackExactly() throws Exception {
    String[] pieces = {"a", "Z", "9", "0x", "1e3", ":", ": ", " #", "#", "'", "\"", "\\", "-",
        "- ", "?", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "yes", "no",
        "null", "~", "true", ".inf", "2024-01-01", "caf\u00e9", "\ud83d\udd11", "\u00a0", " ",
        "<<", "="};
    Random random = new Random(12);
    List<ReadBack.Entry> expected = new ArrayList<>();
    StringBuilder html = new StringBuilder("<table><tr><th>Error code</th><th>Description</th>"
        + "</tr>\n");
    for (int i = 0; i < 400; i++) {
      StringBuilder code = new StringBuilder();
      StringBuilder cause = new StringBuilder();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        code.append(pieces[random.nextInt(pieces.length)]);
      }
      for (int k = 1 + random.nextInt(8); k > 0; k--) {
        cause.append(pieces[random.nextInt(pieces.length)]);
      }
      String codeText = code.toString().replace('\u00a0', ' ').replaceAll(" +", " ").strip();
      String causeText = cause.toString().replace('\u00a0', ' ').replaceAll(" +", " ").strip();
      if (codeText.isEmpty() || causeText.isEmpty() || codeText.length() > 2
          && "`'\"".indexOf(codeText.charAt(0)) >= 0) {
        continue; // skipped or unwrapped rows: other tests cover them
      }
      String unique = codeText + "_" + i;
      expected.add(entry(unique, causeText));
      html.append("<tr><td>").append(Entities.escape(unique)).append("</td><td>")
          .append(Entities.escape(cause.toString())).append("</td></tr>\n");
    }
    Path table = Fixtures.write(dir, "tricky.html", html.append("</table>").toString());
    Path catalog = dir.resolve("errors.yaml");

    CatalogImporter.run(options(table, catalog, Target.ERRORS).build(), Mode.IMPORT);

    String yaml = Files.readString(catalog);
    assertEquals(expected, ReadBack.entries(yaml, Target.ERRORS));
    assertFalse(yaml.contains("\t"));
    assertTrue(CatalogImporter.run(options(table, catalog, Target.ERRORS).build(), Mode.CHECK)
        .mirrors());
  }
}
