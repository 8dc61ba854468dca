package dev.oautherrors.processor.validate;

import static dev.oautherrors.processor.testing.Diagnosed.catalogError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.oautherrors.processor.OAuthErrorsProcessor;
import dev.oautherrors.processor.testing.Diagnosed;
import dev.oautherrors.processor.testing.TestCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code extends} and {@code override}: what a catalog inherits, and each conflict as one located
 * error that names both origins.
 */
class CompositionTest {

  private static Compilation compileIn(Path dir, String yaml) {
    try {
      Path catalog = dir.resolve("errors.yaml");
      Files.writeString(catalog, yaml);
      return Compiler.javac().withProcessors(new OAuthErrorsProcessor())
          .withOptions("-Aoauth.errors.catalog=" + catalog).compile(TestCompiler.PLACEHOLDER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path directoryWith(String name, String yaml) {
    try {
      Path dir = Files.createTempDirectory("oauth-errors-composition");
      Files.writeString(dir.resolve(name), yaml);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void extendingABundledCatalogGeneratesItsCodesWithTheirCitations() {
    Compilation compilation = TestCompiler.compile(
        "package: com.example.oauth\nextends: rfc6749\n");
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics()::toString);
    String source = TestCompiler.generated(compilation, "com.example.oauth.InvalidGrantException");
    assertTrue(source.contains(
        "@see <a href=\"https://www.rfc-editor.org/rfc/rfc6749#section-5.2\">RFC 6749 §5.2</a>"),
        source);
    assertTrue(source.contains("ReauthorizationNeeded"), source);
  }

  @Test
  void anOverrideReplacesFieldsKeepsTheRestAndAddsCitations() {
    Compilation compilation = TestCompiler.compile("""
        package: com.example.oauth
        extends:
          - catalog: rfc6749
            codes: [invalid_grant]
        errors:
          - code: invalid_grant
            override: true
            cause: Our server's own words.
            see:
              - ref: Example §1
                url: https://example.com/errors#1
        """);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics()::toString);
    String source = TestCompiler.generated(compilation, "com.example.oauth.InvalidGrantException");
    assertTrue(source.contains("Our server's own words."), source);
    assertTrue(source.contains("RFC 6749 §5.2</a>"), source);
    assertTrue(source.contains("Example §1</a>"), source);
    assertTrue(source.contains("RetryAdvice#RESTART") || source.contains("ReauthorizationNeeded"),
        source);
  }

  @Test
  void aCodeRedefinedWithoutOverrideNamesItsOrigin() {
    String message = catalogError(TestCompiler.compile("""
        package: com.example.oauth
        extends: rfc6749
        errors:
          - code: invalid_grant
            cause: Mine.
        """), "RedefinedCode", "code 'invalid_grant' is already defined by rfc6749", 4, 11);
    assertTrue(message.contains("META-INF/oauth-errors/catalogs/rfc6749.yaml:"), message);
  }

  @Test
  void overridingACodeNoBaseHasIsAnError() {
    catalogError(TestCompiler.compile("""
        package: com.example.oauth
        extends: rfc6749
        errors:
          - code: invalid_grantt
            override: true
            cause: Mine.
        """), "NothingToOverride", "did you mean invalid_grant?", 4, 11);
  }

  @Test
  void renamingAnInheritedTypeIsAnError() {
    catalogError(TestCompiler.compile("""
        package: com.example.oauth
        extends: rfc6749
        errors:
          - code: invalid_grant
            override: true
            javaName: BadGrant
        """), "RenamedType", "renames its types from InvalidGrant (rfc6749", 6, 15);
  }

  @Test
  void anUnknownCatalogListsTheBundledOnes() {
    String message = catalogError(TestCompiler.compile("""
        package: com.example.oauth
        extends: [rfc6794]
        """), "UnknownBaseCatalog", "did you mean rfc6749?", 2, 11);
    assertTrue(message.contains("oauth-standard"), message);
  }

  @Test
  void takingACodeTheBaseLacksIsAnError() {
    catalogError(TestCompiler.compile("""
        package: com.example.oauth
        extends:
          - catalog: rfc6750
            codes: [invalid_token, slow_down]
        """), "BaseLacksCode", "takes code 'slow_down' from rfc6750", 4, 28);
  }

  @Test
  void aCycleOfFilesIsAnErrorThatShowsTheChain() {
    Path dir = directoryWith("common.yaml", "extends: ./errors.yaml\nerrors: []\n");
    String message = Diagnosed.onlyError(compileIn(dir, """
        package: com.example.oauth
        extends: ./common.yaml
        """), "ExtendsCycle");
    assertTrue(message.contains("extends forms a cycle: errors.yaml -> common.yaml -> errors.yaml"),
        message);
    // Reported at the extends that closes the cycle.
    assertTrue(message.contains("common.yaml:1:10"), message);
  }

  @Test
  void twoBasesDefiningACodeIndependentlyConflict() {
    Path dir = directoryWith("mine.yaml", """
        groups:
          g:
            description: Mine.
        errors:
          - code: invalid_grant
            cause: Mine, not derived from rfc6749's.
            group: g
        """);
    String message = catalogError(compileIn(dir, """
        package: com.example.oauth
        extends: [rfc6749, ./mine.yaml]
        """), "ConflictingBases", "code 'invalid_grant' comes from both rfc6749 (", 2, 20);
    assertTrue(message.contains("mine.yaml:5)"), message);
  }

  @Test
  void overridingSettlesAConflictBetweenBases() {
    Path dir = directoryWith("mine.yaml", """
        errors:
          - code: invalid_grant
            cause: Mine, not derived from rfc6749's.
        """);
    Compilation compilation = compileIn(dir, """
        package: com.example.oauth
        extends: [rfc6749, ./mine.yaml]
        errors:
          - code: invalid_grant
            override: true
            cause: Settled here.
        """);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics()::toString);
  }

  @Test
  void catalogsDerivedAlongAChainCombineAndTheDerivedWins() {
    Compilation compilation = TestCompiler.compile(
        "package: com.example.oauth\nextends: [rfc6749, rfc9449]\n");
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics()::toString);
    String source = TestCompiler.generated(compilation, "com.example.oauth.InvalidRequestException");
    assertTrue(source.contains("RFC 9449"), source);
  }

  @Test
  void aMistakeInABaseFileIsReportedInThatFile() {
    Path dir = directoryWith("mine.yaml", """
        errors:
          - code: my_code
            cause: Mine.
            retyr: never
        """);
    String message = Diagnosed.onlyError(compileIn(dir, """
        package: com.example.oauth
        extends: ./mine.yaml
        """), "UnknownField");
    assertTrue(message.contains("mine.yaml:4:5"), message);
  }
}
