package dev.oautherrors.catalogimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.catalogimport.CatalogImporter.Mode;
import dev.oautherrors.catalogimport.ImportReport.Added;
import dev.oautherrors.catalogimport.ImportReport.Changed;
import dev.oautherrors.catalogimport.ImportReport.Removed;
import dev.oautherrors.catalogimport.ImportReport.Skipped;
import dev.oautherrors.catalogimport.yaml.ReadBack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogImporterTest {
  @TempDir
  Path dir;

  static ImportOptions.Builder acme(Path catalog) throws UsageException {
    return ImportOptions.builder().table(Fixtures.resource("pages/acme-errors.md"))
        .codeColumn(ColumnRef.parse("--code-column", "code"))
        .descriptionColumn(ColumnRef.parse("--description-column", "What it means"))
        .catalog(catalog);
  }

  @Test
  void updatesAHandEditedCatalogInPlaceKeepingEveryOtherByte() throws Exception {
    Path catalog = Fixtures.copy("catalogs/hand-edited.yaml", dir);

    ImportReport report = CatalogImporter.run(acme(catalog).build(), Mode.IMPORT);

    assertEquals(Fixtures.text("catalogs/hand-edited.expected.yaml"), Files.readString(catalog));
    assertEquals(List.of(
        new Added("unauthorized_client",
            "The client may not use this grant type. Ask an admin to enable it.",
            "row 4 at line 14"),
        new Added("unsupported_grant_type", "The server does not support this grant_type.",
            "row 5 at line 15"),
        new Added("invalid_scope",
            "The scope is unknown, malformed, or wider than the one granted.",
            "row 6 at line 16"),
        new Added("pipe|code", "A code with an escaped | pipe, to test escapes.",
            "row 7 at line 17")), report.added());
    assertEquals(List.of(
        new Changed("invalid_request", "A parameter is missing.",
            "A required parameter is missing, repeated, or malformed.", "row 1 at line 11", 16),
        new Changed("slow_down", "Poll slower.",
            "Polling too fast: wait 5 more seconds & poll again.", "row 8 at line 18", 38),
        new Changed("authorization_pending", "",
            "The user has not finished the device login yet.", "row 9 at line 19", 40)),
        report.changed());
    assertEquals(List.of(new Removed("No_OAuth_State", 35)), report.removed());
    assertEquals(List.of(new Skipped("row 10 at line 20",
        "invalid_grant again, with the same description as row 3 at line 13")),
        report.skipped());
    assertEquals(2, report.unchanged(), "invalid_client (folded) and invalid_grant (quoted)");
    assertTrue(report.written());
    assertFalse(report.created());
  }

  @Test
  void theReportSaysEverythingInAFixedOrder() throws Exception {
    Path catalog = Fixtures.copy("catalogs/hand-edited.yaml", dir);

    ImportReport report = CatalogImporter.run(acme(catalog).build(), Mode.CHECK);

    assertEquals("4 added, 3 changed, 1 not in the table (kept), 1 skipped, 0 normalised, "
        + "2 unchanged", report.summary());
    assertEquals("""
        added:
          + unauthorized_client  (row 4 at line 14)
              The client may not use this grant type. Ask an admin to enable it.
          + unsupported_grant_type  (row 5 at line 15)
              The server does not support this grant_type.
          + invalid_scope  (row 6 at line 16)
              The scope is unknown, malformed, or wider than the one granted.
          + pipe|code  (row 7 at line 17)
              A code with an escaped | pipe, to test escapes.
        changed:
          ~ invalid_request  (%1$s:16; row 1 at line 11)
              was: A parameter is missing.
              now: A required parameter is missing, repeated, or malformed.
          ~ slow_down  (%1$s:38; row 8 at line 18)
              was: Poll slower.
              now: Polling too fast: wait 5 more seconds & poll again.
          ~ authorization_pending  (%1$s:40; row 9 at line 19)
              was: (no cause)
              now: The user has not finished the device login yet.
        not in the table (kept; --removed delete deletes them, --removed ignore accepts them):
          - No_OAuth_State  (%1$s:35)
        skipped:
          row 10 at line 20: invalid_grant again, with the same description as row 3 at line 13
        """.formatted(catalog), report.details());
    assertFalse(report.written(), "check writes nothing");
    assertEquals(Fixtures.text("catalogs/hand-edited.yaml"), Files.readString(catalog));
  }

  @Test
  void checkPassesAfterAnImportAndFailsOnceTheTableChanges() throws Exception {
    Path table = Fixtures.copy("pages/acme-errors.md", dir);
    Path catalog = dir.resolve("src/main/resources/errors.yaml");
    ImportOptions options = acme(catalog).table(table).packageName("com.example.acme").build();

    ImportReport created = CatalogImporter.run(options, Mode.IMPORT);
    assertTrue(created.created());
    assertEquals(9, created.added().size());
    assertTrue(CatalogImporter.run(options, Mode.CHECK).mirrors());

    Files.writeString(table, Files.readString(table)
        .replace("Polling too fast", "Polling much too fast")
        .replace("| `invalid_scope` | 400 | The scope is unknown, malformed, or wider than the "
            + "one granted. |\n", ""));
    ImportReport check = CatalogImporter.run(options, Mode.CHECK);

    assertFalse(check.mirrors());
    assertEquals(List.of("slow_down"), check.changed().stream().map(Changed::code).toList());
    assertEquals(List.of("invalid_scope"), check.removed().stream().map(Removed::code).toList());
    assertTrue(CatalogImporter.run(acme(catalog).table(table).removed(RemovedPolicy.DELETE)
        .build(), Mode.IMPORT).written());
    assertTrue(CatalogImporter.run(options, Mode.CHECK).mirrors());
    assertFalse(Files.readString(catalog).contains("invalid_scope"));
  }

  @Test
  void anImportWithNothingToChangeLeavesTheFileAlone() throws Exception {
    Path catalog = dir.resolve("errors.yaml");
    ImportOptions options = acme(catalog).packageName("com.example.acme").build();
    CatalogImporter.run(options, Mode.IMPORT);
    Files.setLastModifiedTime(catalog, FileTime.fromMillis(0));
    byte[] before = Files.readAllBytes(catalog);

    ImportReport again = CatalogImporter.run(options, Mode.IMPORT);

    assertFalse(again.written());
    assertEquals(9, again.unchanged());
    assertEquals(0, Files.getLastModifiedTime(catalog).toMillis(), "not even rewritten");
    assertEquals(new String(before), Files.readString(catalog));
  }

  @Test
  void codesTheTableLacksAreDeletedOnlyWhenAskedWithTheCommentAboveThem() throws Exception {
    Path catalog = Fixtures.copy("catalogs/hand-edited.yaml", dir);

    CatalogImporter.run(acme(catalog).removed(RemovedPolicy.DELETE).build(), Mode.IMPORT);

    String text = Files.readString(catalog);
    assertFalse(text.contains("code: No_OAuth_State"), text);
    assertFalse(text.contains("# Not on the page"), text);
    assertTrue(text.contains("        retry: restart\n\n  - {code: slow_down,"), text);
    assertTrue(CatalogImporter.run(acme(catalog).build(), Mode.CHECK).mirrors());
  }

  @Test
  void ignoredCodesLetTheCheckPass() throws Exception {
    Path catalog = Fixtures.copy("catalogs/hand-edited.yaml", dir);
    CatalogImporter.run(acme(catalog).build(), Mode.IMPORT);

    assertFalse(CatalogImporter.run(acme(catalog).build(), Mode.CHECK).mirrors());
    ImportReport ignored = CatalogImporter.run(acme(catalog).removed(RemovedPolicy.IGNORE)
        .build(), Mode.CHECK);
    assertTrue(ignored.mirrors());
    assertEquals(List.of(new Removed("No_OAuth_State", 35)), ignored.removed());
  }

  @Test
  void keptCausesAreNotCompared() throws Exception {
    Path catalog = Fixtures.copy("catalogs/hand-edited.yaml", dir);

    ImportReport report = CatalogImporter.run(acme(catalog).causes(CausePolicy.KEEP).build(),
        Mode.IMPORT);

    assertEquals(List.of("authorization_pending"),
        report.changed().stream().map(Changed::code).toList(), "only the missing cause");
    assertTrue(Files.readString(catalog).contains("cause: A parameter is missing."));
  }

  @Test
  void aCodeWithTwoDescriptionsStopsTheImportNamingBothRows() throws Exception {
    Path table = Fixtures.write(dir, "dup.md", """
        | Code | Description |
        |---|---|
        | a | First. |
        | b | B. |
        | a | Second. |
        """);
    Path catalog = dir.resolve("errors.yaml");
    ImportOptions.Builder options = ImportOptions.builder().table(table).catalog(catalog)
        .codeColumn(ColumnRef.parse("c", "1")).descriptionColumn(ColumnRef.parse("d", "2"))
        .packageName("com.example");

    ImportException e = assertThrows(ImportException.class,
        () -> CatalogImporter.run(options.build(), Mode.IMPORT));

    assertEquals("""
        table 1 at line 1 lists a code twice with different descriptions; nothing was written:
          a is in row 1 at line 3: "First."
            and in row 3 at line 5: "Second."
        Fix the table, or choose one with --duplicates first or --duplicates last.""",
        e.getMessage());
    assertFalse(Files.exists(catalog));

    CatalogImporter.run(options.duplicates(DuplicatePolicy.LAST).build(), Mode.IMPORT);
    assertEquals(List.of(new ReadBack.Entry("a", Optional.of("Second.")),
        new ReadBack.Entry("b", Optional.of("B."))),
        ReadBack.entries(Files.readString(catalog), Target.ERRORS), "last wins, first's place");
    ImportReport first = CatalogImporter.run(options.duplicates(DuplicatePolicy.FIRST).build(),
        Mode.CHECK);
    assertEquals(List.of(new Changed("a", "Second.", "First.", "row 1 at line 3", 5)),
        first.changed());
  }

  @Test
  void subCodesComeFromAnHtmlPageThroughTheCodePattern() throws Exception {
    Path catalog = dir.resolve("errors.yaml");
    ImportOptions options = ImportOptions.builder()
        .table(Fixtures.resource("pages/acme-subcodes.html"))
        .codeColumn(ColumnRef.parse("c", "error")).descriptionColumn(ColumnRef.parse("d", "2"))
        .codePattern("ACME(\\d+)").target(Target.SUB_CODES).catalog(catalog)
        .packageName("com.example.acme").build();

    ImportReport report = CatalogImporter.run(options, Mode.IMPORT);

    assertEquals("""
        # Imported from acme-subcodes.html (table 2 at line 17) by oauth-errors-catalog-import.
        # Importing again updates codes and causes; add groups, flows, retry and actions by hand.
        package: com.example.acme
        subCodes:
          codes:
            - code: "50126"
              cause: The user name or password is wrong.
            - code: "50034"
              cause: The account does not exist in this directory \u2014 check the tenant.
            - code: "53003"
              cause: "Access was blocked by a policy: a location rule, or a device rule."
            - code: "53000"
              cause: The device is not managed or not compliant.
            - code: "7000218"
              cause: The request body must contain client_assertion or client_secret. Fix the client's configuration.
        """, Files.readString(catalog));
    assertEquals("""
        normalised:
          row 2 at line 33: "ACME50034\\u00A0" -> "ACME50034" (U+00A0 NO-BREAK SPACE, spaces around it)
          row 4 at line 41: "ACME\\u200B53003" -> "ACME53003" (U+200B ZERO WIDTH SPACE)
          row 5 at line 51: " ACME53000 " -> "ACME53000" (spaces around it)
        """, report.details().substring(report.details().indexOf("normalised:")));
    assertEquals(List.of(
        new Skipped("row 3 at line 38", "one cell spans the code and description columns (a "
            + "heading inside the table?): \"Conditional access\""),
        new Skipped("row 6 at line 55", "the code cell is empty"),
        new Skipped("row 8 at line 66", "\"see below\" does not match --code-pattern ACME(\\d+)")),
        report.skipped());
  }

  @Test
  void oddSpacingInMarkdownCodesIsNormalisedAndReported() throws Exception {
    Path table = Fixtures.write(dir, "odd.md", """
        | Code | Description |
        |---|---|
        | `invalid_grant ` | A space inside the code span. |
        | \\`invalid_scope\\` | Backticks that are text, not a code span. |
        | access denied | A no-break space. |
        | <code>slow​_down</code> | A zero-width space. |
        | `server_error` | Nothing odd. |
        """);
    Path catalog = dir.resolve("errors.yaml");

    ImportReport report = CatalogImporter.run(ImportOptions.builder().table(table)
        .catalog(catalog).codeColumn(ColumnRef.parse("c", "code"))
        .descriptionColumn(ColumnRef.parse("d", "description")).packageName("com.example")
        .build(), Mode.IMPORT);

    assertEquals(List.of(
        new ImportReport.Normalised("row 1 at line 3", "invalid_grant ", "invalid_grant",
            List.of("spaces around it")),
        new ImportReport.Normalised("row 2 at line 4", "`invalid_scope`", "invalid_scope",
            List.of("backticks around it")),
        new ImportReport.Normalised("row 3 at line 5", "access\u00a0denied", "access denied",
            List.of("U+00A0 NO-BREAK SPACE")),
        new ImportReport.Normalised("row 4 at line 6", "slow\u200b_down", "slow_down",
            List.of("U+200B ZERO WIDTH SPACE"))), report.normalised());
    assertEquals(List.of("invalid_grant", "invalid_scope", "access denied", "slow_down",
        "server_error"), ReadBack.entries(Files.readString(catalog), Target.ERRORS).stream()
        .map(ReadBack.Entry::code).toList());
  }

  @Test
  void aNewCatalogNeedsAPackage() throws UsageException {
    UsageException e = assertThrows(UsageException.class,
        () -> CatalogImporter.run(acme(dir.resolve("errors.yaml")).build(), Mode.IMPORT));
    assertTrue(e.getMessage().contains("does not exist yet (or is empty): give --package"),
        e.getMessage());
  }

  @Test
  void anEmptyCatalogKeepsItsComments() throws Exception {
    Path catalog = Fixtures.write(dir, "errors.yaml", "# Ours.\n");

    CatalogImporter.run(acme(catalog).packageName("com.example").build(), Mode.IMPORT);

    assertTrue(Files.readString(catalog).startsWith("# Ours.\npackage: com.example\nerrors:\n"
        + "  - code: invalid_request\n"));
  }

  @Test
  void aCatalogTheImportCannotEditSafelyIsRefusedAtItsLine() throws IOException {
    Path catalog = Fixtures.write(dir, "errors.yaml", "package: p\nerrors:\n"
        + "  - code: a\n    cause: &c Shared.\n  - code: b\n    cause: *c\n");
    ImportException alias = assertThrows(ImportException.class,
        () -> CatalogImporter.run(acme(catalog).build(), Mode.IMPORT));
    assertEquals(catalog + ":6: the alias *c repeats another value; the processor does not "
        + "accept aliases, so write the value out before importing", alias.getMessage());

    Fixtures.write(dir, "errors.yaml", "package: p\nerrors:\n  - code: 50126\n    cause: x\n");
    ImportException number = assertThrows(ImportException.class,
        () -> CatalogImporter.run(acme(catalog).build(), Mode.IMPORT));
    assertEquals(catalog + ":3: the code '50126' is read as a YAML int, not as text; write it in "
        + "quotes: \"50126\"", number.getMessage());

    Fixtures.write(dir, "errors.yaml", "package: p\nerrors:\n  - code: a\n    cause: x\n"
        + "  - code: a\n    cause: y\n");
    ImportException twice = assertThrows(ImportException.class,
        () -> CatalogImporter.run(acme(catalog).build(), Mode.IMPORT));
    assertEquals(catalog + ":5: the code 'a' is already at line 3; keep one entry for it "
        + "before importing", twice.getMessage());

    Fixtures.write(dir, "errors.yaml", "package: p\nerrors: {code: a}\n");
    ImportException shape = assertThrows(ImportException.class,
        () -> CatalogImporter.run(acme(catalog).build(), Mode.IMPORT));
    assertEquals(catalog + ":2: errors must be a list of entries, not a mapping",
        shape.getMessage());

    Fixtures.write(dir, "errors.yaml", "package: p\nerrors:\n  - code: a\n   cause: x\n");
    ImportException syntax = assertThrows(ImportException.class,
        () -> CatalogImporter.run(acme(catalog).build(), Mode.IMPORT));
    assertTrue(syntax.getMessage().startsWith(catalog + ":4: not valid YAML: "),
        syntax.getMessage());
  }
}
