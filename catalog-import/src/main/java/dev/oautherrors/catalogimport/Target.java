package dev.oautherrors.catalogimport;

import java.util.List;

/** Which list of the catalog the table fills (docs/catalog-format.md). */
public enum Target implements Choice {
  /** The top-level {@code errors:} entries: OAuth error codes. */
  ERRORS("errors", List.of("errors")),
  /** {@code subCodes.codes:}: a provider's sub-codes, such as Entra ID's AADSTS numbers. */
  SUB_CODES("subCodes", List.of("subCodes", "codes"));

  private final String spelling;
  private final List<String> path;

  Target(String spelling, List<String> path) {
    this.spelling = spelling;
    this.path = path;
  }

  @Override
  public String spelling() {
    return spelling;
  }

  /** The keys from the top of the catalog to the list: {@code [subCodes, codes]}. */
  public List<String> path() {
    return path;
  }

  /** The list as the catalog's readers know it: {@code errors} or {@code subCodes.codes}. */
  public String listName() {
    return String.join(".", path);
  }
}
