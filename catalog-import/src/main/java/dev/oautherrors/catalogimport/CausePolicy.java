package dev.oautherrors.catalogimport;

/** Whether the table's descriptions replace the {@code cause} of codes already in the catalog. */
public enum CausePolicy implements Choice {
  /** The table's text wins: a changed description changes the cause. */
  UPDATE,
  /** Causes already in the catalog stay as written (in your own words); only codes are mirrored. */
  KEEP
}
