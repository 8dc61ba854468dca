package dev.oautherrors.catalogimport;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.oautherrors.catalogimport.CatalogImporter.Mode;
import dev.oautherrors.processor.OAuthErrorsProcessor;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imported catalogs compile through the processor, as a user's build would compile them. */
class ProcessorAcceptsImportTest {
  @TempDir
  Path dir;

  private static Compilation compile(Path catalog, JavaFileObject source) {
    return javac().withProcessors(new OAuthErrorsProcessor())
        .withOptions("-Aoauth.errors.catalog=" + catalog, "-Xlint:all", "-Werror")
        .compile(source);
  }

  @Test
  void aNewCatalogFromATableCompilesAndAHandlerMustCoverEveryImportedCode() throws Exception {
    Path catalog = dir.resolve("errors.yaml");
    CatalogImporter.run(CatalogImporterTest.acme(catalog).packageName("com.example.acme")
        .build(), Mode.IMPORT);

    Compilation types = compile(catalog, JavaFileObjects.forSourceLines("test.Placeholder",
        "package test;", "class Placeholder {}"));
    assertThat(types).succeededWithoutWarnings();
    assertThat(types).generatedSourceFile("com.example.acme.InvalidGrantException");
    assertThat(types).generatedSourceFile("com.example.acme.PipeCodeException");

    Compilation missing = compile(catalog, JavaFileObjects.forSourceLines("com.example.Handler",
        "package com.example;",
        "import com.example.acme.InvalidGrantException;",
        "import com.example.acme.PipeCodeException;",
        "import dev.oautherrors.annotations.OAuthErrorHandler;",
        "@OAuthErrorHandler",
        "final class Handler {",
        "  String onGrant(InvalidGrantException e) { return e.documentedCause(); }",
        "  String onPipe(PipeCodeException e) { return e.code(); }",
        "}"));

    assertThat(missing).hadErrorContaining(
        "Handler does not handle 7 codes of errors.yaml, nor codes it does not list");
    assertThat(missing).hadErrorContaining("- slow_down (errors.yaml:");
  }

  @Test
  void aHandEditedCatalogStillCompilesAfterItsUpdate() throws Exception {
    Path catalog = Fixtures.copy("catalogs/hand-edited.yaml", dir);
    CatalogImporter.run(CatalogImporterTest.acme(catalog).build(), Mode.IMPORT);

    Compilation compilation = compile(catalog, JavaFileObjects.forSourceLines("test.Use",
        "package test;",
        "class Use {",
        "  Object scope = com.example.acme.oauth.InvalidScopeException.class;",
        "  Object pending = com.example.acme.oauth.AuthorizationPendingException.class;",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
  }
}
