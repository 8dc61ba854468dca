package dev.oautherrors.catalogimport;

import dev.oautherrors.catalogimport.ImportReport.Added;
import dev.oautherrors.catalogimport.ImportReport.Changed;
import dev.oautherrors.catalogimport.ImportReport.Removed;
import dev.oautherrors.catalogimport.table.PageReader;
import dev.oautherrors.catalogimport.table.Table;
import dev.oautherrors.catalogimport.yaml.CatalogDocument;
import dev.oautherrors.catalogimport.yaml.CatalogEditor;
import dev.oautherrors.catalogimport.yaml.CatalogEditor.NewEntry;
import dev.oautherrors.catalogimport.yaml.CatalogEntry;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a documentation table into a catalog, or checks that the catalog still mirrors it.
 *
 * <p>The table gives each code and its description. Codes the catalog lacks are appended (code
 * and cause); existing entries get the table's description as their cause when it changed; codes
 * the table no longer lists are reported, and deleted only with {@link RemovedPolicy#DELETE}.
 * Every other field, comment and line of the catalog stays as it was: the file is edited in
 * place, never written anew, and not touched at all when nothing changes.
 */
public final class CatalogImporter {
  private CatalogImporter() {}

  /** Whether the catalog is written or only compared. */
  public enum Mode {
    /** Write the changes into the catalog. */
    IMPORT,
    /** Compute the same changes and write nothing. */
    CHECK
  }

  /** Reads the table and the catalog, and in {@link Mode#IMPORT} writes the changes. */
  public static ImportReport run(ImportOptions options, Mode mode) throws ImportException {
    List<Table> tables = PageReader.read(options.table(), options.display(options.table()),
        options.format(), options.baseUrl().orElse(""));
    SelectedTable selected = SelectedTable.select(tables, options);
    TableEntries table = TableEntries.read(selected, options);
    if (table.entries().isEmpty()) {
      throw new ImportException(selected.table().describe() + " of "
          + options.display(options.table())
          + " gives no code to import: " + (table.skipped().isEmpty() ? "it has no data rows"
              : "every row was skipped:\n  " + table.skipped().stream()
                  .limit(10).map(s -> s.row() + ": " + s.reason())
                  .collect(Collectors.joining("\n  "))));
    }
    String source = options.display(options.table()) + ", " + selected.describe();
    Path path = options.catalog();
    String name = options.display(path);
    Optional<CatalogDocument> document = read(path, name);
    boolean created = document.isEmpty() || document.get().root().isEmpty();
    List<CatalogEntry> existing = document.isPresent()
        ? document.get().entries(options.target()) : List.of();

    Map<String, TableEntries.Entry> byCode = new LinkedHashMap<>();
    table.entries().forEach(entry -> byCode.put(entry.code(), entry));
    Set<String> inCatalog = new HashSet<>();
    List<Changed> changed = new ArrayList<>();
    List<Removed> removed = new ArrayList<>();
    Map<String, String> causes = new LinkedHashMap<>();
    int unchanged = 0;
    for (CatalogEntry entry : existing) {
      inCatalog.add(entry.code());
      TableEntries.Entry row = byCode.get(entry.code());
      if (row == null) {
        if (!table.withoutDescription().contains(entry.code())) {
          removed.add(new Removed(entry.code(), entry.line()));
        }
      } else if (entry.cause().isEmpty() || !entry.cause().get().equals(row.cause())
          && options.causes() == CausePolicy.UPDATE) {
        changed.add(new Changed(entry.code(), entry.cause().orElse(""), row.cause(), row.row(),
            entry.line()));
        causes.put(entry.code(), row.cause());
      } else {
        unchanged++;
      }
    }
    List<Added> added = new ArrayList<>();
    List<NewEntry> additions = new ArrayList<>();
    for (TableEntries.Entry entry : table.entries()) {
      if (!inCatalog.contains(entry.code())) {
        added.add(new Added(entry.code(), entry.cause(), entry.row()));
        additions.add(new NewEntry(entry.code(), entry.cause()));
      }
    }
    Set<String> deletions = options.removed() == RemovedPolicy.DELETE
        ? removed.stream().map(Removed::code).collect(Collectors.toCollection(LinkedHashSet::new))
        : Set.of();

    boolean write = mode == Mode.IMPORT
        && (created || !additions.isEmpty() || !causes.isEmpty() || !deletions.isEmpty());
    if (write) {
      CatalogEditor.Plan plan = new CatalogEditor.Plan(causes, deletions, additions);
      String text = created
          ? CatalogEditor.create(header(options, selected, document), packageName(options),
              options.target(), additions)
          : CatalogEditor.apply(document.get(), options.target(), plan);
      write(path, name, text);
    }
    return new ImportReport(source, name, options.target(), added, changed, removed,
        table.skipped(), table.normalised(), unchanged, options.removed(), created, write);
  }

  private static String packageName(ImportOptions options) throws UsageException {
    return options.packageName().orElseThrow(() -> new UsageException(
        options.display(options.catalog())
        + " does not exist yet (or is empty): give --package with the Java package of the "
        + "generated types, such as --package com.example.oauth"));
  }

  /** The comment a new catalog starts with; an empty file's own comments are kept instead. */
  private static String header(ImportOptions options, SelectedTable selected,
      Optional<CatalogDocument> empty) {
    if (empty.isPresent() && !empty.get().text().isBlank()) {
      String text = empty.get().text();
      return text.endsWith("\n") ? text : text + "\n";
    }
    Path name = options.table().getFileName();
    return "# Imported from " + (name == null ? options.table() : name) + " ("
        + selected.table().describe() + ") by oauth-errors-catalog-import.\n"
        + "# Importing again updates codes and causes; add groups, flows, retry and actions"
        + " by hand.\n";
  }

  private static Optional<CatalogDocument> read(Path path, String name) throws ImportException {
    if (!Files.exists(path)) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Files.readAllBytes(path);
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      return Optional.of(CatalogDocument.parse(name, text));
    } catch (CharacterCodingException e) {
      throw new ImportException(name + " is not UTF-8, as a catalog must be");
    } catch (IOException e) {
      throw new ImportException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code text} to {@code path} through a temporary file, so a crash leaves the old one. */
  private static void write(Path path, String name, String text) throws ImportException {
    Path absolute = path.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary = null;
    try {
      Files.createDirectories(directory);
      temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new ImportException("cannot write " + name + ": " + e.getMessage(), e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // The move took it, or it cannot be removed either: nothing more to do.
        }
      }
    }
  }
}
