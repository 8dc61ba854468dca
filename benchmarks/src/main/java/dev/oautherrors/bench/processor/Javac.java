package dev.oautherrors.bench.processor;

import com.fasterxml.jackson.core.JsonFactory;
import dev.oautherrors.annotations.OAuthErrorHandler;
import dev.oautherrors.processor.OAuthErrorsProcessor;
import dev.oautherrors.runtime.OAuthErrorParser;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One javac compilation through javax.tools, in this JVM: a fresh file manager and output folder
 * each time, as a build would start. The class path is what a user's module has: the runtime,
 * the annotations and jackson-core (plus, for some cases, classes compiled before).
 */
final class Javac {
  private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();
  private static final String BASE_CLASS_PATH = String.join(File.pathSeparator,
      codeSource(OAuthErrorParser.class), codeSource(OAuthErrorHandler.class),
      codeSource(JsonFactory.class));

  /** What a compilation took, and what it wrote. */
  record Run(long totalNanos, long processorNanos, Path classes, Path generated) {}

  private Javac() {}

  /**
   * Compiles {@code sources} into a new folder under {@code work}; with the processor if {@code
   * catalog} is not null (its sources go to a new folder too), else with {@code -proc:none}.
   * Always {@code -Xlint:all -Werror}: any warning fails the run.
   *
   * @throws IllegalStateException if javac reports an error
   */
  static Run compile(Path work, List<Path> sources, Path catalog, List<Path> extraClassPath) {
    try {
      Path classes = Files.createTempDirectory(work, "classes");
      Path generated = Files.createTempDirectory(work, "generated");
      List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror",
          "-encoding", "UTF-8", "--release", "17",
          "-d", classes.toString(), "-s", generated.toString(),
          "-classpath", classPath(extraClassPath)));
      TimedProcessor processor = null;
      if (catalog != null) {
        options.add("-Aoauth.errors.catalog=" + catalog.toAbsolutePath());
        processor = new TimedProcessor(new OAuthErrorsProcessor());
      } else {
        options.add("-proc:none");
      }
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      long start = System.nanoTime();
      boolean ok;
      try (StandardJavaFileManager files =
          COMPILER.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        JavaCompiler.CompilationTask task = COMPILER.getTask(null, files, diagnostics, options,
            null, files.getJavaFileObjectsFromPaths(sources));
        if (processor != null) {
          task.setProcessors(List.of(processor));
        }
        ok = task.call();
      }
      long total = System.nanoTime() - start;
      if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
        StringBuilder message = new StringBuilder("javac failed or warned:");
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          message.append("\n  ").append(d);
          if (message.length() > 4000) {
            break;
          }
        }
        throw new IllegalStateException(message.toString());
      }
      return new Run(total, processor == null ? 0 : processor.nanos(), classes, generated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every {@code .java} file under {@code folder}, in a fixed order. */
  static List<Path> javaFiles(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String classPath(List<Path> extra) {
    StringBuilder path = new StringBuilder(BASE_CLASS_PATH);
    for (Path p : extra) {
      path.append(File.pathSeparator).append(p);
    }
    return path.toString();
  }

  private static String codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
