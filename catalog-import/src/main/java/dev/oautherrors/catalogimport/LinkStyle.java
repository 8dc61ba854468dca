package dev.oautherrors.catalogimport;

/** What a link in a description cell becomes. */
public enum LinkStyle implements Choice {
  /** Its text only: {@code see the token endpoint}. */
  TEXT,
  /** Its text and its address: {@code see the token endpoint (https://example.com/token)}. */
  URL
}
