package dev.oautherrors.catalogimport;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did, or what a check found: codes added, causes changed, codes the table no
 * longer lists, rows skipped and codes normalised. Each list is in a stable order (table order,
 * or catalog order for what only the catalog has), so the text is the same for the same input;
 * tests read the lists.
 *
 * @param source the page, the table and the columns read
 * @param catalog the catalog, as given
 * @param target the catalog's list
 * @param added codes the table has and the catalog did not, in table order
 * @param changed codes whose cause differs from the table's, in catalog order
 * @param removed codes the catalog has and the table does not, in catalog order
 * @param skipped rows that gave no entry, in table order
 * @param normalised codes whose cell held odd spacing or invisible characters, in table order
 * @param unchanged how many codes already matched the table
 * @param removedPolicy what was done with {@code removed}
 * @param created whether the catalog did not exist (or was empty) before
 * @param written whether the catalog file was written
 */
public record ImportReport(String source, String catalog, Target target, List<Added> added,
    List<Changed> changed, List<Removed> removed, List<Skipped> skipped,
    List<Normalised> normalised, int unchanged, RemovedPolicy removedPolicy, boolean created,
    boolean written) {

  /** A report; the lists are copied. */
  public ImportReport {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
    skipped = List.copyOf(skipped);
    normalised = List.copyOf(normalised);
  }

  /** A code new to the catalog, from {@code row}. */
  public record Added(String code, String cause, String row) {}

  /** A code whose cause becomes {@code newCause}; {@code oldCause} is empty when it had none. */
  public record Changed(String code, String oldCause, String newCause, String row,
      int catalogLine) {}

  /** A catalog code the table does not list, at {@code catalogLine}. */
  public record Removed(String code, int catalogLine) {}

  /** A row that gave no entry, and why. */
  public record Skipped(String row, String reason) {}

  /** A code cell {@code raw} read as {@code code}, and what was changed. */
  public record Normalised(String row, String raw, String code, List<String> changes) {
    /** A normalised code; the list is copied. */
    public Normalised {
      changes = List.copyOf(changes);
    }
  }

  /**
   * Whether the catalog mirrors the table: nothing to add, no cause to change, and no code the
   * table lacks (unless those are {@link RemovedPolicy#IGNORE ignored}).
   */
  public boolean mirrors() {
    return added.isEmpty() && changed.isEmpty()
        && (removed.isEmpty() || removedPolicy == RemovedPolicy.IGNORE);
  }

  /** One line: {@code 2 added, 1 changed, 1 removed, 3 skipped, 1 normalised, 20 unchanged}. */
  public String summary() {
    List<String> parts = new ArrayList<>();
    parts.add(added.size() + " added");
    parts.add(changed.size() + " changed");
    parts.add(removed.size() + " " + removedWord());
    parts.add(skipped.size() + " skipped");
    parts.add(normalised.size() + " normalised");
    parts.add(unchanged + " unchanged");
    return String.join(", ", parts);
  }

  private String removedWord() {
    return switch (removedPolicy) {
      case KEEP -> "not in the table (kept)";
      case DELETE -> "removed";
      case IGNORE -> "not in the table (ignored)";
    };
  }

  /** Every section with something in it, one item per line, in a fixed order. */
  public String details() {
    StringBuilder out = new StringBuilder();
    if (!added.isEmpty()) {
      out.append("added:\n");
      for (Added a : added) {
        out.append("  + ").append(a.code()).append("  (").append(a.row()).append(")\n")
            .append("      ").append(a.cause()).append('\n');
      }
    }
    if (!changed.isEmpty()) {
      out.append("changed:\n");
      for (Changed c : changed) {
        out.append("  ~ ").append(c.code()).append("  (").append(catalog).append(':')
            .append(c.catalogLine()).append("; ").append(c.row()).append(")\n")
            .append("      was: ").append(c.oldCause().isEmpty() ? "(no cause)" : c.oldCause())
            .append('\n').append("      now: ").append(c.newCause()).append('\n');
      }
    }
    if (!removed.isEmpty()) {
      out.append(switch (removedPolicy) {
        case KEEP -> "not in the table (kept; --removed delete deletes them, --removed ignore"
            + " accepts them):\n";
        case DELETE -> "removed (not in the table):\n";
        case IGNORE -> "not in the table (kept as hand-written codes):\n";
      });
      for (Removed r : removed) {
        out.append("  - ").append(r.code()).append("  (").append(catalog).append(':')
            .append(r.catalogLine()).append(")\n");
      }
    }
    if (!skipped.isEmpty()) {
      out.append("skipped:\n");
      for (Skipped s : skipped) {
        out.append("  ").append(s.row()).append(": ").append(s.reason()).append('\n');
      }
    }
    if (!normalised.isEmpty()) {
      out.append("normalised:\n");
      for (Normalised n : normalised) {
        out.append("  ").append(n.row()).append(": ").append(Visible.quoted(n.raw()))
            .append(" -> ").append(Visible.quoted(n.code())).append(" (")
            .append(String.join(", ", n.changes())).append(")\n");
      }
    }
    return out.toString();
  }

  /** What an import prints: what it did, the summary, then the details. */
  public String importText() {
    String what = written
        ? (created ? "Created " : "Updated ") + catalog
        : catalog + " already mirrors the table; not touched";
    return what + " from " + source + ":\n  " + summary() + "\n" + details();
  }

  /** What a passing check prints: one line. */
  public String mirrorsText() {
    return catalog + " mirrors " + source + " (" + summary() + ")";
  }

  /** What a failing check prints: the differences and {@code fix}, the command to run. */
  public String differencesText(String fix) {
    return catalog + " does not mirror " + source + ":\n  " + summary() + "\n" + details()
        + "To update the catalog, run:\n  " + fix + "\n";
  }
}
