package dev.oautherrors.processor.load;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;

/**
 * A Filer whose locations are directories on disk, or unsupported the way Eclipse's Filer is
 * (it throws IllegalArgumentException). Like javac, it answers {@code getResource} in the class
 * output for a file that does not exist; {@link #eclipse()} makes it throw instead, as ECJ does.
 */
final class FakeFiler implements Filer {
  private final Map<JavaFileManager.Location, Path> roots = new HashMap<>();
  private final Set<JavaFileManager.Location> unsupported = new HashSet<>();
  private final Set<Path> created = new HashSet<>();
  private boolean eclipse;

  FakeFiler root(JavaFileManager.Location location, Path dir) {
    roots.put(location, dir);
    return this;
  }

  FakeFiler unsupported(JavaFileManager.Location location) {
    unsupported.add(location);
    return this;
  }

  /** Answers getResource only for files that exist, in every location, as ECJ does. */
  FakeFiler eclipse() {
    eclipse = true;
    return this;
  }

  /** The files createResource was asked for. */
  Set<Path> created() {
    return created;
  }

  @Override
  public FileObject getResource(
      JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName)
      throws IOException {
    if (unsupported.contains(location)) {
      throw new IllegalArgumentException("Unsupported location: " + location);
    }
    Path root = roots.get(location);
    if (root == null) {
      throw new FileNotFoundException(relativeName.toString());
    }
    Path file = root.resolve(relativeName.toString());
    if ((eclipse || location != StandardLocation.CLASS_OUTPUT) && !file.toFile().isFile()) {
      throw new FileNotFoundException(
          eclipse ? "Resource does not exist : " + location + "//" + relativeName : file.toString());
    }
    return fileObject(file);
  }

  private static FileObject fileObject(Path file) {
    return new SimpleJavaFileObject(file.toUri(), JavaFileObject.Kind.OTHER) {
      @Override
      public java.io.InputStream openInputStream() throws IOException {
        return java.nio.file.Files.newInputStream(Path.of(toUri()));
      }
    };
  }

  @Override
  public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
    throw new UnsupportedOperationException();
  }

  @Override
  public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
    throw new UnsupportedOperationException();
  }

  @Override
  public FileObject createResource(JavaFileManager.Location location, CharSequence pkg,
      CharSequence relativeName, Element... originatingElements) throws IOException {
    Path root = roots.get(location);
    if (root == null) {
      throw new FileNotFoundException(location + " has no folder");
    }
    Path file = root.resolve(relativeName.toString());
    if (!created.add(file)) {
      throw new FilerException("Resource already created : " + file);
    }
    return fileObject(file);
  }
}
