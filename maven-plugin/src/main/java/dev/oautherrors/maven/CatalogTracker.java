package dev.oautherrors.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides whether a module's compiled classes are stale because its catalog changed, and deletes
 * them when they are.
 *
 * <p>maven-compiler-plugin recompiles a module only when a {@code .java} source or a dependency
 * changed, or when a source's class file is missing; it never looks at {@code errors.yaml}. So
 * this class remembers the catalog's SHA-256 in a stamp file and, when the catalog no longer
 * matches it, deletes every class file of the module's main and test output: the compiler then
 * sees missing classes, recompiles the module, and the processor regenerates the catalog's types
 * and checks every handler against the new catalog. When the catalog is unchanged it touches
 * nothing, so the compiler can say "Nothing to compile".
 *
 * <p>The stamp is written before the compiler runs. A build that then fails leaves the classes
 * deleted, so the next build recompiles again instead of passing on stale classes.
 */
final class CatalogTracker {
  private static final int SHORT_HASH = 12;

  private final Path catalog;
  private final Path stamp;
  private final List<Path> outputDirectories;
  private final Path base;

  /**
   * A tracker for {@code catalog} that records its hash in {@code stamp} and deletes the class
   * files under {@code outputDirectories}; messages show paths relative to {@code base}.
   */
  CatalogTracker(Path catalog, Path stamp, List<Path> outputDirectories, Path base) {
    this.catalog = catalog.toAbsolutePath().normalize();
    this.stamp = stamp.toAbsolutePath().normalize();
    this.outputDirectories = outputDirectories.stream()
        .map(dir -> dir.toAbsolutePath().normalize())
        .collect(Collectors.toUnmodifiableList());
    this.base = base.toAbsolutePath().normalize();
  }

  /** What {@link #track()} found and did. */
  enum Action {
    /** No catalog at the path and no stamp: nothing is tracked. */
    NO_CATALOG,
    /** The catalog matches the stamp: nothing was touched. */
    UNCHANGED,
    /** No stamp and no compiled classes yet: the stamp was written. */
    RECORDED,
    /** The catalog differs from the stamp, or there was no stamp but classes were compiled from
     * an unknown catalog: the classes were deleted and the stamp written. */
    INVALIDATED,
    /** The stamp names a catalog that is gone: the classes and the stamp were deleted. */
    REMOVED
  }

  /** The outcome of {@link #track()}: what was done, one line saying what and why, and how many
   * class files were deleted. */
  record Outcome(Action action, String message, int deletedClassFiles) {}

  /** Compares the catalog with the stamp and acts on the difference. */
  Outcome track() throws IOException {
    Optional<String> current = hash(catalog);
    Optional<String> recorded = readStamp();
    String name = display(catalog);
    if (current.equals(recorded)) {
      return current.isPresent()
          ? new Outcome(Action.UNCHANGED,
              name + " unchanged (sha256 " + shortHash(current.get()) + "): nothing to do", 0)
          : new Outcome(Action.NO_CATALOG, "no catalog at " + name
              + ": nothing to track (set <catalog> if the processor reads another file)", 0);
    }
    if (current.isEmpty()) {
      int deleted = deleteClassFiles();
      Files.deleteIfExists(stamp);
      return new Outcome(Action.REMOVED, name + " is gone (was sha256 "
          + shortHash(recorded.get()) + "): " + deletedText(deleted), deleted);
    }
    if (recorded.isEmpty()) {
      int deleted = deleteClassFiles();
      writeStamp(current.get());
      if (deleted == 0) {
        return new Outcome(Action.RECORDED, name + " recorded (sha256 "
            + shortHash(current.get()) + "); nothing compiled yet", 0);
      }
      return new Outcome(Action.INVALIDATED, name + " has no stamp from an earlier build (sha256 "
          + shortHash(current.get()) + "), so the classes may come from another catalog: "
          + deletedText(deleted), deleted);
    }
    int deleted = deleteClassFiles();
    writeStamp(current.get());
    return new Outcome(Action.INVALIDATED, name + " changed (sha256 "
        + shortHash(recorded.get()) + " -> " + shortHash(current.get()) + "): "
        + deletedText(deleted), deleted);
  }

  private String deletedText(int deleted) {
    String dirs = outputDirectories.stream().map(this::display).collect(Collectors.joining(", "));
    String why = "the compiler regenerates the catalog's types and checks every handler again";
    return deleted == 0
        ? "no class files in " + dirs + " to delete; " + why
        : "deleted " + deleted + (deleted == 1 ? " class file" : " class files") + " in " + dirs
            + " so that " + why;
  }

  private int deleteClassFiles() throws IOException {
    List<Path> classFiles = new ArrayList<>();
    for (Path dir : outputDirectories) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(file -> file.getFileName().toString().endsWith(".class"))
            .filter(Files::isRegularFile)
            .forEach(classFiles::add);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    for (Path file : classFiles) {
      Files.deleteIfExists(file);
    }
    return classFiles.size();
  }

  private Optional<String> readStamp() throws IOException {
    if (!Files.isRegularFile(stamp)) {
      return Optional.empty();
    }
    String text = Files.readString(stamp, StandardCharsets.UTF_8).strip();
    // sha256sum's format: the hash, two spaces, the file.
    int end = text.indexOf(' ');
    String hash = end < 0 ? text : text.substring(0, end);
    return hash.isEmpty() ? Optional.empty() : Optional.of(hash);
  }

  private void writeStamp(String hash) throws IOException {
    Files.createDirectories(stamp.getParent());
    Files.writeString(stamp, hash + "  " + catalog + "\n", StandardCharsets.UTF_8);
  }

  /** The SHA-256 of the file, as the processor computes it for {@code CATALOG_SHA256}. */
  private static Optional<String> hash(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return Optional.of(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String shortHash(String hash) {
    return hash.length() > SHORT_HASH ? hash.substring(0, SHORT_HASH) : hash;
  }

  private String display(Path path) {
    return path.startsWith(base) && !path.equals(base)
        ? base.relativize(path).toString()
        : path.toString();
  }
}
