package dev.oautherrors.catalogimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test pages under src/test/resources/pages, which this project wrote itself. */
public final class Fixtures {
  private Fixtures() {}

  /** The path of a test resource. */
  public static Path resource(String name) {
    URL url = Fixtures.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A test resource's text. */
  public static String text(String name) {
    try {
      return Files.readString(resource(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a test resource into {@code dir}; the copy's path. */
  public static Path copy(String name, Path dir) {
    try {
      Path target = dir.resolve(resource(name).getFileName().toString());
      Files.copy(resource(name), target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} as UTF-8 to {@code dir/name}; the path. */
  public static Path write(Path dir, String name, String text) {
    try {
      Path target = dir.resolve(name);
      Files.createDirectories(target.getParent());
      Files.writeString(target, text, StandardCharsets.UTF_8);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
