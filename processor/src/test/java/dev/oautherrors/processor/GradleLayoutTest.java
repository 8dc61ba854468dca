package dev.oautherrors.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.processor.load.CatalogLocator;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What can be checked of Gradle without Gradle: javac run as Gradle's compileJava runs it (class
 * output in build/classes/java/main, generated sources in build/generated/..., src/main/resources
 * on no class path), with the argument that the Kotlin DSL snippet of
 * docs/build-integration.md passes, and that snippet declaring the catalog as an input of the
 * compilation. The registration for incremental compilation is {@link GradleRegistrationTest}.
 */
class GradleLayoutTest {
  private static final Path DOC = Path.of("../docs/build-integration.md");
  private static final Path README = Path.of("../README.md");
  private static final String CATALOG = """
      package: com.example.login.oauth
      errors:
        - code: access_denied
          cause: User denied access to the client app.
      """;
  private static final String HANDLER = """
      package com.example.login;

      import com.example.login.oauth.AccessDeniedException;
      import com.example.login.oauth.UnknownOAuthErrorException;
      import dev.oautherrors.annotations.OAuthErrorHandler;

      @OAuthErrorHandler
      final class LoginErrors {
        String onDenied(AccessDeniedException e) { return "denied"; }
        String onUnknown(UnknownOAuthErrorException e) { return e.code(); }
      }
      """;

  @TempDir Path project;

  @Test
  void theDocumentedSnippetPassesTheCatalogAsAnInputFileOfCompileJava() throws IOException {
    String snippet = kotlinSnippet(DOC);
    assertEquals(snippet, kotlinSnippet(README), "README's Gradle snippet differs from " + DOC);
    assertTrue(snippet.contains("options.compilerArgumentProviders.add("), snippet);
    assertTrue(snippet.contains("@get:InputFile"), snippet);
    assertTrue(snippet.contains("@get:PathSensitive(PathSensitivity.RELATIVE)"), snippet);
    assertTrue(snippet.contains("layout.projectDirectory.file(\"src/main/resources/errors.yaml\")"),
        snippet);
    assertTrue(snippet.contains("annotationProcessor(\"dev.oautherrors:oauth-errors-processor:"),
        snippet);
    Matcher argument = Pattern.compile("\"-A([a-z.]+)=\\$\\{").matcher(snippet);
    assertTrue(argument.find(), snippet);
    assertEquals(CatalogLocator.CATALOG_OPTION, argument.group(1));
  }

  @Test
  void compilesAsGradleDoesWithTheCatalogGivenByItsAbsolutePath() throws IOException {
    Path catalog = write("src/main/resources/errors.yaml", CATALOG);
    Compiled compiled = compile("-A" + CatalogLocator.CATALOG_OPTION + "=" + catalog.toAbsolutePath());
    assertTrue(compiled.success(), compiled.output());
    assertTrue(Files.isRegularFile(project.resolve(
        "build/generated/sources/annotationProcessor/java/main/com/example/login/oauth/OAuthErrors.java")));
    assertTrue(Files.isRegularFile(project.resolve(
        "build/classes/java/main/com/example/login/LoginErrorsDispatcher.class")));
  }

  @Test
  void withoutTheArgumentTheCatalogIsStillFoundNextToTheBuildFolder() throws IOException {
    write("src/main/resources/errors.yaml", CATALOG);
    Compiled compiled = compile();
    assertTrue(compiled.success(), compiled.output());
    assertTrue(Files.isRegularFile(project.resolve(
        "build/classes/java/main/com/example/login/LoginErrorsDispatcher.class")));
  }

  private record Compiled(boolean success, String output) {}

  private Compiled compile(String... options) throws IOException {
    Path source = write("src/main/java/com/example/login/LoginErrors.java", HANDLER);
    Path classes = Files.createDirectories(project.resolve("build/classes/java/main"));
    Path generated = Files.createDirectories(
        project.resolve("build/generated/sources/annotationProcessor/java/main"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new ArrayList<>(List.of("--release", "17",
        "-d", classes.toString(), "-s", generated.toString(),
        // Gradle's compile class path: the dependencies, never src/main/resources.
        "-classpath", System.getProperty("java.class.path")));
    arguments.addAll(List.of(options));
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(output, files, null, arguments, null,
          files.getJavaFileObjects(new File(source.toString())));
      task.setProcessors(List.of(new OAuthErrorsProcessor()));
      return new Compiled(task.call(), output.toString());
    }
  }

  private Path write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static String kotlinSnippet(Path file) throws IOException {
    String doc = Files.readString(file, StandardCharsets.UTF_8);
    int start = doc.indexOf("```kotlin\n// build.gradle.kts");
    assertTrue(start >= 0, "no ```kotlin block starting with // build.gradle.kts in " + file);
    return doc.substring(start, doc.indexOf("```\n", start + 3));
  }
}
