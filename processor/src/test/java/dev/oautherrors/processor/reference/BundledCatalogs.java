package dev.oautherrors.processor.reference;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled standard catalogs, read from the processor's sources as plain YAML trees, which a
 * test may change before {@link CatalogResolver} resolves them with the processor's own code.
 */
final class BundledCatalogs {
  /** Where the files live, relative to the processor module (Surefire's working directory). */
  static final Path DIRECTORY = Path.of("src/main/resources/META-INF/oauth-errors/catalogs");

  /** Where the processor jar has them. */
  static final String JAR_DIRECTORY = "META-INF/oauth-errors/catalogs/";

  /** The catalog that extends every other one. */
  static final String STANDARD = "oauth-standard";

  /** The ids issue 12 asks for, the specifications in publication order, then the whole set. */
  static final List<String> IDS =
      List.of(
          "rfc6749", "rfc6750", "rfc7009", StandardDocuments.OPENID_CONNECT, "rfc7591", "rfc8628",
          "rfc8693", "rfc8707", "rfc9126", "rfc9396", "rfc9449", STANDARD);

  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * One bundled catalog.
   *
   * @param id the file name without {@code .yaml}
   * @param text the file as written, comments included
   * @param root the parsed YAML tree
   */
  record BundledCatalog(String id, String text, ObjectNode root) {
    BundledCatalog withRoot(ObjectNode changed) {
      return new BundledCatalog(id, text, changed);
    }
  }

  private BundledCatalogs() {}

  /** Every {@code .yaml} file of {@link #DIRECTORY}, by id in file-name order. */
  static Map<String, BundledCatalog> load() {
    Map<String, BundledCatalog> catalogs = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".yaml")) {
          throw new IllegalStateException(file + ": bundled catalogs are named <id>.yaml");
        }
        String id = name.substring(0, name.length() - ".yaml".length());
        catalogs.put(id, parse(id, Files.readString(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + DIRECTORY.toAbsolutePath() + " (tests run from processor/)", e);
    }
    return catalogs;
  }

  /** Parses one catalog's text; duplicate keys are errors, as they are for the processor. */
  static BundledCatalog parse(String id, String text) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(id + ".yaml is not valid YAML", e);
    }
    if (!(root instanceof ObjectNode object)) {
      throw new IllegalArgumentException(id + ".yaml: the top level must be a mapping");
    }
    return new BundledCatalog(id, text, object);
  }

  /** A deep copy, for tests that break one catalog and leave the others alone. */
  static Map<String, BundledCatalog> copy(Map<String, BundledCatalog> catalogs) {
    Map<String, BundledCatalog> copy = new LinkedHashMap<>();
    catalogs.forEach((id, catalog) -> copy.put(id, catalog.withRoot(catalog.root().deepCopy())));
    return copy;
  }
}
