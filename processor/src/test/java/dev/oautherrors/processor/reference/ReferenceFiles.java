package dev.oautherrors.processor.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files the reference tests read, relative to the processor module (Surefire's working
 * directory): the reference catalog, the schema and its documentation.
 */
final class ReferenceFiles {
  static final Path ROOT = Path.of("..");
  static final Path CATALOG = ROOT.resolve("example-app/src/main/resources/errors.yaml");
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

  /** The entries of a catalog's text, read as a plain YAML tree, in order. */
  static List<Entry> entries(String catalogYaml) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(catalogYaml);
    } catch (IOException e) {
      throw new UncheckedIOException("the catalog is not valid YAML", e);
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode error : root.path("errors")) {
      List<Reason> reasons = new ArrayList<>();
      for (JsonNode reason : error.path("reasons")) {
        reasons.add(new Reason(reason.path("description").asText(), strings(reason.path("aliases"))));
      }
      entries.add(
          new Entry(
              error.path("code").asText(),
              error.path("cause").asText(),
              strings(error.path("aliases")),
              reasons));
    }
    return entries;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(node -> out.add(node.asText()));
    return out;
  }
}
