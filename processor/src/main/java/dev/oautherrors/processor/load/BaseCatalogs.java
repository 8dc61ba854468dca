package dev.oautherrors.processor.load;

import dev.oautherrors.processor.diagnostic.CatalogText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;

/**
 * Finds the catalogs that a catalog's {@code extends:} names: a bundled catalog by its id
 * ({@code rfc6749}), read from this processor's jar, or another file by a path relative to the
 * catalog that names it ({@code ./common.yaml}).
 */
public final class BaseCatalogs {
  /** Where the processor jar holds the bundled catalogs, as {@code <id>.yaml}. */
  public static final String BUNDLED_DIRECTORY = "META-INF/oauth-errors/catalogs/";

  /** The ids of the bundled catalogs, in the order docs/standard-catalogs.md lists them. */
  public static final List<String> BUNDLED = List.of(
      "rfc6749", "rfc6750", "rfc7009", "openid-connect", "rfc7591", "rfc8628", "rfc8693",
      "rfc8707", "rfc9126", "rfc9396", "rfc9449", "oauth-standard");

  /**
   * One base found and read.
   *
   * @param key what identifies the base across a resolution: {@code bundled:<id>} or the file's
   *     absolute path, so that a base extended twice is read and resolved once
   * @param name how messages name it: the id, or the path as written
   * @param catalog the file
   */
  public record Base(String key, String name, LoadedCatalog catalog) {}

  private BaseCatalogs() {}

  /** Whether {@code reference} names a file rather than a bundled catalog. */
  public static boolean isFile(String reference) {
    return reference.endsWith(".yaml") || reference.endsWith(".yml") || reference.contains("/")
        || reference.contains("\\");
  }

  /**
   * The base {@code reference} names, from the catalog {@code from}; empty when there is no such
   * bundled catalog or readable UTF-8 file.
   */
  public static Optional<Base> find(String reference, CatalogText from) {
    return isFile(reference) ? file(reference, from) : bundled(reference);
  }

  private static Optional<Base> bundled(String id) {
    if (!BUNDLED.contains(id)) {
      return Optional.empty();
    }
    String resource = BUNDLED_DIRECTORY + id + ".yaml";
    ClassLoader loader = BaseCatalogs.class.getClassLoader();
    try (InputStream in = loader == null
        ? ClassLoader.getSystemResourceAsStream(resource)
        : loader.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      return found("bundled:" + id, id, resource, in.readAllBytes());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<Base> file(String reference, CatalogText from) {
    try {
      Path given = Paths.get(reference);
      Path path = given;
      if (!given.isAbsolute()) {
        Path parent = Paths.get(from.displayPath()).toAbsolutePath().getParent();
        if (parent == null || from.displayPath().startsWith(BUNDLED_DIRECTORY)) {
          return Optional.empty();
        }
        path = parent.resolve(given);
      }
      path = path.toAbsolutePath().normalize();
      if (!Files.isRegularFile(path)) {
        return Optional.empty();
      }
      return found(path.toString(), reference, path.toString(), Files.readAllBytes(path));
    } catch (IOException | InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static Optional<Base> found(String key, String name, String display, byte[] bytes) {
    return CatalogLocator.decode(display, bytes) instanceof CatalogLocator.Found found
        ? Optional.of(new Base(key, name, found.catalog()))
        : Optional.empty();
  }
}
