package dev.oautherrors.catalogimport;

/** What a link in a description cell becomes. */
public enum LinkStyle implements Choice {
  /** Its text only: {@code see the token endpoint}. */
  TEXT("text"),
  /** Its text and its address: {@code see the token endpoint (https://example.com/token)}. */
  URL("url");

  private final String spelling;

  LinkStyle(String spelling) {
    this.spelling = spelling;
  }

  @Override
  public String spelling() {
    return spelling;
  }
}
