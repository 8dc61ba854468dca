package dev.oautherrors.processor.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.oautherrors.processor.OAuthErrorsProcessor;
import dev.oautherrors.processor.testing.Diagnosed;
import dev.oautherrors.processor.testing.TestCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Several catalogs in one module ({@code errors/*.yaml}): each generated into its own package, a
 * handler per catalog, and the ambiguities as located errors on the annotation.
 */
class SeveralCatalogsTest {
  private static final String ACME = """
      package: com.example.acme
      errors:
        - code: access_denied
          cause: The user said no.
        - code: acme_locked
          cause: The account is locked.
      """;
  private static final String ENTRA = """
      package: com.example.entra
      extends:
        - catalog: rfc6749
          codes: [invalid_grant, invalid_client]
      """;

  private static Path folder(String acme, String entra) {
    try {
      Path dir = Files.createTempDirectory("oauth-errors-several").resolve("errors");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("acme.yaml"), acme);
      Files.writeString(dir.resolve("entra.yaml"), entra);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Compilation compile(Path folder, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new OAuthErrorsProcessor())
        .withOptions("-Aoauth.errors.catalog=" + folder).compile(sources);
  }

  private static JavaFileObject entraHandler(String annotation) {
    return JavaFileObjects.forSourceLines("com.example.app.EntraErrors",
        "package com.example.app;",
        "",
        "import com.example.entra.*;",
        "import dev.oautherrors.annotations.OAuthErrorHandler;",
        "",
        annotation,
        "final class EntraErrors {",
        "  String onGrant(InvalidGrantException e) { return \"grant\"; }",
        "  String onClient(InvalidClientException e) { return \"client\"; }",
        "  String onUnknown(UnknownOAuthErrorException e) { return \"unknown\"; }",
        "}");
  }

  private static final JavaFileObject ACME_HANDLER = JavaFileObjects.forSourceLines(
      "com.example.app.AcmeErrors",
      "package com.example.app;",
      "",
      "import com.example.acme.*;",
      "import dev.oautherrors.annotations.OAuthErrorHandler;",
      "",
      "@OAuthErrorHandler(catalog = \"acme\")",
      "final class AcmeErrors {",
      "  String onDenied(AccessDeniedException e) { return \"denied\"; }",
      "  String onLocked(AcmeLockedException e) { return \"locked\"; }",
      "  String onUnknown(UnknownOAuthErrorException e) { return \"unknown\"; }",
      "}");

  @Test
  void eachCatalogGetsItsPackageAndEachHandlerItsDispatcher() {
    Compilation compilation = compile(folder(ACME, ENTRA),
        entraHandler("@OAuthErrorHandler(catalog = \"entra\")"), ACME_HANDLER);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(),
        compilation.diagnostics()::toString);
    TestCompiler.generated(compilation, "com.example.acme.AcmeLockedException");
    TestCompiler.generated(compilation, "com.example.entra.InvalidGrantException");
    TestCompiler.generated(compilation, "com.example.app.EntraErrorsDispatcher");
    TestCompiler.generated(compilation, "com.example.app.AcmeErrorsDispatcher");
  }

  @Test
  void aHandlerOfTheWrongCatalogMissesItsCodes() {
    Compilation compilation = compile(folder(ACME, ENTRA),
        entraHandler("@OAuthErrorHandler(catalog = \"acme\")"), ACME_HANDLER);
    assertEquals(Compilation.Status.FAILURE, compilation.status());
  }

  @Test
  void aHandlerThatNamesNoCatalogIsAmbiguous() {
    Compilation compilation = compile(folder(ACME, ENTRA),
        entraHandler("@OAuthErrorHandler"), ACME_HANDLER);
    String message = Diagnosed.onlyError(compilation, "AmbiguousCatalog");
    assertTrue(message.contains("handler class EntraErrors does not say which catalog it covers, "
        + "and this module has 2 catalogs: acme, entra"), message);
    assertTrue(message.contains("@OAuthErrorHandler(catalog = \"acme\")"), message);
    assertEquals(6, compilation.errors().get(0).getLineNumber(), "reported on the annotation");
  }

  @Test
  void aCatalogNameThatDoesNotExistIsAnErrorWithASuggestion() {
    Compilation compilation = compile(folder(ACME, ENTRA),
        entraHandler("@OAuthErrorHandler(catalog = \"entr\")"), ACME_HANDLER);
    String message = Diagnosed.onlyError(compilation, "UnknownCatalog");
    assertTrue(message.contains("names catalog 'entr'"), message);
    assertTrue(message.contains("entra"), message);
  }

  @Test
  void twoCatalogsInOnePackageClash() {
    String message = Diagnosed.onlyError(compile(folder(ACME,
            ENTRA.replace("com.example.entra", "com.example.acme")), TestCompiler.PLACEHOLDER),
        "PackageClash");
    assertTrue(message.contains("catalog entra generates into package com.example.acme, as "
        + "catalog acme does"), message);
    assertTrue(message.contains("entra.yaml:1:10"), message);
  }
}
