package dev.oautherrors.processor.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.oautherrors.processor.testing.GoldenFiles;
import dev.oautherrors.processor.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated sources of a small catalog that uses every feature, compared byte for byte with
 * golden files. After an intended change, regenerate them with {@code mvn -pl processor test
 * -Dtest=GeneratedSourcesTest -Dgolden.update=true} and review the diff.
 */
class GeneratedSourcesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/small");
  private static final String SMALL = TestCompiler.resource("catalogs/small.yaml");

  @Test
  void generatedSourcesMatchTheGoldenFiles() throws IOException {
    GoldenFiles.check(GOLDEN, generatedSources(TestCompiler.compile(SMALL)));
  }

  @Test
  void theSameCatalogGivesByteIdenticalSources() {
    Map<String, String> first = generatedSources(TestCompiler.compile(SMALL));
    Map<String, String> second = generatedSources(TestCompiler.compile(SMALL));
    assertEquals(first, second);
    assertEquals(10, first.size(), "base, 5 codes, unknown, 1 group, visitor, catalog");
  }

  @Test
  void generatedCodeAndItsUseCompileWithoutWarningsUnderXlintAll() {
    JavaFileObject user = JavaFileObjects.forSourceLines("com.example.golden.Use",
        "package com.example.golden;",
        "",
        "import dev.oautherrors.runtime.ParseResult;",
        "",
        "final class Use {",
        "  static String describe(String body) {",
        "    ParseResult<OAuthErrorException> result = OAuthErrors.parser().parseBody(body);",
        "    if (result instanceof ParseResult.ErrorResponse<OAuthErrorException> e) {",
        "      return e.error().accept(new Namer());",
        "    }",
        "    return \"none\";",
        "  }",
        "",
        "  static final class Namer implements OAuthErrorVisitor<String> {",
        "    @Override public String visitAccessDenied(AccessDeniedException e) { return e.code(); }",
        "    @Override public String visitInvalidClientId(InvalidClientIdException e) {",
        "      return e.code();",
        "    }",
        "    @Override public String visitSlowDown(SlowDownException e) { return e.code(); }",
        "    @Override public String visitInvalidGrant(InvalidGrantException e) {",
        "      return e.reason().map(InvalidGrantException.Reason::id).orElse(e.code());",
        "    }",
        "    @Override public String visitNoOAuthState(NoOAuthStateException e) { return e.code(); }",
        "    @Override public String visitUnknown(UnknownOAuthErrorException e) { return e.code(); }",
        "  }",
        "}");
    Compilation compilation =
        TestCompiler.compile(SMALL, List.of("-Xlint:all", "-Werror"), user);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void baseIsSealedFromJava17AndPlainAbstractBelow() {
    // Only the writer is exercised for source 16: the runtime jar needs 17 to compile against.
    Map<String, String> sealed = generatedSources(TestCompiler.compile(SMALL));
    assertTrue(sealed.get("OAuthErrorException.java")
        .contains("public abstract sealed class OAuthErrorException"));
    assertTrue(sealed.get("ClientConfigurationError.java")
        .contains("public sealed interface ClientConfigurationError extends TypedOAuthError"));
    String open = TestCatalogs.generate(SMALL, false).get("OAuthErrorException.java");
    assertTrue(open.contains("public abstract class OAuthErrorException"
        + " extends AbstractOAuthErrorException {"), open);
    assertFalse(open.contains("permits"));
  }

  @Test
  void eachFileIsMarkedGeneratedWithoutPathsOrDates() {
    for (Map.Entry<String, String> file : generatedSources(TestCompiler.compile(SMALL)).entrySet()) {
      assertTrue(file.getValue().contains("@Generated(\n    value = \"dev.oautherrors.processor."
          + "OAuthErrorsProcessor\",\n    comments = \"from errors.yaml\"\n)"), file.getKey());
    }
  }

  @Test
  void longTextIsNeverCutInsideACharacter() {
    // Long causes become concatenated literals of 72 chars; a cut between the two halves of an
    // emoji left a lone surrogate in each literal, which the UTF-8 source file cannot hold.
    String cause = "a".repeat(71) + "\uD83D\uDE45 " + "b".repeat(70) + "\uD83D\uDE45";
    Compilation compilation = TestCompiler.compile("package: com.example.emoji\nerrors:\n"
        + "  - code: access_denied\n    cause: " + cause + "\n");
    String source = generatedSources(compilation).get("AccessDeniedException.java");
    assertTrue(source.contains("\"" + "a".repeat(71) + "\"\n"), source);
    assertTrue(source.contains("+ \"\uD83D\uDE45 \"\n"), source);
    assertFalse(source.contains("?"), source);
  }

  static Map<String, String> generatedSources(Compilation compilation) {
    assertThat(compilation).succeeded();
    for (Diagnostic<?> d : compilation.diagnostics()) {
      assertFalse(d.getKind() == Diagnostic.Kind.ERROR, d.toString());
    }
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String name = file.getName().substring(file.getName().lastIndexOf('/') + 1);
      try {
        sources.put(name, file.getCharContent(false).toString());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
    return sources;
  }
}
