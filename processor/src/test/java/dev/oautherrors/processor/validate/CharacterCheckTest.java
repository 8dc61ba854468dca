package dev.oautherrors.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.processor.diagnostic.CatalogText;
import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Position;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.load.LoadedCatalog;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every place of a catalog where CharacterCheck looks, each with an invisible character or a
 * bidirectional control in it: the check must name the place and point at it. Through the
 * validator, without javac; CatalogDiagnosticsTest shows the whole message through javac.
 */
class CharacterCheckTest {
  private static final String ZWSP = "\\u200b";
  private static final String RLO = "\\u202e";

  /** A catalog using every field; {@code Z} marks where the character goes in each case. */
  private static final String TEMPLATE = String.join("\n",
      "package: \"com.example<package>\"",
      "names:",
      "  base: \"Base<base>\"",
      "  unknown: \"Unknown<unknown>\"",
      "  visitor: \"Visitor<visitor>\"",
      "  catalog: \"Catalog<catalog>\"",
      "stateMismatch: \"state_mismatch<stateMismatch>\"",
      "flows:",
      "  \"web<flowId>\": \"Web <flowDescription>flow.\"",
      "groups:",
      "  \"setup<groupId>\":",
      "    description: \"Setup <groupDescription>errors.\"",
      "    javaName: \"SetupError<groupJavaName>\"",
      "errors:",
      "  - code: \"state_mismatch<code>\"",
      "    aliases: [\"state-mismatch<alias>\"]",
      "    javaName: \"StateMismatch<javaName>\"",
      "    group: \"setup<groupRef>\"",
      "    flows: [\"web<flowRef>\"]",
      "    cause: \"The state <cause>differs.\"",
      "    action: \"Start <action>again.\"",
      "    reasons:",
      "      - description: \"state <reasonDescription>missing\"",
      "        aliases: [\"no <reasonAlias>state\"]",
      "        cause: \"No <reasonCause>state.\"",
      "        action: \"Log <reasonAction>in.\"",
      "");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "package           | zwsp | package 'com.example\\u200B'                | 1",
      "base              | zwsp | names: base 'Base\\u200B'                   | 3",
      "unknown           | zwsp | names: unknown 'Unknown\\u200B'             | 4",
      "visitor           | zwsp | names: visitor 'Visitor\\u200B'             | 5",
      "catalog           | zwsp | names: catalog 'Catalog\\u200B'             | 6",
      "stateMismatch     | zwsp | stateMismatch 'state_mismatch\\u200B'      | 7",
      "flowId            | zwsp | flow 'web\\u200B'                          | 9",
      "flowDescription   | rlo  | the description of flow 'web'             | 9",
      "groupId           | zwsp | group 'setup\\u200B'                       | 11",
      "groupDescription  | rlo  | the description of group 'setup'          | 11",
      "groupJavaName     | zwsp | javaName of group 'setup' 'SetupError\\u200B' | 13",
      "code              | zwsp | code 'state_mismatch\\u200B'               | 15",
      "alias             | zwsp | alias of 'state_mismatch' 'state-mismatch\\u200B' | 16",
      "javaName          | zwsp | javaName of 'state_mismatch' 'StateMismatch\\u200B' | 17",
      "groupRef          | zwsp | group of 'state_mismatch' 'setup\\u200B'   | 18",
      "flowRef           | zwsp | flow of 'state_mismatch' 'web\\u200B'      | 19",
      "cause             | rlo  | the cause of 'state_mismatch'              | 15",
      "action            | rlo  | the action of 'state_mismatch'             | 15",
      "reasonDescription | rlo  | the description of reason 'state_missing' of 'state_mismatch' | 23",
      "reasonAlias       | rlo  | an alias of reason 'state_missing' of 'state_mismatch' | 23",
      "reasonCause       | rlo  | the cause of reason 'state_missing' of 'state_mismatch' | 23",
      "reasonAction      | rlo  | the action of reason 'state_missing' of 'state_mismatch' | 23"})
  void everyPlaceIsChecked(String place, String kind, String what, int line) {
    String yaml = TEMPLATE.replace("<" + place + ">", kind.equals("zwsp") ? ZWSP : RLO)
        .replaceAll("<[a-zA-Z]+>", "");
    LoadedCatalog loaded = new LoadedCatalog(new CatalogText("errors.yaml", yaml), "0");
    List<Problem> invisible = CatalogValidator.validate(loaded).problems().stream()
        .filter(problem -> problem.message() == Message.INVISIBLE_CHARACTER)
        .toList();
    assertEquals(1, invisible.size(), () -> place + ": " + invisible);
    Problem problem = invisible.get(0);
    assertTrue(problem.text().startsWith("[OAuthErrors/InvisibleCharacter] " + what + " contains U+"
        + (kind.equals("zwsp") ? "200B ZERO WIDTH SPACE" : "202E RIGHT-TO-LEFT OVERRIDE")),
        problem.text());
    assertTrue(problem.text().endsWith(kind.equals("zwsp")
        ? "which cannot be seen, so the value looks like one it is not; remove it"
        : "which reorders how the generated source shows (Trojan Source, CVE-2021-42574);"
            + " remove it"), problem.text());
    Position at = ((Location.InCatalog) problem.location()).position();
    assertEquals(line, at.line(), problem.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "tab                   | a\\tb         | U+0009",
      "line feed             | a\\nb         | U+000A",
      "no-break space        | a\\u00a0b     | U+00A0",
      "lone high surrogate   | a\\ud800b     | U+D800",
      "lone low surrogate    | a\\udc00b     | U+DC00",
      "invisible astral      | a\\U000E0020b | U+E0020"})
  void namesRefuseEveryInvisibleCharacterButAPlainSpace(String name, String code, String what) {
    String yaml = "package: com.example\nerrors:\n  - code: \"" + code + "\"\n    cause: c\n";
    List<Problem> problems = CatalogValidator.validate(
        new LoadedCatalog(new CatalogText("errors.yaml", yaml), "0")).problems();
    assertTrue(problems.stream().anyMatch(problem -> problem.message()
        == Message.INVISIBLE_CHARACTER && problem.text().contains(" contains " + what
        + " ") && problem.text().contains("at character 2")), problems::toString);
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"202A, true", "202E, true", "2066, true", "2069, true", "2029, false",
      "202F, false", "2065, false", "206A, false"})
  void exactlyTheBidirectionalControlsAreRefusedInText(String hex, boolean refused) {
    String yaml = "package: com.example\nerrors:\n  - code: a\n    cause: \"x\\u" + hex
        + "y\"\n";
    List<Problem> problems = CatalogValidator.validate(
        new LoadedCatalog(new CatalogText("errors.yaml", yaml), "0")).problems();
    assertEquals(refused, problems.stream()
        .anyMatch(problem -> problem.message() == Message.INVISIBLE_CHARACTER), problems::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "space and punctuation | 'a b: ~!'",
      "emoji                 | '\\U0001F645'",
      "right-to-left mark    | 'a\\u200fb'",
      "zero-width joiner     | 'a\\u200db'"})
  void freeTextMayHoldAnythingButBidirectionalControls(String name, String cause) {
    String yaml = "package: com.example\nerrors:\n  - code: a b\n    cause: \"" + cause + "\"\n";
    List<Problem> problems = CatalogValidator.validate(
        new LoadedCatalog(new CatalogText("errors.yaml", yaml), "0")).problems();
    assertEquals(List.of(), problems);
  }
}
