package dev.oautherrors.processor.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.oautherrors.processor.testing.CompiledClasses;
import dev.oautherrors.processor.testing.GoldenFiles;
import dev.oautherrors.processor.testing.TestCompiler;
import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A catalog with {@code subCodes:} generates its sub-code enum and typed accessors: golden files,
 * a user's code that switches over the enum compiles under {@code -Xlint:all -Werror}, and the
 * compiled parser reads Entra-shaped bodies into the constants. Regenerate the golden files with
 * {@code -Dgolden.update=true} and review the diff.
 */
class SubCodeGenerationTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/subcodes");
  private static final String CATALOG = TestCompiler.resource("catalogs/subcodes.yaml");
  private static final String ENTRA_BODY = "{\"error\":\"invalid_grant\",\"error_description\":"
      + "\"AADSTS50126: Error validating credentials. Trace ID: 0b8e Correlation ID: 5c1d "
      + "Timestamp: 2026-01-01 10:00:00Z\",\"error_codes\":[50126],\"timestamp\":"
      + "\"2026-01-01 10:00:00Z\",\"trace_id\":\"0b8e\",\"correlation_id\":\"5c1d\"}";

  @Test
  void generatedSourcesMatchTheGoldenFiles() throws IOException {
    Map<String, String> generated = new TreeMap<>();
    TestCatalogs.generate(CATALOG, true).forEach(generated::put);
    GoldenFiles.check(GOLDEN, generated);
    assertEquals(generated, new TreeMap<>(TestCatalogs.generate(CATALOG, true)),
        "byte-identical on a second run");
  }

  @Test
  void aSwitchOverTheEnumCompilesWithoutWarnings() {
    JavaFileObject user = JavaFileObjects.forSourceLines("com.example.entra.Use",
        "package com.example.entra;",
        "",
        "final class Use {",
        "  static String advice(InvalidGrantException e) {",
        "    return e.subCode().map(sub -> switch (sub) {",
        "      case INVALID_USERNAME_OR_PASSWORD -> \"check the password\";",
        "      case EXPIRED_OR_REVOKED_GRANT, MFA_REQUIRED -> \"sign in again\";",
        "      case SUB_7000215 -> \"fix the secret\";",
        "      case UNKNOWN -> \"unlisted: \" + e.rawSubCode().orElseThrow();",
        "    }).orElse(\"no sub-code\");",
        "  }",
        "}");
    Compilation compilation = TestCompiler.compile(CATALOG, List.of("-Xlint:all", "-Werror"), user);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void theCompiledParserTypesTheSubCodeOfEveryInput() throws Exception {
    Compilation compilation = TestCompiler.compile(CATALOG);
    assertThat(compilation).succeeded();
    CompiledClasses classes = new CompiledClasses(compilation);
    @SuppressWarnings("unchecked")
    OAuthErrorParser<AbstractOAuthErrorException> parser =
        (OAuthErrorParser<AbstractOAuthErrorException>) classes.call(
            "com.example.entra.OAuthErrors", "parser");
    Class<?> subCode = classes.loadClass("com.example.entra.SubCode");

    AbstractOAuthErrorException fromField = error(parser.parseBody(ENTRA_BODY));
    assertEquals(Optional.of("50126"), fromField.rawSubCode());
    assertEquals(Optional.of(constant(subCode, "INVALID_USERNAME_OR_PASSWORD")),
        subCodeOf(fromField));
    assertEquals("com.example.entra.InvalidGrantException", fromField.getClass().getName());

    // The same body as bytes and inside a whole response.
    assertEquals(Optional.of("50126"),
        error(parser.parseBody(ENTRA_BODY.getBytes(StandardCharsets.UTF_8))).rawSubCode());
    assertEquals(Optional.of("50126"), error(parser.parseResponse(400,
        dev.oautherrors.runtime.Headers.EMPTY, ENTRA_BODY)).rawSubCode());

    // Without error_codes, the description's prefix gives it; flat bodies take the fast path.
    AbstractOAuthErrorException fromDescription = error(parser.parseBody(
        "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70008: expired\"}"));
    assertEquals(Optional.of(constant(subCode, "EXPIRED_OR_REVOKED_GRANT")),
        subCodeOf(fromDescription));

    // A sub-code the catalog does not list is UNKNOWN, and the raw value stays.
    AbstractOAuthErrorException unlisted = error(parser.parseBody(
        "{\"error\":\"invalid_grant\",\"error_codes\":[\"9999999\",1]}"));
    assertEquals(Optional.of(constant(subCode, "UNKNOWN")), subCodeOf(unlisted));
    assertEquals(Optional.of("9999999"), unlisted.rawSubCode());

    // Exact-text reasons keep working beside the sub-code.
    AbstractOAuthErrorException locked = error(parser.parseBody("{\"error\":\"invalid_grant\","
        + "\"error_description\":\"Account is locked.\",\"error_codes\":[50053]}"));
    assertEquals("account_is_locked", locked.knownReason().orElseThrow().id());
    assertEquals(Optional.of("50053"), locked.rawSubCode());
    assertEquals(Optional.of(constant(subCode, "UNKNOWN")), subCodeOf(locked));

    // No sub-code at all: empty, not UNKNOWN.
    AbstractOAuthErrorException none = error(parser.parseBody("{\"error\":\"invalid_grant\"}"));
    assertEquals(Optional.empty(), subCodeOf(none));

    // An error read by another library gets the sub-code its description names.
    AbstractOAuthErrorException typed = parser.typed(OAuthError.builder("invalid_client")
        .description("AADSTS7000215: Invalid client secret provided.").build());
    assertEquals(Optional.of(constant(subCode, "SUB_7000215")), subCodeOf(typed));
  }

  @Test
  void theEnumDescribesItsConstantsAndLooksThemUp() throws Exception {
    Compilation compilation = TestCompiler.compile(CATALOG);
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> subCode = classes.loadClass("com.example.entra.SubCode");
    Object mfa = subCode.getMethod("of", String.class).invoke(null, "50076");
    assertSame(constant(subCode, "MFA_REQUIRED"), mfa);
    assertEquals(List.of("interaction_required", "invalid_grant"),
        subCode.getMethod("errorCodes").invoke(mfa));
    assertEquals("A second factor is required by policy.", subCode.getMethod("cause").invoke(mfa));
    assertEquals(Optional.empty(), subCode.getMethod("action").invoke(mfa));
    assertEquals(Optional.empty(), subCode.getMethod("lookup", String.class).invoke(null, "1"));
    Object unknown = subCode.getMethod("of", String.class).invoke(null, "1");
    assertFalse((Boolean) subCode.getMethod("isKnown").invoke(unknown));
    assertTrue((Boolean) subCode.getMethod("isKnown").invoke(mfa));
    assertEquals(List.of(), subCode.getMethod("errorCodes").invoke(unknown));
  }

  private static AbstractOAuthErrorException error(
      ParseResult<AbstractOAuthErrorException> result) {
    assertTrue(result instanceof ParseResult.ErrorResponse, result::toString);
    return ((ParseResult.ErrorResponse<AbstractOAuthErrorException>) result).error();
  }

  private static Object subCodeOf(AbstractOAuthErrorException error) throws Exception {
    return error.getClass().getMethod("subCode").invoke(error);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object constant(Class<?> enumType, String name) {
    return Enum.valueOf((Class) enumType, name);
  }
}
