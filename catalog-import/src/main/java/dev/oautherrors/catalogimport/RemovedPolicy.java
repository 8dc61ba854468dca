package dev.oautherrors.catalogimport;

/** What to do with catalog entries whose code the table no longer lists. */
public enum RemovedPolicy implements Choice {
  /** Keep them in the catalog and report them; {@code check} fails on them. */
  KEEP,
  /** Delete them from the catalog; {@code check} fails until they are gone. */
  DELETE,
  /** Keep them as hand-written codes: reported, but {@code check} passes. */
  IGNORE
}
