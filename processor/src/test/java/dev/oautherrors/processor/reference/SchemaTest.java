package dev.oautherrors.processor.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks {@code schema/errors.schema.json}: it is a valid draft 2020-12 schema, it accepts the
 * reference catalog and the format doc's example, it rejects broken catalogs for the right reason,
 * and the build puts it where the format doc says the processor jar has it.
 */
class SchemaTest {
  private static final String JAR_PATH = "META-INF/oauth-errors/errors.schema.json";
  private static final String MODELINE_PREFIX = "# yaml-language-server: $schema=";

  /** A small catalog using every field, which each broken case below changes in one place. */
  private static final String VALID =
      """
      package: com.example.oauth
      names:
        base: OAuthErrorException
        unknown: UnknownOAuthErrorException
        visitor: OAuthErrorVisitor
        catalog: OAuthErrors
      stateMismatch: No_OAuth_State
      flows:
        device: Device flow.
      groups:
        device_polling:
          description: Keep polling.
          javaName: DevicePollingError
      errors:
        - code: slow_down
          aliases: [slow-down-please]
          javaName: SlowDown
          cause: Polls too often.
          group: device_polling
          flows: [device]
          retry: slow_down
          action: Poll less often.
          reasons:
            - description: polling too fast
              id: polling_too_fast
              aliases: [Polling too fast.]
              cause: The interval is too short.
              retry: slow_down
              action: Add five seconds.
        - code: No_OAuth_State
          cause: The state was tampered with.
      """;

  private static Schema schema;
  private static String schemaText;

  @BeforeAll
  static void loadSchema() {
    schemaText = ReferenceFiles.read(ReferenceFiles.SCHEMA);
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(schemaText, InputFormat.JSON);
  }

  @Test
  void schemaIsAValidDraft202012Schema() {
    Schema metaSchema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    assertNoErrors("schema/errors.schema.json", metaSchema.validate(schemaText, InputFormat.JSON));
  }

  @Test
  void referenceCatalogIsValid() {
    assertNoErrors(
        "example-app/src/main/resources/errors/salesforce.yaml",
        schema.validate(ReferenceFiles.read(ReferenceFiles.CATALOG), InputFormat.YAML));
  }

  @Test
  void formatDocExampleIsValid() {
    String doc = ReferenceFiles.read(ReferenceFiles.FORMAT_DOC);
    int section = doc.indexOf("## A small catalog");
    int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
    int end = doc.indexOf("```", start);
    assertTrue(section >= 0 && end > start, "docs/catalog-format.md has no example catalog");
    assertNoErrors("the example in docs/catalog-format.md", schema.validate(doc.substring(start, end), InputFormat.YAML));
  }

  @Test
  void smallCatalogUsingEveryFieldIsValid() {
    assertNoErrors("the test's valid catalog", schema.validate(VALID, InputFormat.YAML));
  }

  static Stream<Arguments> brokenCatalogs() {
    return Stream.of(
        broken("unknown field in an entry", "    cause: Polls too often.\n",
            "    cause: Polls too often.\n    causes: Typo.\n", "additionalProperties"),
        broken("unknown top-level field", "package: com.example.oauth\n",
            "package: com.example.oauth\npakage: com.example.oauth\n", "additionalProperties"),
        broken("unknown field in a reason", "        id: polling_too_fast\n",
            "        id: polling_too_fast\n        descripton: typo\n", "additionalProperties"),
        broken("unknown field in names", "  catalog: OAuthErrors\n",
            "  catalog: OAuthErrors\n  parser: OAuthErrorParser\n", "additionalProperties"),
        broken("unknown field in a group", "    javaName: DevicePollingError\n",
            "    javaName: DevicePollingError\n    codes: [slow_down]\n", "additionalProperties"),
        broken("wrong retry value", "    retry: slow_down\n", "    retry: later\n", "enum"),
        broken("wrong retry value in a reason", "        retry: slow_down\n",
            "        retry: Back_Off\n", "enum"),
        broken("missing cause", "    cause: Polls too often.\n", "", "required"),
        broken("missing code", "  - code: No_OAuth_State\n    cause:",
            "  - cause:", "required"),
        broken("code not a string", "  - code: slow_down\n", "  - code: 42\n", "type"),
        broken("code a list", "  - code: slow_down\n", "  - code: [slow_down]\n", "type"),
        broken("empty code", "  - code: slow_down\n", "  - code: ''\n", "minLength"),
        broken("empty cause", "    cause: Polls too often.\n", "    cause: ''\n", "minLength"),
        Arguments.of("empty errors", "package: com.example.oauth\nerrors: []\n", "minItems"),
        broken("errors not a list", "errors:\n", "errors: {}\nx:\n", "type"),
        broken("missing package", "package: com.example.oauth\n", "", "required"),
        broken("package not a Java package", "package: com.example.oauth\n",
            "package: com.example-oauth\n", "pattern"),
        broken("javaName not a Java identifier", "    javaName: SlowDown\n",
            "    javaName: 1SlowDown\n", "pattern"),
        broken("group javaName not a Java identifier", "    javaName: DevicePollingError\n",
            "    javaName: Device Polling\n", "pattern"),
        broken("names entry not a Java identifier", "  base: OAuthErrorException\n",
            "  base: OAuth.ErrorException\n", "pattern"),
        broken("reason id not lower_snake", "        id: polling_too_fast\n",
            "        id: PollingTooFast\n", "pattern"),
        broken("reason without description", "      - description: polling too fast\n        id:",
            "      - id:", "required"),
        broken("group without description", "    description: Keep polling.\n", "", "required"),
        broken("flows not a list", "    flows: [device]\n", "    flows: device\n", "type"),
        broken("flow description not a string", "  device: Device flow.\n",
            "  device: {name: Device flow.}\n", "type"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenCatalogs")
  void brokenCatalogIsRejected(String name, String catalog, String keyword) {
    List<Error> errors = schema.validate(catalog, InputFormat.YAML);
    assertFalse(errors.isEmpty(), name + ": the schema accepted\n" + catalog);
    assertTrue(
        errors.stream().anyMatch(error -> keyword.equals(error.getKeyword())),
        name + ": expected a '" + keyword + "' error, got:\n  " + describe(errors));
  }

  @Test
  void schemaIsOnTheClassPathWhereTheJarHasIt() throws IOException {
    try (InputStream in = SchemaTest.class.getClassLoader().getResourceAsStream(JAR_PATH)) {
      assertNotNull(in, JAR_PATH + " is not on the class path: check processor/pom.xml's <resources>");
      assertArrayEquals(
          Files.readAllBytes(ReferenceFiles.SCHEMA),
          in.readAllBytes(),
          JAR_PATH + " differs from schema/errors.schema.json");
    }
  }

  @Test
  void catalogsPointEditorsAtThisSchema() throws IOException {
    String id = JsonMapper.builder().build().readTree(schemaText).path("$id").asText();
    String doc = ReferenceFiles.read(ReferenceFiles.FORMAT_DOC);
    String docModeline =
        doc.lines().filter(line -> line.startsWith(MODELINE_PREFIX)).findFirst().orElseThrow();
    String catalogFirstLine =
        ReferenceFiles.read(ReferenceFiles.CATALOG).lines().findFirst().orElseThrow();
    assertEquals(MODELINE_PREFIX + id, docModeline, "the format doc's modeline and the schema's $id");
    assertEquals(docModeline, catalogFirstLine, "errors.yaml's first line and the format doc's modeline");
  }

  private static Arguments broken(String name, String find, String replace, String keyword) {
    assertTrue(VALID.contains(find), name + ": the valid catalog has no '" + find + "'");
    return Arguments.of(
        name, VALID.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replace)), keyword);
  }

  private static void assertNoErrors(String what, List<Error> errors) {
    assertTrue(errors.isEmpty(), what + " does not satisfy the schema:\n  " + describe(errors));
  }

  private static String describe(List<Error> errors) {
    return errors.stream()
        .map(error -> error.getKeyword() + ": " + error.getMessage())
        .collect(Collectors.joining("\n  "));
  }
}
