package dev.oautherrors.processor.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.oautherrors.processor.OAuthErrorsProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/** Runs javac with the processor on a catalog text and some sources, as a user's build would. */
public final class TestCompiler {
  /** A source to compile when a test needs none of its own. */
  public static final JavaFileObject PLACEHOLDER =
      JavaFileObjects.forSourceLines("test.Placeholder", "package test;", "class Placeholder {}");

  private TestCompiler() {}

  /** Writes {@code yaml} to a temporary errors.yaml and compiles {@code sources} against it. */
  public static Compilation compile(String yaml, JavaFileObject... sources) {
    return compile(yaml, List.of(), sources);
  }

  /** As {@link #compile(String, JavaFileObject...)}, with extra javac options. */
  public static Compilation compile(String yaml, List<String> options, JavaFileObject... sources) {
    Path catalog = writeCatalog(yaml);
    List<String> all = new ArrayList<>();
    all.add("-Aoauth.errors.catalog=" + catalog);
    all.addAll(options);
    List<JavaFileObject> files = new ArrayList<>(Arrays.asList(sources));
    if (files.isEmpty()) {
      files.add(PLACEHOLDER);
    }
    return javac().withProcessors(new OAuthErrorsProcessor()).withOptions(all).compile(files);
  }

  /** As {@link #compile(String, JavaFileObject...)}, with the catalog file's exact bytes. */
  public static Compilation compile(byte[] catalogBytes, JavaFileObject... sources) {
    Path catalog = writeCatalog(catalogBytes);
    List<JavaFileObject> files = new ArrayList<>(Arrays.asList(sources));
    if (files.isEmpty()) {
      files.add(PLACEHOLDER);
    }
    return javac().withProcessors(new OAuthErrorsProcessor())
        .withOptions("-Aoauth.errors.catalog=" + catalog).compile(files);
  }

  /** Writes {@code yaml} to a new temporary directory as errors.yaml. */
  public static Path writeCatalog(String yaml) {
    return writeCatalog(yaml.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code bytes} to a new temporary directory as errors.yaml. */
  public static Path writeCatalog(byte[] bytes) {
    try {
      Path dir = Files.createTempDirectory("oauth-errors-test");
      dir.toFile().deleteOnExit();
      Path catalog = dir.resolve("errors.yaml");
      Files.write(catalog, bytes);
      catalog.toFile().deleteOnExit();
      return catalog;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test resource as text. */
  public static String resource(String name) {
    try (var in = TestCompiler.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A generated source's text. */
  public static String generated(Compilation compilation, String qualifiedName) {
    try {
      return compilation.generatedSourceFile(qualifiedName)
          .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName))
          .getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
