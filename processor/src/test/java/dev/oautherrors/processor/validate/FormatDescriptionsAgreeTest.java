package dev.oautherrors.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalog format is described three times: the binder's field lists (what the processor
 * accepts), the JSON Schema (what editors complete) and {@code docs/catalog-format.md} (what people
 * read). The binder is the source; the other two must list the same fields, in the same order, and
 * the same {@code retry} values.
 */
class FormatDescriptionsAgreeTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

  private static JsonNode schema;
  private static List<String> doc;

  @BeforeAll
  static void read() throws IOException {
    schema = new JsonMapper().readTree(
        Files.readString(ROOT.resolve("schema/errors.schema.json"), StandardCharsets.UTF_8));
    doc = Files.readAllLines(ROOT.resolve("docs/catalog-format.md"), StandardCharsets.UTF_8);
  }

  static Stream<Arguments> sections() {
    return Stream.of(
        Arguments.of("the catalog", CatalogBinder.TOP_FIELDS, "/properties", "## Top level"),
        Arguments.of("names", CatalogBinder.NAMES_FIELDS, "/properties/names/properties",
            "### `names`"),
        Arguments.of("a group", CatalogBinder.GROUP_FIELDS, "/$defs/group/properties",
            "### Groups"),
        Arguments.of("an error entry", CatalogBinder.ERROR_FIELDS, "/$defs/error/properties",
            "## Error entries"),
        Arguments.of("a reason", CatalogBinder.REASON_FIELDS, "/$defs/reason/properties",
            "### Reasons"),
        Arguments.of("subCodes", CatalogBinder.SUB_CODES_FIELDS,
            "/properties/subCodes/properties", "## Sub-codes"),
        Arguments.of("a sub-code", CatalogBinder.SUB_CODE_FIELDS, "/$defs/subCode/properties",
            "### Sub-code entries"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sections")
  void schemaListsTheFieldsTheBinderAccepts(
      String section, List<String> fields, String pointer, String heading) {
    JsonNode properties = schema.at(pointer);
    assertFalse(properties.isMissingNode(), "schema has no " + pointer);
    List<String> names = new ArrayList<>();
    properties.fieldNames().forEachRemaining(names::add);
    assertEquals(fields, names, "fields of " + section + " in schema/errors.schema.json " + pointer);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sections")
  void formatDocListsTheFieldsTheBinderAccepts(
      String section, List<String> fields, String pointer, String heading) {
    List<String> names = firstTableAfter(heading).stream().map(row -> unquote(row.get(0))).toList();
    assertEquals(fields, names,
        "fields of " + section + " in docs/catalog-format.md under '" + heading + "'");
  }

  @Test
  void retryValuesAgree() {
    List<String> inSchema = new ArrayList<>();
    schema.at("/$defs/retry/enum").forEach(value -> inSchema.add(value.asText()));
    assertEquals(CatalogBinder.RETRY_VALUES, inSchema, "retry values in the schema");

    List<String> retryRow = firstTableAfter("## Error entries").stream()
        .filter(row -> unquote(row.get(0)).equals("retry"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("docs/catalog-format.md has no retry row"));
    List<String> inDoc = new ArrayList<>();
    Matcher value = BACKTICKED.matcher(retryRow.get(1));
    while (value.find()) {
      inDoc.add(value.group(1));
    }
    assertEquals(CatalogBinder.RETRY_VALUES, inDoc, "retry values in docs/catalog-format.md");
  }

  /** The data rows (cells split at {@code |}) of the first table after a heading line. */
  private static List<List<String>> firstTableAfter(String heading) {
    int at = doc.indexOf(heading);
    if (at < 0) {
      throw new AssertionError("docs/catalog-format.md has no heading '" + heading + "'");
    }
    List<List<String>> rows = new ArrayList<>();
    int line = at + 1;
    while (line < doc.size() && !doc.get(line).startsWith("|")) {
      line++;
    }
    for (line += 2; line < doc.size() && doc.get(line).startsWith("|"); line++) {
      String row = doc.get(line);
      List<String> cells = new ArrayList<>();
      for (String cell : row.substring(1, row.length() - 1).split("\\|")) {
        cells.add(cell.strip());
      }
      rows.add(cells);
    }
    return rows;
  }

  private static String unquote(String cell) {
    Matcher name = BACKTICKED.matcher(cell);
    return name.matches() ? name.group(1) : cell;
  }
}
