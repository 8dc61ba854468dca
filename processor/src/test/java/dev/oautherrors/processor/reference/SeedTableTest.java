package dev.oautherrors.processor.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.processor.reference.SeedTable.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed table reader and the code comparison that {@link SeedCatalogTest} relies on, on small
 * inline pages, so that a reader that stops finding rows, or a comparison that stops naming them,
 * cannot pass silently.
 */
class SeedTableTest {
  private static final String PAGE =
      """
      Some intro text.
      | Error | Cause |
      |---|---|
      access_denied
      |
      User denied access to the client app. |
      immediate_unsuccessful
      |
      The immediate parameter is set to true, and the user isn’t logged in or hasn’t
      previously approved the client’s access. |
      invalid_grant
      |
      One of the following:
      |
      No_OAuth_State
      |
      The OAuth state was tampered with or is missing. |

      Text after the table.
      """;

  @Test
  void readsRowsMultiLineCausesAndCutShortRows() {
    List<Row> rows = SeedTable.read(PAGE);
    assertEquals(
        List.of(
            new Row("access_denied", "User denied access to the client app.", true, 4),
            new Row(
                "immediate_unsuccessful",
                "The immediate parameter is set to true, and the user isn’t logged in or hasn’t"
                    + " previously approved the client’s access.",
                true,
                7),
            new Row("invalid_grant", "One of the following:", false, 11),
            new Row("No_OAuth_State", "The OAuth state was tampered with or is missing.", true, 15)),
        rows);
  }

  @Test
  void aCutShortRowWithoutItsClosingLineEndsAtTheNextRow() {
    List<Row> rows = SeedTable.read(PAGE.replace("One of the following:\n|\n", "One of the following:\n"));
    assertEquals(new Row("invalid_grant", "One of the following:", false, 11), rows.get(2));
    assertEquals(new Row("No_OAuth_State", "The OAuth state was tampered with or is missing.", true, 14), rows.get(3));
  }

  @Test
  void readsWindowsLineEndings() {
    assertEquals(SeedTable.read(PAGE), SeedTable.read(PAGE.replace("\n", "\r\n")));
  }

  @Test
  void aRowMissingFromTheTableIsNamed() {
    String page = PAGE.replace("access_denied\n|\nUser denied access to the client app. |\n", "");
    List<String> problems =
        CodeDiff.problems(
            codes(SeedTable.read(page)),
            List.of("access_denied", "immediate_unsuccessful", "invalid_grant", "No_OAuth_State"));
    assertEquals(List.of("extra: 'access_denied' is not in the source"), problems);

    List<String> reversed =
        CodeDiff.problems(
            List.of("access_denied", "immediate_unsuccessful", "invalid_grant", "No_OAuth_State"),
            codes(SeedTable.read(page)));
    assertEquals(List.of("missing: 'access_denied'"), reversed);
  }

  @Test
  void aMisspelledCodeIsNamedWithItsRightSpelling() {
    List<String> problems =
        CodeDiff.problems(
            codes(SeedTable.read(PAGE)),
            List.of("access-denied", "immediate_unsuccessful", "invalid_grant", "No_Oauth_State"));
    assertEquals(
        List.of(
            "misspelled: 'access-denied' should be spelled 'access_denied'",
            "misspelled: 'No_Oauth_State' should be spelled 'No_OAuth_State'"),
        problems);
  }

  @Test
  void extraDuplicateAndReorderedCodesAreNamed() {
    List<String> seed = codes(SeedTable.read(PAGE));
    assertEquals(
        List.of(
            "duplicate: 'invalid_grant' is listed more than once",
            "extra: 'unsupported_grant_type' is not in the source"),
        CodeDiff.problems(
            seed,
            List.of(
                "access_denied",
                "immediate_unsuccessful",
                "invalid_grant",
                "invalid_grant",
                "No_OAuth_State",
                "unsupported_grant_type")));
    assertEquals(
        List.of("order: position 1 should be 'access_denied' but is 'immediate_unsuccessful'"),
        CodeDiff.problems(
            seed,
            List.of("immediate_unsuccessful", "access_denied", "invalid_grant", "No_OAuth_State")));
  }

  @Test
  void aCodeWithoutItsCellSeparatorIsReportedWithItsLine() {
    String page = PAGE.replace("access_denied\n|\n", "access_denied\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SeedTable.read(page));
    assertEquals("line 5: expected '|' after the code 'access_denied'", e.getMessage());
  }

  @Test
  void aPageWithoutTheTableHeaderIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SeedTable.read(PAGE.replace("| Error | Cause |", "| Code | Cause |")));
    assertTrue(e.getMessage().contains("no table header"), e.getMessage());
  }

  @Test
  void aTableWithoutRowsIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> SeedTable.read("| Error | Cause |\n|---|---|\n\n"));
  }

  private static List<String> codes(List<Row> rows) {
    return rows.stream().map(Row::code).toList();
  }
}
