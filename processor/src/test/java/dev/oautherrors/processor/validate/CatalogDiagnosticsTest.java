package dev.oautherrors.processor.validate;

import static dev.oautherrors.processor.testing.Diagnosed.catalogError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.oautherrors.processor.testing.Diagnosed;
import dev.oautherrors.processor.testing.TestCompiler;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per catalog diagnostic: each bad catalog gives exactly one error, with its ID, its
 * words, and the line and column of the mistake, and never a stack trace.
 */
class CatalogDiagnosticsTest {

  /** A valid catalog's first lines; entries follow at line 3. */
  private static final String HEAD = "package: com.example.oauth\nerrors:\n";

  private static String catalog(String entries) {
    return HEAD + entries;
  }

  // --- YAML ---------------------------------------------------------------------------------

  @Test
  void yamlSyntaxErrorIsLocated() {
    // SnakeYAML finds the unclosed quote at the end of the file; the message points at the quote.
    String message = catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: \"never closed\n")),
        "YamlSyntax", "the catalog is not valid YAML", 4, 12);
    assertTrue(message.contains("found unexpected end of stream"), message);
    assertTrue(message.contains("The quoted value that starts here is never closed"), message);
  }

  @Test
  void keyWithoutColonIsShownWhereItStarts() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: |\n"
                + "      User denied\n"
                + "  access.\n")),
        "YamlSyntax", "could not find expected ':' (while scanning a simple key). Check the"
            + " indentation of this line against the lines above it", 6, 3);
  }

  @Test
  void badIndentationSaysToCheckIt() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: User denied access.\n"
                + "   retry: never\n")),
        "YamlSyntax", "Check the indentation of this line", 5, 4);
  }

  @Test
  void tabIndentationSaysToUseSpaces() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "\tcause: User denied access.\n")),
        "YamlSyntax", "YAML does not allow tabs for indentation; indent with spaces", 4, 1);
  }

  @Test
  void unquotedColonSaysToQuote() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: Denied: the user said no\n")),
        "YamlSyntax", "must be quoted", 4, 18);
  }

  @Test
  void backslashInDoubleQuotesExplainsEscapes() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: \"C:\\Users\\denied\"\n")),
        "YamlSyntax", "Inside double quotes a backslash starts an escape: write \\\\ for a"
            + " backslash, or use single quotes", 4, 17);
  }

  @Test
  void duplicateKeyNamesBothLines() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: User denied access.\n"
                + "    cause: Denied again.\n")),
        "DuplicateKey", "'cause' is given twice in this mapping (first at line 4)", 5, 5);
  }

  @Test
  void secondDocumentIsRefusedNotDropped() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: User denied access.\n"
                + "---\n"
                + "  - code: invalid_grant\n"
                + "    cause: The grant is invalid.\n")),
        "YamlSyntax", "a second YAML document starts here, after a '---' line", 6, 3);
  }

  @Test
  void invalidUtf8IsLocatedWithAGuessAtTheEncoding() {
    // It used to say "(Input length = 1)", without a place.
    byte[] utf8 = catalog("  - code: access_denied\n    cause: Acc").getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "\u00e8s refus\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] mixed = Arrays.copyOf(utf8, utf8.length + latin1.length);
    System.arraycopy(latin1, 0, mixed, utf8.length, latin1.length);
    String message = catalogError(TestCompiler.compile(mixed), "CatalogUnreadable",
        "the catalog is not valid UTF-8: byte 0xE8 does not start a valid UTF-8 character"
            + " (was it saved as ISO-8859-1 or Windows-1252?); save it as UTF-8", 4, 15);
    assertTrue(message.contains("cause: Acc\ufffds refus\ufffd."), message);
    catalogError(TestCompiler.compile(("\ufeff" + catalog("  - code: a\n    cause: b\n"))
            .getBytes(StandardCharsets.UTF_16LE)),
        "CatalogUnreadable", "byte 0xFF does not start a valid UTF-8 character (the file starts"
            + " with a UTF-16 byte order mark: it was saved as UTF-16)", 1, 1);
    catalogError(TestCompiler.compile(new byte[] {'a', ':', ' ', (byte) 0x80}),
        "CatalogUnreadable", "byte 0x80 does not follow a byte that starts a character", 1, 4);
  }

  @Test
  void characterYamlForbidsIsLocatedAndNamed() {
    // SnakeYAML refuses NUL and other control characters before parsing; the message used to
    // say "special characters are not allowed" at line 1, column 1.
    String message = catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: User \u0000denied access.\n")),
        "YamlSyntax", "it contains U+0000 NULL, a character YAML does not allow", 4, 17);
    assertTrue(message.contains("User \ufffddenied"), message);
    catalogError(TestCompiler.compile(catalog("  - code: access_de\u001bnied\n")),
        "YamlSyntax", "U+001B ESCAPE", 3, 20);
  }

  @Test
  void complexKeyIsExplainedWithoutParserInternals() {
    String message = catalogError(TestCompiler.compile(catalog(
            "  - ? [code, alias]\n"
                + "    : access_denied\n")),
        "YamlSyntax", "a key must be a plain name such as 'code', not a list or a mapping", 3, 8);
    assertFalse(message.contains("org.yaml"), message);
  }

  @Test
  void nestingTooDeepIsLocated() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: " + "[".repeat(2000) + "\n")),
        "YamlSyntax", "lists and mappings nest more than 1000 levels deep here", 4, 1010);
  }

  @Test
  void keyOverTheYamlLimitSaysSo() {
    catalogError(TestCompiler.compile("package: com.example.oauth\ngroups:\n  "
            + "g".repeat(2000) + ":\n    description: G.\nerrors:\n  - code: a\n    cause: b\n"),
        "YamlSyntax", "A key can be at most 1024 characters long", 3, 2003);
  }

  @Test
  void yamlAliasIsRefused() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: &why User denied access.\n"
                + "  - code: access-denied\n"
                + "    cause: *why\n")),
        "YamlSyntax", "YAML anchors and aliases (*why) are not supported", 6, 12);
  }

  @Test
  void linesAreCountedAsEditorsCountThemAfterYamlOnlyLineBreaks() {
    // YAML also breaks lines at NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR; editors, javac and
    // the code frame do not, so the position must not move down by one for each of them.
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: \"User\u0085denied\u2028access\u2029.\"\n"
                + "    casue: typo\n")),
        "UnknownField", "unknown field 'casue'", 5, 5);
  }

  @Test
  void columnsCountCharsAsEditorsDoAfterAstralCharacters() {
    // Each emoji is one code point to YAML but two chars to editors and javac.
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: \uD83D\uDE45\uD83D\uDE45\uD83D\uDE45 Denied: no\n")),
        "YamlSyntax", "mapping values are not allowed here", 4, 25);
  }

  @Test
  void terminalControlsInCatalogValuesAreShownNotObeyed() {
    // A YAML escape can put ESC, CR or a zero-width space into a key or value, and messages quote
    // them: ESC [2J would clear the terminal, CR overwrite the line.
    String message = catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: User denied access.\n"
                + "    \"re\\e[2Jtry\\r\\u200b\": never\n")),
        "UnknownField", "unknown field 're\\u001B[2Jtry\\u000D\\u200B'", 5, 5);
    assertFalse(message.contains("\u001b") || message.contains("\r")
        || message.contains("\u200b"), message);
    assertTrue(message.contains("5 |     \"re\\e[2Jtry\\r\\u200b\": never"), message);
  }

  @Test
  void longLinesAndValuesAreShownCut() {
    String cause = "x".repeat(100_000);
    String message = catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: " + cause + ": and more\n")),
        "YamlSyntax", "mapping values are not allowed here", 4, 100_012);
    assertTrue(message.length() < 1_000, () -> message.length() + " chars");
    // A 160-char window, here the line's end, with an ellipsis for what is cut.
    assertTrue(message.contains("4 | \u2026" + "x".repeat(150) + ": and more\n"), message);
    assertTrue(message.endsWith(" | " + " ".repeat(151) + "^"), message);
    String longCode = "c".repeat(5_000);
    String duplicate = catalogError(TestCompiler.compile(catalog(
            "  - code: " + longCode + "\n    cause: a\n    javaName: LongCode\n"
                + "  - code: " + longCode + "\n    cause: b\n    javaName: LongCode\n")),
        "DuplicateCode", "'" + "c".repeat(240) + "\u2026 (5000 characters)' is already", 6, 11);
    assertTrue(duplicate.length() < 1_500, () -> duplicate.length() + " chars");
  }

  // --- Shape ----------------------------------------------------------------------------------

  @Test
  void emptyFileIsAnEmptyCatalog() {
    catalogError(TestCompiler.compile("# nothing here\n"),
        "EmptyCatalog", "the catalog lists no errors", 1, 1);
  }

  @Test
  void emptyErrorListIsAnEmptyCatalog() {
    catalogError(TestCompiler.compile("package: com.example.oauth\nerrors: []\n"),
        "EmptyCatalog", "add at least one entry under 'errors:'", 2, 1);
  }

  @Test
  void rootMustBeAMapping() {
    catalogError(TestCompiler.compile("- code: access_denied\n  cause: x\n"),
        "WrongType", "the catalog must be a mapping with 'package:' and 'errors:', but is a list",
        1, 1);
  }

  @Test
  void unknownFieldSuggestsTheNearestKnownField() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: User denied access.\n"
                + "    retyr: never\n")),
        "UnknownField", "unknown field 'retyr' in error entry 'access_denied'; did you mean 'retry'?",
        5, 5);
  }

  @Test
  void unknownFieldFarFromAnyListsTheKnownFields() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: User denied access.\n"
                + "    severity: high\n")),
        "UnknownField", "known fields are: code, override, cause, aliases, javaName, group, flows, "
            + "retry, action, reasons, see", 5, 5);
  }

  @Test
  void unknownTopLevelField() {
    catalogError(TestCompiler.compile("pakage: com.example.oauth\npackage: com.example.oauth\n"
            + "errors:\n  - code: a\n    cause: b\n"),
        "UnknownField", "unknown field 'pakage' in the catalog; did you mean 'package'?", 1, 1);
  }

  @Test
  void missingCodeShowsHowToWriteIt() {
    catalogError(TestCompiler.compile(catalog(
            "  - cause: User denied access.\n")),
        "MissingField", "error entry #1 has no 'code'; add it, for example:", 3, 5);
  }

  @Test
  void missingCause() {
    catalogError(TestCompiler.compile(catalog("  - code: access_denied\n")),
        "MissingField", "error entry 'access_denied' has no 'cause'", 3, 5);
  }

  @Test
  void missingCauseExampleNamesItsOwnCodeNotAnotherEntrysText() {
    String message = catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n    cause: User denied access to the client app.\n"
                + "  - code: invalid_grant\n")),
        "MissingField", "error entry 'invalid_grant' has no 'cause'; add it, for example:\n"
            + "cause: Why the server sends invalid_grant, in a sentence.", 5, 5);
    assertFalse(message.contains("User denied"), message);
  }

  @Test
  void catalogErrorsStartWithThePositionAsMavenWritesIt() {
    Compilation compilation = TestCompiler.compile(catalog(
        "  - code: access_denied\n    casue: User denied access.\n"));
    String raw = compilation.errors().get(0).getMessage(java.util.Locale.ROOT);
    // Maven prints a Java error as "[ERROR] /abs/File.java:[12,5] message"; IDEs and CI problem
    // matchers link that form, so a catalog error carries it at its start.
    assertTrue(raw.matches("(?s)/\\S*/errors\\.yaml:\\[4,5\\] \\[OAuthErrors/UnknownField\\] .*"),
        raw);
  }

  @Test
  void missingPackage() {
    catalogError(TestCompiler.compile("errors:\n  - code: a\n    cause: b\n"),
        "MissingField", "the catalog has no 'package'; add it, for example:", 1, 1);
  }

  @Test
  void emptyCode() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: \"\"\n"
                + "    cause: User denied access.\n")),
        "EmptyValue", "'code' in error entry #1 is empty", 3, 5);
  }

  @Test
  void nullCode() {
    catalogError(TestCompiler.compile(catalog(
            "  - code:\n"
                + "    cause: User denied access.\n")),
        "EmptyValue", "'code' in error entry #1 is empty", 3, 5);
  }

  @Test
  void numberWhereAStringBelongsSaysToQuoteIt() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: 401\n"
                + "    cause: Unauthorized.\n")),
        "WrongType", "'code' in error entry #1 must be a string, but is the number 401; "
            + "quote it: code: \"401\"", 3, 11);
  }

  @Test
  void booleanWhereAStringBelongsSaysToQuoteIt() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: true\n"
                + "    cause: Odd.\n")),
        "WrongType", "must be a string, but is the boolean true; quote it: code: \"true\"", 3, 11);
  }

  @Test
  void binaryValueIsNotTakenForAString() {
    // Jackson reads !!binary as bytes; the processor used to keep the base64 text as the cause.
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: !!binary VXNlciBkZW5pZWQgYWNjZXNzLg==\n")),
        "WrongType", "'cause' in error entry 'access_denied' must be a string, but is binary data"
            + " (tagged !!binary); remove the !!binary tag", 4, 12);
  }

  @Test
  void scalarWhereAListBelongsShowsTheList() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: User denied access.\n"
                + "    aliases: access-denied\n")),
        "WrongType", "'aliases' in error entry 'access_denied' must be a list of strings, but is "
            + "a string; write it as a list: aliases: [access-denied]", 5, 14);
  }

  @Test
  void unknownRetryValueSuggestsTheNearest() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: slow_down\n"
                + "    cause: Polling too fast.\n"
                + "    retry: slowdown\n")),
        "UnknownValue", "'slowdown' is not a valid value of 'retry' in error entry 'slow_down'; "
            + "did you mean 'slow_down'?", 5, 12);
  }

  // --- Names and references -------------------------------------------------------------------
  @Test
  void suggestionsForMegabyteValuesCostNothing() {
    // Edit distance over two megabyte strings needs a 10^12-cell table: the processor ran out of
    // memory and took javac down with it. Values that long get no "did you mean".
    String code = "x".repeat(1_000_000);
    Compilation compilation = TestCompiler.compile("package: com.example.oauth\n"
        + "stateMismatch: " + code + "y\nerrors:\n  - code: " + code + "\n    cause: c\n");
    List<String> messages = compilation.errors().stream().map(Diagnosed::text).toList();
    String undefined = messages.stream()
        .filter(m -> m.startsWith("[OAuthErrors/UndefinedReference] stateMismatch code"))
        .findFirst().orElseThrow(() -> new AssertionError(messages));
    assertFalse(undefined.contains("did you mean"), undefined.substring(0, 200));
    assertTrue(undefined.contains("errors.yaml:2:16"), undefined.substring(0, 200));
    // Both values are also too long for a string constant, and the code for a file name; one
    // error per mistake (per line) keeps the undefined reference and one TooLarge of the code.
    assertEquals(1, messages.stream().filter(m -> m.startsWith("[OAuthErrors/TooLarge]")).count(),
        messages::toString);
    assertEquals(2, messages.size(), messages::toString);
  }


  @Test
  void invisibleCharacterInACodeIsRefused() {
    // Pasted from a web page: looks like access_denied, and no server sends it.
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\u200b\n"
                + "    cause: User denied access.\n")),
        "InvisibleCharacter", "code 'access_denied\\u200B' contains U+200B ZERO WIDTH SPACE at"
            + " character 14, which cannot be seen, so the value looks like one it is not;"
            + " remove it", 3, 11);
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    aliases: [\"access\\u00a0denied\"]\n"
                + "    cause: User denied access.\n")),
        "InvisibleCharacter", "alias of 'access_denied' 'access\\u00A0denied' contains U+00A0"
            + " NO-BREAK SPACE at character 7", 4, 15);
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    javaName: Access\ufeffDenied\n"
                + "    cause: User denied access.\n")),
        "InvisibleCharacter", "U+FEFF ZERO WIDTH NO-BREAK SPACE at character 7", 4, 15);
  }

  @Test
  void emojiAndOtherAstralCharactersAreVisible() {
    // Only the code's lack of letters is wrong here; its two chars are one visible character.
    catalogError(TestCompiler.compile(catalog(
            "  - code: \"\uD83D\uDE45\"\n"
                + "    cause: No \uD83D\uDE45\n")),
        "UnusableJavaName", "has no letters or digits", 3, 11);
    catalogError(TestCompiler.compile(catalog(
            "  - code: \"access_denied\\U000E0001\"\n"
                + "    cause: A language tag, invisible.\n")),
        "InvisibleCharacter", "'access_denied\\uDB40\\uDC01' contains U+E0001 LANGUAGE TAG", 3, 11);
  }

  @Test
  void bidirectionalControlInTextIsRefused() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: \"User \\u202Edenied\\u202C access.\"\n")),
        "InvisibleCharacter", "the cause of 'access_denied' contains U+202E RIGHT-TO-LEFT"
            + " OVERRIDE at character 6, which reorders how the generated source shows"
            + " (Trojan Source, CVE-2021-42574); remove it", 3, 5);
  }

  @Test
  void invalidPackage() {
    catalogError(TestCompiler.compile("package: com.example.2fa\nerrors:\n  - code: a\n"
            + "    cause: b\n"),
        "InvalidPackage", "'com.example.2fa' is not a valid Java package name", 1, 10);
  }

  @Test
  void duplicateCode() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: User denied access.\n"
                + "  - code: access_denied\n"
                + "    cause: Again.\n")),
        "DuplicateCode", "'access_denied' is already the code of an entry at line 3", 5, 11);
  }

  @Test
  void aliasThatIsAnotherCode() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: User denied access.\n"
                + "  - code: invalid_grant\n"
                + "    cause: Bad grant.\n"
                + "    aliases: [access_denied]\n")),
        "DuplicateCode", "'access_denied' is already the code of an entry at line 3", 7, 15);
  }

  @Test
  void codesThatDifferOnlyInHyphenClash() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: invalid_grant\n"
                + "    cause: Bad grant.\n"
                + "  - code: invalid-grant\n"
                + "    cause: Bad grant, hyphenated.\n")),
        "AmbiguousSpelling", "'invalid-grant' differs from 'invalid_grant' (line 3) only in case "
            + "or in '-' versus '_', so lenient matching could not tell them apart and both would "
            + "generate InvalidGrantException; make one an alias of the other's entry", 5, 11);
  }

  @Test
  void codesThatDifferOnlyInCaseClash() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: NO_ACCESS\n"
                + "    cause: No user.\n"
                + "  - code: no_access\n"
                + "    cause: No user, lower case.\n")),
        "AmbiguousSpelling", "both would generate NoAccessException", 5, 11);
  }

  @Test
  void javaNamesThatDifferOnlyInCaseClash() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: No_Access\n"
                + "    cause: No user.\n"
                + "  - code: NOACCESS\n"
                + "    cause: No user, squashed.\n"
                + "    javaName: NoAccess\n")),
        "JavaNameClash", "code 'NOACCESS' and code 'No_Access' (line 3) would both generate "
            + "NoAccessException; set javaName: on one of them", 7, 15);
  }

  @Test
  void codeThatIsAJavaKeywordNeedsAJavaName() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: class\n"
                + "    cause: A keyword.\n")),
        "UnusableJavaName", "code 'class' is the Java keyword or literal 'class', so no Java type "
            + "can be named after it; set javaName: on the entry, for example javaName: Class",
        3, 11);
  }

  @Test
  void codeStartingWithADigitNeedsAJavaName() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: 401_unauthorized\n"
                + "    cause: Unauthorized.\n")),
        "UnusableJavaName", "code '401_unauthorized' starts with a digit; set javaName: on the "
            .replace("; set", ", so no Java type can be named after it; set")
            + "entry, for example javaName: Code401Unauthorized", 3, 11);
  }

  @Test
  void codeWithoutLettersNeedsAJavaName() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: \"--\"\n"
                + "    cause: Dashes.\n")),
        "UnusableJavaName", "code '--' has no letters or digits", 3, 11);
  }

  @Test
  void invalidJavaName() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: access_denied\n"
                + "    cause: User denied access.\n"
                + "    javaName: Access-Denied\n")),
        "InvalidJavaName", "'Access-Denied' in error entry 'access_denied' is not a valid Java type "
            + "name; use UpperCamelCase letters and digits, for example AccessDenied", 5, 15);
  }

  @Test
  void codeWhoseVisitMethodIsTakenByUnknownCodes() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: unknown\n"
                + "    cause: Unknown.\n")),
        "JavaNameClash", "code 'unknown' and the visitor's method for unknown codes", 3, 11);
  }

  @Test
  void codeWhoseClassIsTheBaseClass() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: o_auth_error\n"
                + "    cause: Clashes with the base class.\n")),
        "JavaNameClash", "code 'o_auth_error' and the catalog's base exception (line 1) would "
            + "both generate OAuthErrorException", 3, 11);
  }

  @Test
  void undefinedGroupSuggestsTheNearest() {
    catalogError(TestCompiler.compile("package: com.example.oauth\n"
            + "groups:\n"
            + "  client_configuration:\n"
            + "    description: Set up wrong.\n"
            + "errors:\n"
            + "  - code: invalid_client_id\n"
            + "    cause: Bad id.\n"
            + "    group: client_configuraton\n"),
        "UndefinedReference", "group 'client_configuraton' is not defined in this catalog; "
            + "did you mean 'client_configuration'?", 8, 12);
  }

  @Test
  void undefinedFlowWhenNoFlowsAreDefined() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: slow_down\n"
                + "    cause: Polling too fast.\n"
                + "    flows: [device]\n")),
        "UndefinedReference", "flow 'device' is not defined in this catalog; define it under "
            + "'flows:' at the top of the catalog", 5, 13);
  }

  @Test
  void stateMismatchMustNameACode() {
    catalogError(TestCompiler.compile("package: com.example.oauth\n"
            + "stateMismatch: No_Oauth_State\n"
            + "errors:\n"
            + "  - code: No_OAuth_State\n"
            + "    cause: Tampered.\n"),
        "UndefinedReference", "stateMismatch code 'No_Oauth_State' is not defined in this catalog;"
            + " did you mean 'No_OAuth_State'?", 2, 16);
  }

  @Test
  void groupWithoutCodes() {
    catalogError(TestCompiler.compile("package: com.example.oauth\n"
            + "groups:\n"
            + "  lonely:\n"
            + "    description: Nobody here.\n"
            + "errors:\n"
            + "  - code: a\n"
            + "    cause: b\n"),
        "EmptyGroup", "group 'lonely' has no codes; give some entries group: lonely, or remove "
            + "the group", 3, 3);
  }

  @Test
  void reasonsWithTheSameIdClash() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: invalid_grant\n"
                + "    cause: Bad grant.\n"
                + "    reasons:\n"
                + "      - description: expired access/refresh token\n"
                + "        id: expired\n"
                + "      - description: expired authorization code\n"
                + "        id: expired\n")),
        "DuplicateReason", "reason id 'expired' of code 'invalid_grant' is already used by the "
            + "reason at line 6", 9, 13);
  }

  @Test
  void reasonsWithTheSameDescriptionClash() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: invalid_grant\n"
                + "    cause: Bad grant.\n"
                + "    reasons:\n"
                + "      - description: IP restricted or invalid login hours\n"
                + "      - description: ip restricted or invalid login hours.\n"
                + "        id: lower_case\n")),
        "DuplicateReason", "description 'ip restricted or invalid login hours.' of code "
            + "'invalid_grant' is already used by the reason at line 6", 7, 9);
  }

  @Test
  void invalidReasonId() {
    catalogError(TestCompiler.compile(catalog(
            "  - code: invalid_grant\n"
                + "    cause: Bad grant.\n"
                + "    reasons:\n"
                + "      - description: expired\n"
                + "        id: Expired-Token\n")),
        "InvalidReasonId", "reason id 'Expired-Token' of code 'invalid_grant' is not "
            + "lower_snake_case", 7, 13);
  }
}
