package dev.oautherrors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.oautherrors.processor.testing.Diagnosed;
import dev.oautherrors.processor.testing.TestCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The processor as javac runs it: finding the catalog, and failing cleanly. */
class ProcessorEndToEndTest {

  @Test
  void withoutACatalogOneErrorListsEveryPlaceTried() {
    Compilation compilation = javac().withProcessors(new OAuthErrorsProcessor())
        .compile(TestCompiler.PLACEHOLDER);
    String message = Diagnosed.onlyError(compilation, "CatalogNotFound");
    assertTrue(message.contains("class path: errors.yaml (not found)"), message);
    assertTrue(message.contains("-Aoauth.errors.catalog=<path>"), message);
  }

  @Test
  void catalogOnTheClassPathIsFoundByResourceName() {
    Compilation compilation = javac().withProcessors(new OAuthErrorsProcessor())
        .withOptions("-Aoauth.errors.resource=catalogs/small.yaml")
        .compile(TestCompiler.PLACEHOLDER);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.golden.OAuthErrors");
  }

  @Test
  void badCatalogGivesOneErrorAndNoCascade() {
    Compilation compilation = TestCompiler.compile(
        "package: com.example.oauth\nerrors:\n  - code: a\n");
    Diagnosed.onlyError(compilation, "MissingField");
  }

  @Test
  void everyProblemInTheFileIsReportedAtOnce() {
    Compilation compilation = TestCompiler.compile("package: com.example.oauth\nerrors:\n"
        + "  - code: a\n    casue: b\n  - code: c\n    cause: d\n    retry: maybe\n");
    // Two mistakes, two errors: 'casue' is not also reported as a missing 'cause'.
    assertThat(compilation).hadErrorCount(2);
    Diagnosed.assertNoStackTrace(compilation);
    assertThat(compilation).hadErrorContaining("[OAuthErrors/UnknownField] unknown field 'casue'");
    assertThat(compilation).hadErrorContaining("[OAuthErrors/UnknownValue] 'maybe' is not a valid "
        + "value of 'retry'");
  }

  @Test
  void typesAlreadyOnTheClassPathFromTheSameCatalogAreNotGeneratedAgain() {
    String small = TestCompiler.resource("catalogs/small.yaml");
    Compilation first = TestCompiler.compile(small);
    assertThat(first).succeeded();
    Compilation second = javac().withProcessors(new OAuthErrorsProcessor())
        .withClasspath(classPathWith(first))
        .withOptions("-Aoauth.errors.catalog=" + TestCompiler.writeCatalog(small))
        .compile(TestCompiler.PLACEHOLDER);
    assertThat(second).succeededWithoutWarnings();
    assertTrue(second.generatedSourceFiles().isEmpty(), "nothing generated the second time");
  }

  private static List<java.io.File> classPathWith(Compilation compilation) {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("classes");
      for (var file : compilation.generatedFiles()) {
        if (file.getKind() == javax.tools.JavaFileObject.Kind.CLASS) {
          String name = file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "");
          java.nio.file.Path target = dir.resolve(name);
          java.nio.file.Files.createDirectories(target.getParent());
          try (var in = file.openInputStream()) {
            java.nio.file.Files.copy(in, target);
          }
        }
      }
      List<java.io.File> path = new java.util.ArrayList<>();
      path.add(dir.toFile());
      for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
        path.add(new java.io.File(entry));
      }
      return path;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
