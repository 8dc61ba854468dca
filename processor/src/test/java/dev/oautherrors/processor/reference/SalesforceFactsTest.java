package dev.oautherrors.processor.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oautherrors.processor.reference.SalesforceFacts.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facts reader and the code comparison that {@link SeedCatalogTest} relies on, on small inline
 * facts, so that a reader that drops rows, or a comparison that stops naming codes, cannot pass
 * silently.
 */
class SalesforceFactsTest {
  private static final String FACTS =
      """
      codes:
        - code: access_denied
          cause: User denied access to the client app.
        - code: invalid_grant
          lead_in: "One of the following:"
        - code: No_OAuth_State
          cause: The OAuth state was tampered with or is missing.
      descriptions:
        invalid_grant: [expired access/refresh token, invalid assertion]
      examples:
        - flow: web server
          redirect: https://app.example/callback?error=access-denied
        - flow: refresh token
          body: '{"error":"invalid_grant","error_description":"expired access/refresh token"}'
      """;
  private static final List<String> CODES =
      List.of("access_denied", "invalid_grant", "No_OAuth_State");

  @Test
  void readsRowsDescriptionsAndExamplesInOrder() {
    SalesforceFacts facts = SalesforceFacts.parse(FACTS);
    assertEquals(
        List.of(
            new Row("access_denied", "User denied access to the client app.", false),
            new Row("invalid_grant", "One of the following:", true),
            new Row("No_OAuth_State", "The OAuth state was tampered with or is missing.", false)),
        facts.rows());
    assertEquals(
        List.of("expired access/refresh token", "invalid assertion"),
        facts.descriptions().get("invalid_grant"));
    assertEquals(2, facts.examples().size());
    assertEquals(
        "https://app.example/callback?error=access-denied",
        facts.examples().get(0).redirect().orElseThrow());
  }

  @Test
  void theProjectsFactsFileReads() {
    assertEquals(24, SalesforceFacts.load().codes().size());
  }

  @Test
  void aMisspelledFieldIsNamedWithItsPlace() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SalesforceFacts.parse(FACTS.replace("    cause: The OAuth", "    cuase: The OAuth")));
    assertEquals("codes[2]: unknown field 'cuase'", e.getMessage());
  }

  @Test
  void aRowWithBothACauseAndALeadInIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SalesforceFacts.parse(FACTS.replace(
            "    lead_in: \"One of the following:\"",
            "    lead_in: \"One of the following:\"\n    cause: Expired.")));
    assertEquals("codes[1] (invalid_grant): give either cause or lead_in, not both", e.getMessage());
  }

  @Test
  void anExampleWithNeitherRedirectNorBodyIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SalesforceFacts.parse(FACTS.replace(
            "    redirect: https://app.example/callback?error=access-denied\n", "")));
    assertEquals("examples[0]: give either redirect or body", e.getMessage());
  }

  @Test
  void aCodeMissingFromTheCatalogIsNamed() {
    assertEquals(
        List.of("missing: 'access_denied'"),
        CodeDiff.problems(CODES, List.of("invalid_grant", "No_OAuth_State")));
  }

  @Test
  void anExtraCodeIsNamed() {
    assertEquals(
        List.of("extra: 'unsupported_grant_type' is not in the source"),
        CodeDiff.problems(CODES, List.of(
            "access_denied", "invalid_grant", "No_OAuth_State", "unsupported_grant_type")));
  }

  @Test
  void aMisspelledCodeIsNamedWithItsRightSpelling() {
    assertEquals(
        List.of(
            "misspelled: 'access-denied' should be spelled 'access_denied'",
            "misspelled: 'No_Oauth_State' should be spelled 'No_OAuth_State'"),
        CodeDiff.problems(CODES, List.of("access-denied", "invalid_grant", "No_Oauth_State")));
  }

  @Test
  void duplicateAndReorderedCodesAreNamed() {
    assertEquals(
        List.of("duplicate: 'invalid_grant' is listed more than once"),
        CodeDiff.problems(CODES, List.of(
            "access_denied", "invalid_grant", "invalid_grant", "No_OAuth_State")));
    assertEquals(
        List.of("order: position 1 should be 'access_denied' but is 'invalid_grant'"),
        CodeDiff.problems(CODES, List.of("invalid_grant", "access_denied", "No_OAuth_State")));
  }
}
