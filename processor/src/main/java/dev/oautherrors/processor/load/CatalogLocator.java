package dev.oautherrors.processor.load;

import dev.oautherrors.processor.diagnostic.CatalogText;
import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Position;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.diagnostic.Verbatim;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the catalog, in this order:
 *
 * <ol>
 *   <li>the path given with {@code -Aoauth.errors.catalog=<path>} (absolute, relative to the
 *       working directory, or relative to the module); when given, nothing else is tried;
 *   <li>the resource {@code errors.yaml} (or {@code -Aoauth.errors.resource=<name>}) on the class
 *       path, where Maven and Gradle put {@code src/main/resources};
 *   <li>the same resource in the class output directory;
 *   <li>{@code src/main/resources/<name>} of the module whose class output this is, for IDEs that
 *       compile before copying resources.
 * </ol>
 *
 * <p>Without an {@code errors.yaml}, the folder {@code errors/} beside it (in the source folder,
 * then the class output) may hold several catalogs, {@code errors/<name>.yaml}, each generated
 * into its own package; the path option may name such a folder too.
 *
 * <p>When nothing is found, one error lists every place tried. Messages name the source file
 * ({@code src/main/resources/errors.yaml}) rather than its copy in {@code target/classes} when
 * both hold the same text.
 */
public final class CatalogLocator {
  /** The option naming the catalog's path. */
  public static final String CATALOG_OPTION = "oauth.errors.catalog";
  /** The option naming the catalog's resource on the class path. */
  public static final String RESOURCE_OPTION = "oauth.errors.resource";
  /** The resource name used unless {@link #RESOURCE_OPTION} says otherwise. */
  public static final String DEFAULT_RESOURCE = "errors.yaml";

  /** The name the locator asks the class output about when the catalog is not there. */
  private static final String PROBE = "oauth-errors-locator.probe";

  private final Filer filer;
  private final String pathOption;
  private final String resource;
  private final List<String> tried = new ArrayList<>();

  /** A locator that uses {@code filer} and the processor options given. */
  public CatalogLocator(Filer filer, String pathOption, String resourceOption) {
    this.filer = filer;
    this.pathOption = pathOption;
    this.resource = resourceOption == null || resourceOption.isBlank()
        ? DEFAULT_RESOURCE
        : resourceOption.strip();
  }

  /** The outcome: the catalog, or the problem that says why there is none. */
  public sealed interface Outcome {}

  /** The catalog was found and read. */
  public record Found(LoadedCatalog catalog) implements Outcome {}

  /** The catalog was not found or could not be read. */
  public record Missing(Problem problem) implements Outcome {}

  /**
   * Several catalogs, {@code errors/*.yaml}, each generated into its own package; in file-name
   * order.
   */
  public record Several(List<LoadedCatalog> catalogs) implements Outcome {}

  /** The folder of several catalogs, beside where {@code errors.yaml} would be. */
  public static final String SEVERAL_FOLDER = "errors";

  /** Looks for the catalog. */
  public Outcome locate() {
    if (pathOption != null && !pathOption.isBlank()) {
      return locateByOption(pathOption.strip());
    }
    Optional<Path> moduleDir = moduleDirectory();
    // A module that moved its errors.yaml into errors/ keeps a stale copy in its class output
    // until a clean build; the source folder says which is current.
    Optional<Path> sourceFolder = moduleDir
        .map(dir -> dir.resolve("src").resolve("main").resolve("resources"))
        .filter(dir -> !Files.exists(dir.resolve(resource)))
        .map(dir -> dir.resolve(SEVERAL_FOLDER))
        .filter(Files::isDirectory);
    if (sourceFolder.isPresent()) {
      Optional<Outcome> several = readFolder(sourceFolder.get());
      if (several.isPresent()) {
        return several.get();
      }
    }
    for (StandardLocation location :
        List.of(StandardLocation.CLASS_PATH, StandardLocation.CLASS_OUTPUT)) {
      Optional<Outcome> found = fromLocation(location, moduleDir);
      if (found.isPresent()) {
        return found.get();
      }
    }
    if (moduleDir.isPresent()) {
      Path source = sourceResource(moduleDir.get());
      tried.add("source folder: " + source);
      if (Files.isRegularFile(source)) {
        return readFile(source);
      }
      Path folder = moduleDir.get().resolve("src").resolve("main").resolve("resources")
          .resolve(SEVERAL_FOLDER);
      tried.add("source folder: " + folder.resolve("*.yaml"));
      if (Files.isDirectory(folder)) {
        Optional<Outcome> several = readFolder(folder);
        if (several.isPresent()) {
          return several.get();
        }
      }
    }
    Optional<Path> outputFolder = classOutputFile()
        .filter(uri -> "file".equals(uri.getScheme()))
        .map(uri -> Paths.get(uri).getParent())
        .map(dir -> dir.resolve(SEVERAL_FOLDER));
    if (outputFolder.isPresent()) {
      tried.add("class output: " + outputFolder.get().resolve("*.yaml"));
      if (Files.isDirectory(outputFolder.get())) {
        Optional<Outcome> several = readFolder(outputFolder.get());
        if (several.isPresent()) {
          return several.get();
        }
      }
    }
    if (moduleDir.isEmpty()) {
      tried.add("source folder: not searched (the module folder is known only when the class "
          + "output is on disk, inside a target/ or build/ folder)");
    }
    return new Missing(Problem.of(Message.CATALOG_NOT_FOUND, Location.nowhere(),
        new Verbatim(bulletList(tried)), resource, CATALOG_OPTION));
  }

  private Outcome locateByOption(String option) {
    List<Path> candidates = new ArrayList<>();
    Path given = Paths.get(option);
    candidates.add(given.toAbsolutePath().normalize());
    if (!given.isAbsolute()) {
      moduleDirectory().ifPresent(dir -> candidates.add(dir.resolve(given).normalize()));
    }
    for (Path candidate : candidates) {
      if (Files.isRegularFile(candidate)) {
        return readFile(candidate);
      }
      if (Files.isDirectory(candidate)) {
        Optional<Outcome> several = readFolder(candidate);
        if (several.isPresent()) {
          return several.get();
        }
      }
      tried.add(candidate.toString());
    }
    return new Missing(Problem.of(Message.CATALOG_OPTION_NOT_FOUND, Location.nowhere(),
        CATALOG_OPTION, option, new Verbatim(bulletList(tried))));
  }

  private Optional<Outcome> fromLocation(StandardLocation location, Optional<Path> moduleDir) {
    String where = location == StandardLocation.CLASS_PATH ? "class path" : "class output";
    FileObject file;
    try {
      file = filer.getResource(location, "", resource);
    } catch (IllegalArgumentException e) {
      // Eclipse's Filer does not support every location.
      tried.add(where + ": not supported by this compiler");
      return Optional.empty();
    } catch (IOException e) {
      tried.add(where + ": " + resource + " (not found)");
      return Optional.empty();
    }
    byte[] bytes;
    try (InputStream in = file.openInputStream()) {
      bytes = in.readAllBytes();
    } catch (IOException | IllegalStateException e) {
      tried.add(where + ": " + describe(file.toUri()) + " (not found)");
      return Optional.empty();
    }
    String display = displayPath(file.toUri(), bytes, moduleDir);
    return Optional.of(decode(display, bytes));
  }

  /** Prefer the file the user edits over its copy in the output directory. */
  private String displayPath(URI found, byte[] bytes, Optional<Path> moduleDir) {
    if (moduleDir.isPresent()) {
      Path source = sourceResource(moduleDir.get());
      try {
        if (Files.isRegularFile(source) && Arrays.equals(Files.readAllBytes(source), bytes)) {
          return source.toString();
        }
      } catch (IOException e) {
        // Fall back to the copy's path.
      }
    }
    return describe(found);
  }

  /** Every {@code *.yaml} of {@code folder}, by name; empty when it holds none. */
  private Optional<Outcome> readFolder(Path folder) {
    List<Path> files;
    try (java.util.stream.Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".yaml")
          && Files.isRegularFile(f)).sorted().toList();
    } catch (IOException e) {
      return Optional.of(new Missing(Problem.of(Message.CATALOG_UNREADABLE, Location.nowhere(),
          folder, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    }
    if (files.isEmpty()) {
      return Optional.empty();
    }
    if (files.size() == 1) {
      return Optional.of(readFile(files.get(0)));
    }
    List<LoadedCatalog> catalogs = new ArrayList<>();
    for (Path file : files) {
      Outcome outcome = readFile(file);
      if (outcome instanceof Found found) {
        catalogs.add(found.catalog());
      } else {
        return Optional.of(outcome);
      }
    }
    return Optional.of(new Several(catalogs));
  }

  private Outcome readFile(Path path) {
    try {
      return decode(path.toString(), Files.readAllBytes(path));
    } catch (IOException e) {
      return new Missing(Problem.of(Message.CATALOG_UNREADABLE, Location.nowhere(), path,
          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  static Outcome decode(String displayPath, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return notUtf8(displayPath, bytes, in.position(), out.flip().length());
    }
    String text = out.flip().toString();
    return new Found(new LoadedCatalog(new CatalogText(displayPath, text), sha256(bytes)));
  }

  /**
   * A catalog that is not UTF-8, located at its first bad byte in the text as an editor would
   * show it (bad bytes as U+FFFD), with a guess at the encoding it was saved in.
   */
  private static Missing notUtf8(String displayPath, byte[] bytes, int badByte, int charsBefore) {
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    Position position = new LineMap(lenient).atChar(charsBefore);
    String what = String.format(Locale.ROOT, "byte 0x%02X %s", bytes[badByte] & 0xff,
        (bytes[badByte] & 0xc0) == 0x80 ? "does not follow a byte that starts a character"
            : "does not start a valid UTF-8 character");
    String guess;
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xff && bytes[1] == (byte) 0xfe)
        || (bytes[0] == (byte) 0xfe && bytes[1] == (byte) 0xff))) {
      guess = " (the file starts with a UTF-16 byte order mark: it was saved as UTF-16)";
    } else if ((bytes[badByte] & 0xff) >= 0xa0) {
      guess = " (was it saved as ISO-8859-1 or Windows-1252?)";
    } else {
      guess = "";
    }
    return new Missing(Problem.of(Message.CATALOG_NOT_UTF8,
        Location.inCatalog(new CatalogText(displayPath, lenient), position, 1), what, guess));
  }

  /**
   * The module directory: the parent of the {@code target} (Maven) or {@code build} (Gradle)
   * directory that holds the class output.
   */
  private Optional<Path> moduleDirectory() {
    Optional<URI> classOutput = classOutputFile();
    if (classOutput.isEmpty() || !"file".equals(classOutput.get().getScheme())) {
      return Optional.empty();
    }
    for (Path dir = Paths.get(classOutput.get()).getParent(); dir != null; dir = dir.getParent()) {
      Path name = dir.getFileName();
      if (name != null && (name.toString().equals("target") || name.toString().equals("build"))
          && dir.getParent() != null) {
        return Optional.of(dir.getParent());
      }
    }
    return Optional.empty();
  }

  /**
   * A file in the class output directory. javac answers {@code getResource} for a file that does
   * not exist yet; Eclipse's compiler throws {@code FileNotFoundException} instead, so then the
   * locator asks where a resource would be created, and never writes it.
   */
  private Optional<URI> classOutputFile() {
    try {
      return Optional.of(filer.getResource(StandardLocation.CLASS_OUTPUT, "", resource).toUri());
    } catch (IOException | IllegalArgumentException e) {
      // Not there yet, and this compiler says so: ask where it would go.
    }
    try {
      return Optional.of(filer.createResource(StandardLocation.CLASS_OUTPUT, "", PROBE).toUri());
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private Path sourceResource(Path moduleDir) {
    return moduleDir.resolve("src").resolve("main").resolve("resources").resolve(resource);
  }

  private static String describe(URI uri) {
    return "file".equals(uri.getScheme()) ? Paths.get(uri).toString() : uri.toString();
  }

  private static String bulletList(List<String> lines) {
    StringBuilder list = new StringBuilder();
    for (String line : lines) {
      if (list.length() > 0) {
        list.append(System.lineSeparator());
      }
      list.append("  - ").append(line);
    }
    return list.toString();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
