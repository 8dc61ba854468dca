package dev.oautherrors.processor.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.oautherrors.processor.diagnostic.CatalogText;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.load.LoadedCatalog;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.Located;
import dev.oautherrors.processor.validate.CatalogValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The files the reference tests read, relative to the processor module (Surefire's working
 * directory): the reference catalog, the schema and its documentation.
 */
final class ReferenceFiles {
  static final Path ROOT = Path.of("..");
  static final Path CATALOG = ROOT.resolve("example-app/src/main/resources/errors/salesforce.yaml");
  static final Path SCHEMA = ROOT.resolve("schema/errors.schema.json");
  static final Path FORMAT_DOC = ROOT.resolve("docs/catalog-format.md");

  /** A reason of a catalog entry, as far as these tests need it. */
  record Reason(String description, List<String> aliases) {
    List<String> spellings() {
      List<String> all = new ArrayList<>();
      all.add(description);
      all.addAll(aliases);
      return all;
    }
  }

  /** An entry of the catalog, as far as these tests need it. */
  record Entry(String code, String cause, List<String> aliases, List<Reason> reasons) {}

  private ReferenceFiles() {}

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + file.toAbsolutePath().normalize() + " (tests run from processor/)", e);
    }
  }

  /**
   * The entries of a catalog file as the processor resolves it ({@code extends} and
   * {@code override} applied), in order; fails the test with the processor's messages when the
   * catalog does not validate.
   */
  static List<Entry> resolvedEntries(Path file) {
    String text = read(file);
    LoadedCatalog loaded = new LoadedCatalog(
        new CatalogText(file.toAbsolutePath().normalize().toString(), text), "");
    CatalogValidator.Result result = CatalogValidator.validate(loaded);
    Catalog catalog = result.catalog().orElseThrow(() -> new AssertionError(
        file + " does not validate:\n" + result.problems().stream().map(Problem::text)
            .collect(Collectors.joining("\n"))));
    List<Entry> entries = new ArrayList<>();
    for (ErrorCode error : catalog.errors()) {
      entries.add(new Entry(error.wireCode(), error.cause(),
          error.aliases().stream().map(Located::value).toList(),
          error.reasons().stream().map(r -> new Reason(r.description(), r.aliases())).toList()));
    }
    return entries;
  }
}
