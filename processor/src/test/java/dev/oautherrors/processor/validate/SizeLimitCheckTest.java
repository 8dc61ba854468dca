package dev.oautherrors.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.oautherrors.processor.testing.Diagnosed.catalogError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.oautherrors.processor.testing.TestCompiler;
import org.junit.jupiter.api.Test;

/**
 * A catalog too large for a class file gets an error at its line, not javac's {@code code too
 * large} in a generated file; and a catalog at every limit at once compiles, which proves the
 * limits are low enough for what the generator writes.
 */
class SizeLimitCheckTest {
  private static final String HEAD = "package: com.example.oauth\nerrors:\n";

  @Test
  void aCatalogAtEveryLimitCompiles() {
    // The costliest shapes: each reason with every field, and 3-byte characters in the longest
    // text (10,000 chars, 30,000 bytes of a 65,535-byte constant).
    StringBuilder yaml = new StringBuilder(HEAD)
        .append("  - code: invalid_grant\n")
        .append("    javaName: ").append("G".repeat(SizeLimitCheck.MAX_NAME_BYTES - 9)).append('\n')
        .append("    cause: ").append("\u20ac".repeat(SizeLimitCheck.MAX_VALUE_CHARS)).append('\n')
        .append("    aliases:\n");
    for (int i = 0; i < SizeLimitCheck.MAX_SPELLINGS_PER_CODE; i++) {
      yaml.append("      - invalid-grant-").append(i).append('\n');
    }
    yaml.append("    reasons:\n");
    for (int i = 0; i < SizeLimitCheck.MAX_SPELLINGS_PER_CODE; i++) {
      yaml.append("      - description: reason number ").append(i).append('\n')
          .append("        id: reason_").append(i).append('\n')
          .append("        cause: The cause of reason ").append(i).append(".\n")
          .append("        retry: back_off\n")
          .append("        action: Do what reason ").append(i).append(" needs.\n");
    }
    Compilation compilation = TestCompiler.compile(yaml.toString());
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void theMostSubCodesTheEnumCanHoldCompile() {
    // Every sub-code with every field, each text its own constant: the costliest enum.
    Compilation compilation = TestCompiler.compile(subCodes(SizeLimitCheck.MAX_SUB_CODES));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void moreSubCodesThanTheEnumCanHoldAreRefusedAtTheFirstOneOver() {
    catalogError(TestCompiler.compile(subCodes(SizeLimitCheck.MAX_SUB_CODES + 1)), "TooLarge",
        "the catalog lists 1,501 sub-codes, more than the 1,500 that one generated enum can hold",
        8 + 5 * SizeLimitCheck.MAX_SUB_CODES, 11);
  }

  private static String subCodes(int count) {
    StringBuilder yaml = new StringBuilder(HEAD)
        .append("  - code: invalid_grant\n    cause: c\n")
        .append("subCodes:\n  field: error_codes\n  codes:\n");
    for (int i = 0; i < count; i++) {
      yaml.append("    - id: ").append(1_000_000 + i).append('\n')
          .append("      javaName: A_RATHER_LONG_CONSTANT_NAME_FOR_SUB_CODE_").append(i).append('\n')
          .append("      cause: The cause of sub-code ").append(i).append(".\n")
          .append("      action: Do what sub-code ").append(i).append(" needs.\n")
          .append("      errors: [invalid_grant]\n");
    }
    return yaml.toString();
  }

  @Test
  void aValueLongerThanAStringConstantCanHoldIsRefused() {
    catalogError(TestCompiler.compile(HEAD + "  - code: access_denied\n"
            + "    cause: " + "x".repeat(SizeLimitCheck.MAX_VALUE_CHARS + 1) + "\n"),
        "TooLarge", "the cause of 'access_denied' is 10,001 characters long, more than the "
            + "10,000 that generated code can hold in one string", 3, 5);
  }

  @Test
  void aReasonIdIsMeasuredToo() {
    catalogError(TestCompiler.compile(HEAD + "  - code: invalid_grant\n    cause: c\n"
            + "    reasons:\n      - description: expired\n        id: "
            + "r".repeat(SizeLimitCheck.MAX_VALUE_CHARS + 1) + "\n"),
        "TooLarge", "the id of a reason of 'invalid_grant' is 10,001 characters long", 7, 13);
  }

  @Test
  void moreCodesThanOneVisitorCanHoldAreRefusedAtTheFirstOneOver() {
    StringBuilder yaml = new StringBuilder(HEAD);
    for (int i = 0; i <= SizeLimitCheck.MAX_CODES; i++) {
      yaml.append("  - {code: c").append(i).append(", cause: c}\n");
    }
    String message = catalogError(TestCompiler.compile(yaml.toString()), "TooLarge",
        "the catalog lists 20,001 codes, more than the 20,000 that one generated visitor "
            + "interface can hold", 3 + SizeLimitCheck.MAX_CODES, 12);
    assertTrue(message.contains("split the codes into catalogs of their own"), message);
  }

  @Test
  void moreAliasesThanTheLimitAreRefusedAtTheFirstOneOver() {
    StringBuilder yaml = new StringBuilder(HEAD + "  - code: access_denied\n    cause: c\n"
        + "    aliases:\n");
    for (int i = 0; i <= SizeLimitCheck.MAX_SPELLINGS_PER_CODE; i++) {
      yaml.append("      - denied-").append(i).append('\n');
    }
    catalogError(TestCompiler.compile(yaml.toString()), "TooLarge",
        "code 'access_denied' has 1,501 aliases, more than the 1,500 that its generated class "
            + "can list", 6 + SizeLimitCheck.MAX_SPELLINGS_PER_CODE, 9);
  }

  @Test
  void reasonDescriptionsCountTheirAliases() {
    // 1,000 reasons of two spellings each: the 751st reason brings the count past 1,500.
    StringBuilder yaml = new StringBuilder(HEAD + "  - code: invalid_grant\n    cause: c\n"
        + "    reasons:\n");
    for (int i = 0; i < 1_000; i++) {
      yaml.append("      - {description: reason ").append(i)
          .append(", aliases: [the reason ").append(i).append("]}\n");
    }
    String message = catalogError(TestCompiler.compile(yaml.toString()), "TooLarge",
        "code 'invalid_grant' has 2,000 reason descriptions (each reason's description and its "
            + "aliases), more than the 1,500", 6 + 750, 9);
    assertTrue(message.contains("keep the ones the server really sends"), message);
  }

  @Test
  void aTypeNameTooLongForAFileNameIsRefusedWithAShorterOne() {
    String code = "a".repeat(SizeLimitCheck.MAX_NAME_BYTES);
    String message = catalogError(TestCompiler.compile(HEAD + "  - code: " + code + "\n"
            + "    cause: c\n"),
        "TooLarge", "the type A" + "a".repeat(199) + "Exception of code '", 3, 11);
    assertTrue(message.contains("is 209 bytes long in UTF-8, more than the 200 that a generated "
        + "file's name may take (file systems allow 255 bytes, and javac adds to it); set "
        + "javaName: on the entry, for example javaName: A" + "a".repeat(39) + "\n"), message);
  }

  @Test
  void namesAreMeasuredInBytesNotCharacters() {
    // 70 three-byte letters: 70 characters, 210 bytes in a file name.
    String message = catalogError(TestCompiler.compile(HEAD + "  - code: access_denied\n"
            + "    cause: c\n    javaName: " + "\u0939".repeat(70) + "\n"),
        "TooLarge", "is 219 bytes long in UTF-8", 5, 15);
    assertEquals(1, message.lines().filter(line -> line.startsWith("[OAuthErrors/")).count());
  }

  @Test
  void aPackagePartTooLongForADirectoryIsRefused() {
    catalogError(TestCompiler.compile("package: com.example." + "p".repeat(201) + "\nerrors:\n"
            + "  - code: access_denied\n    cause: c\n"),
        "TooLarge", "package part '" + "p".repeat(201) + "' is 201 bytes long", 1, 10);
  }
}
