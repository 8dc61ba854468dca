package dev.oautherrors.processor.validate;

import static dev.oautherrors.processor.testing.Diagnosed.catalogError;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.oautherrors.processor.testing.TestCompiler;
import org.junit.jupiter.api.Test;

/**
 * One test per mistake in a {@code subCodes:} section: exactly one error, with its ID, its words
 * and the line and column of the mistake.
 */
class SubCodeDiagnosticsTest {
  /** A valid catalog up to the sub-codes; the section's lines follow from line 6. */
  private static final String HEAD = "package: com.example.oauth\n"
      + "errors:\n"
      + "  - code: invalid_grant\n"
      + "    cause: The grant was refused.\n"
      + "subCodes:\n";

  private static Compilation compile(String section) {
    return TestCompiler.compile(HEAD + section);
  }

  @Test
  void aValidSectionCompiles() {
    CompilationSubject.assertThat(compile("  field: error_codes\n"
            + "  descriptionPattern: '^AADSTS(\\d+):'\n"
            + "  codes:\n"
            + "    - id: 50126\n"
            + "      cause: Wrong password.\n"
            + "      errors: [invalid_grant]\n"))
        .succeededWithoutWarnings();
  }

  @Test
  void aSectionWithoutASourceSaysWhatToAdd() {
    catalogError(compile("  codes:\n    - id: 50126\n      cause: Wrong password.\n"),
        "SubCodeSource", "does not say where sub-codes come from; add field:", 5, 1);
  }

  @Test
  void aStandardMemberCannotHoldSubCodes() {
    catalogError(compile("  field: error_description\n"),
        "SubCodeSource", "field 'error_description' is the standard OAuth member", 6, 10);
  }

  @Test
  void anUnanchoredPatternIsRefused() {
    catalogError(compile("  descriptionPattern: 'AADSTS(\\d+):'\n"),
        "SubCodePattern", "it must start with '^'", 6, 23);
  }

  @Test
  void aPatternNeedsExactlyOneGroup() {
    String message = catalogError(compile("  descriptionPattern: '^AADSTS\\d+:'\n"),
        "SubCodePattern", "it has 0 capturing groups, and needs exactly one", 6, 23);
    assertTrue(message.contains("For example: '^AADSTS(\\\\d{1,10}):'") 
        || message.contains("For example: '^AADSTS(\\d{1,10}):'"), message);
    catalogError(compile("  descriptionPattern: '^(AADSTS)(\\d+):'\n"),
        "SubCodePattern", "it has 2 capturing groups", 6, 23);
  }

  @Test
  void aPatternThatCanBacktrackForLongIsRefused() {
    catalogError(compile("  descriptionPattern: '^((\\d+)+):'\n"),
        "SubCodePattern", "a quantifier follows the group", 6, 23);
    catalogError(compile("  descriptionPattern: '^(\\w+)\\1'\n"),
        "SubCodePattern", "back-reference", 6, 23);
    catalogError(compile("  descriptionPattern: '^a?a?a?(a*)'\n"),
        "SubCodePattern", "it has 4 quantifiers of variable length", 6, 23);
    catalogError(compile("  descriptionPattern: '^(?=x)(x)'\n"),
        "SubCodePattern", "look-around", 6, 23);
  }

  @Test
  void aPatternThatDoesNotCompileSaysWhere() {
    catalogError(compile("  descriptionPattern: '^AADSTS(\\d+'\n"),
        "SubCodePattern", "it is not a valid Java regular expression", 6, 23);
  }

  @Test
  void theSameSubCodeTwiceIsNamedWithTheFirstLine() {
    catalogError(compile("  field: error_codes\n"
            + "  codes:\n"
            + "    - id: 50126\n"
            + "      cause: Wrong password.\n"
            + "    - id: '50126'\n"
            + "      cause: Wrong password again.\n"),
        "DuplicateSubCode", "sub-code '50126' is already listed at line 8", 10, 11);
  }

  @Test
  void aConstantThatIsNotUpperSnakeCaseIsRefused() {
    catalogError(compile("  field: error_codes\n"
            + "  codes:\n"
            + "    - id: 50126\n"
            + "      javaName: wrongPassword\n"
            + "      cause: Wrong password.\n"),
        "InvalidJavaName", "'wrongPassword' in sub-code '50126' is not a valid Java constant"
            + " name", 9, 17);
  }

  @Test
  void theUnknownConstantIsTaken() {
    catalogError(compile("  field: error_codes\n"
            + "  codes:\n"
            + "    - id: unknown\n"
            + "      cause: Something.\n"),
        "JavaNameClash", "sub-code 'unknown' would generate the constant UNKNOWN", 8, 11);
  }

  @Test
  void twoSubCodesWithTheSameConstantAreNamed() {
    catalogError(compile("  field: error_codes\n"
            + "  codes:\n"
            + "    - id: bad-request\n"
            + "      cause: One.\n"
            + "    - id: bad_request\n"
            + "      cause: Two.\n"),
        "JavaNameClash", "sub-codes 'bad_request' and 'bad-request' (line 8) would both generate"
            + " the constant BAD_REQUEST", 10, 11);
  }

  @Test
  void anErrorCodeTheCatalogDoesNotDefineIsNamedWithTheNearest() {
    catalogError(compile("  field: error_codes\n"
            + "  codes:\n"
            + "    - id: 50126\n"
            + "      cause: Wrong password.\n"
            + "      errors: [invalid_grnt]\n"),
        "UndefinedReference", "error code 'invalid_grnt' is not defined in this catalog", 10, 16);
  }

  @Test
  void anUnknownFieldInASubCodeSuggestsTheNearest() {
    catalogError(compile("  field: error_codes\n"
            + "  codes:\n"
            + "    - id: 50126\n"
            + "      cuase: Wrong password.\n"
            + "      cause: Wrong password.\n"),
        "UnknownField", "unknown field 'cuase' in sub-code #1", 9, 7);
  }
}
