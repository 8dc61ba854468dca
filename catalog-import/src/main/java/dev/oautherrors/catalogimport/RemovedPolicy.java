package dev.oautherrors.catalogimport;

/** What to do with catalog entries whose code the table no longer lists. */
public enum RemovedPolicy implements Choice {
  /** Keep them in the catalog and report them; {@code check} fails on them. */
  KEEP("keep"),
  /** Delete them from the catalog; {@code check} fails until they are gone. */
  DELETE("delete"),
  /** Keep them as hand-written codes: reported, but {@code check} passes. */
  IGNORE("ignore");

  private final String spelling;

  RemovedPolicy(String spelling) {
    this.spelling = spelling;
  }

  @Override
  public String spelling() {
    return spelling;
  }
}
