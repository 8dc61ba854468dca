package dev.oautherrors.catalogimport;

import dev.oautherrors.catalogimport.ImportReport.Normalised;
import dev.oautherrors.catalogimport.ImportReport.Skipped;
import dev.oautherrors.catalogimport.table.CellText;
import dev.oautherrors.catalogimport.table.TableRow;
import dev.oautherrors.catalogimport.table.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The codes and causes a table gives, with what was skipped and normalised on the way.
 *
 * @param entries one per code, in table order
 * @param withoutDescription codes listed with an empty description: not entries (the processor
 *     needs a cause), but not gone from the table either
 * @param skipped rows that gave no entry
 * @param normalised codes read from cells with odd spacing or invisible characters
 */
record TableEntries(List<Entry> entries, Set<String> withoutDescription, List<Skipped> skipped,
    List<Normalised> normalised) {

  /** A code, its cause, and the row it came from. */
  record Entry(String code, String cause, String row) {}

  /** Reads every data row of {@code selected}. */
  static TableEntries read(SelectedTable selected, ImportOptions options) throws ImportException {
    Map<String, Entry> byCode = new LinkedHashMap<>();
    Set<String> withoutDescription = new LinkedHashSet<>();
    List<Skipped> skipped = new ArrayList<>();
    List<Normalised> normalised = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    for (TableRow row : selected.table().rows()) {
      Optional<Element> codeCell = row.cell(selected.codeColumn());
      if (codeCell.isEmpty()) {
        skipped.add(new Skipped(row.describe(), "no cell in the code column (the row has "
            + row.cells().size() + (row.cells().size() == 1 ? " cell)" : " cells)")));
        continue;
      }
      Optional<Element> descriptionCell = row.cell(selected.descriptionColumn());
      if (descriptionCell.isPresent() && descriptionCell.get() == codeCell.get()) {
        skipped.add(new Skipped(row.describe(), "one cell spans the code and description "
            + "columns (a heading inside the table?): "
            + Visible.quoted(CellText.description(codeCell.get(), LinkStyle.TEXT))));
        continue;
      }
      String raw = CellText.codeSource(codeCell.get());
      TextNormalizer.Code cleaned = TextNormalizer.code(raw);
      if (cleaned.text().isEmpty()) {
        skipped.add(new Skipped(row.describe(), raw.isEmpty() ? "the code cell is empty"
            : "the code cell holds only " + String.join(", ", cleaned.changes())
                + " " + Visible.quoted(raw)));
        continue;
      }
      Optional<String> code = applyPattern(cleaned.text(), options.codePattern());
      if (code.isEmpty()) {
        skipped.add(new Skipped(row.describe(), Visible.quoted(cleaned.text())
            + " does not match --code-pattern " + options.codePattern().orElseThrow().pattern()));
        continue;
      }
      if (!cleaned.changes().isEmpty()) {
        normalised.add(new Normalised(row.describe(), raw, cleaned.text(), cleaned.changes()));
      }
      String cause = descriptionCell.map(cell -> CellText.description(cell, options.links()))
          .orElse("");
      if (cause.isEmpty()) {
        withoutDescription.add(code.get());
        skipped.add(new Skipped(row.describe(), code.get() + " has no description, and a "
            + "catalog entry needs a cause: write one in the catalog by hand"));
        continue;
      }
      Entry entry = new Entry(code.get(), cause, row.describe());
      Entry earlier = byCode.get(entry.code());
      if (earlier == null) {
        byCode.put(entry.code(), entry);
      } else if (earlier.cause().equals(cause)) {
        skipped.add(new Skipped(row.describe(), entry.code() + " again, with the same "
            + "description as " + earlier.row()));
      } else {
        switch (options.duplicates()) {
          case ERROR -> conflicts.add(entry.code() + " is in " + earlier.row() + ": "
              + Visible.quoted(earlier.cause()) + "\n    and in " + row.describe() + ": "
              + Visible.quoted(cause));
          case FIRST -> skipped.add(new Skipped(row.describe(), entry.code()
              + " again, with another description; --duplicates first keeps " + earlier.row()));
          case LAST -> {
            byCode.put(entry.code(), entry);
            skipped.add(new Skipped(earlier.row(), entry.code() + " again in " + row.describe()
                + " with another description; --duplicates last keeps that one"));
          }
        }
      }
    }
    if (!conflicts.isEmpty()) {
      throw new ImportException(selected.table().describe() + " lists "
          + (conflicts.size() == 1 ? "a code" : conflicts.size() + " codes")
          + " twice with different descriptions; nothing was written:\n  "
          + String.join("\n  ", conflicts)
          + "\nFix the table, or choose one with --duplicates first or --duplicates last.");
    }
    withoutDescription.removeAll(byCode.keySet());
    return new TableEntries(List.copyOf(byCode.values()), withoutDescription, skipped,
        normalised);
  }

  private static Optional<String> applyPattern(String text, Optional<Pattern> pattern) {
    if (pattern.isEmpty()) {
      return Optional.of(text);
    }
    Matcher matcher = pattern.get().matcher(text);
    if (!matcher.find()) {
      return Optional.empty();
    }
    String code = matcher.groupCount() >= 1 && matcher.group(1) != null
        ? matcher.group(1) : matcher.group();
    code = code.strip();
    return code.isEmpty() ? Optional.empty() : Optional.of(code);
  }
}
