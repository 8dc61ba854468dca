package dev.oautherrors.processor.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oautherrors.processor.reference.BundledCatalogs.BundledCatalog;
import dev.oautherrors.processor.reference.StandardCodesTable.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the bundled standard catalogs ({@code META-INF/oauth-errors/catalogs/}) true to the
 * specifications, as listed in {@code reference/standard-codes.tsv}, and composable: every code
 * of every covered section, spelled exactly and cited, nothing else, and any combination of
 * catalogs free of conflicts. The last test breaks the catalogs in each way the rules forbid and
 * expects the checks to say so.
 */
class StandardCatalogsTest {
  private static Map<String, BundledCatalog> catalogs;
  private static List<Row> table;
  private static StandardCatalogChecks checks;

  @BeforeAll
  static void load() {
    catalogs = BundledCatalogs.load();
    table = StandardCodesTable.read();
    checks = new StandardCatalogChecks(catalogs, table);
  }

  @Test
  void bundlesOneFilePerCatalogIdInTheProcessorJar() {
    assertEquals(
        BundledCatalogs.IDS.stream().sorted().toList(),
        List.copyOf(catalogs.keySet()),
        "the files in " + BundledCatalogs.DIRECTORY);
    for (String id : BundledCatalogs.IDS) {
      assertNotNull(
          getClass().getClassLoader().getResource(BundledCatalogs.JAR_DIRECTORY + id + ".yaml"),
          id + ".yaml is not on the class path at " + BundledCatalogs.JAR_DIRECTORY);
    }
  }

  @Test
  void tableCoversEveryCatalogButTheWholeSet() {
    assertEquals(
        BundledCatalogs.IDS.stream().filter(id -> !id.equals(BundledCatalogs.STANDARD)).sorted().toList(),
        table.stream().map(Row::catalog).distinct().sorted().toList());
  }

  @Test
  void filesHaveTheAgreedShape() {
    assertNoProblems("shape", checks.shape());
  }

  @Test
  void extendsResolveWithoutCyclesOrConflicts() {
    assertNoProblems("extends and override", checks.resolution());
  }

  @Test
  void everyListedCodeIsInItsCatalogAndCitesItsSection() {
    assertNoProblems("codes the table lists", checks.listedCodes());
  }

  @Test
  void catalogsHoldOnlyCodesTheirSpecificationsList() {
    assertNoProblems("entries of each catalog", checks.ownEntries());
  }

  @Test
  void overridesKeepWhatTheyInherit() {
    assertNoProblems("overrides", checks.overrides());
  }

  @Test
  void citationsAreHttpsLinksToTheCitedSection() {
    assertNoProblems("citations", checks.citations());
  }

  @Test
  void sharedFlowAndGroupIdsMeanTheSameInEveryFile() {
    assertNoProblems("flows and groups", checks.vocabulary());
  }

  @Test
  void anyTwoCatalogsCombineWithoutConflict() {
    assertNoProblems("pairs of catalogs", checks.combinations());
  }

  @Test
  void oauthStandardExtendsEveryCatalogAndCitesEverySection() {
    assertNoProblems(BundledCatalogs.STANDARD, checks.standardCatalog());
  }

  @Test
  void docsListTheFlowsAndTheGroupsOfEachCodeAsTheCatalogsHaveThem() {
    String doc = ReferenceFiles.read(ReferenceFiles.ROOT.resolve("docs/standard-catalogs.md"));
    Map<String, Set<String>> flows = new TreeMap<>();
    Map<String, Set<String>> groups = new TreeMap<>();
    catalogs.values().forEach(catalog -> catalog.root().path("flows").fieldNames()
        .forEachRemaining(flow -> flows.put(flow, Set.of())));
    Map<String, ObjectNode> roots = new LinkedHashMap<>();
    catalogs.forEach((id, catalog) -> roots.put(id, catalog.root()));
    new CatalogResolver(roots).resolve(BundledCatalogs.STANDARD).values().forEach(
        definition -> groups.computeIfAbsent(definition.group(), group -> new TreeSet<>())
            .add(definition.code));
    assertEquals(flows, tableOfSection(doc, "## Flows"), "the flows table of the doc");
    assertEquals(groups, tableOfSection(doc, "## Groups"), "the groups table of the doc");
  }

  /** The rows of the first table after {@code heading}: first cell's id to the second's ids. */
  private static Map<String, Set<String>> tableOfSection(String doc, String heading) {
    Map<String, Set<String>> rows = new TreeMap<>();
    List<String> lines = doc.substring(doc.indexOf(heading)).lines().toList();
    boolean inTable = false;
    for (String line : lines.subList(1, lines.size())) {
      if (line.startsWith("## ") || (inTable && !line.startsWith("|"))) {
        break;
      }
      inTable |= line.startsWith("|");
      String[] cells = line.split("\\|");
      if (cells.length < 3 || !cells[1].strip().startsWith("`")) {
        continue;
      }
      Set<String> ids = new TreeSet<>();
      Matcher code = Pattern.compile("`([a-z_]+)`").matcher(cells[2]);
      while (code.find() && !heading.equals("## Flows")) {
        ids.add(code.group(1));
      }
      rows.put(cells[1].strip().replace("`", ""), ids);
    }
    return rows;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void checksReportABrokenCatalog(
      String breakage, Consumer<Map<String, ObjectNode>> breakIt, String expected) {
    Map<String, BundledCatalog> broken = BundledCatalogs.copy(catalogs);
    Map<String, ObjectNode> roots = new LinkedHashMap<>();
    broken.forEach((id, catalog) -> roots.put(id, catalog.root()));
    breakIt.accept(roots);
    List<String> problems = new StandardCatalogChecks(broken, table).all();
    assertTrue(
        problems.stream().anyMatch(problem -> problem.contains(expected)),
        "expected a problem containing '" + expected + "', got:\n  " + String.join("\n  ", problems));
  }

  static Stream<Arguments> breakages() {
    return Stream.of(
        breakage(
            "a code misspelled",
            roots -> entry(roots, "rfc8628", "slow_down").put("code", "slowdown"),
            "rfc8628 lacks slow_down, which RFC 8628 §3.5 defines"),
        breakage(
            "a code no section lists",
            roots -> {
              JsonNode see = roots.get("rfc7591").at("/errors/0/see").deepCopy();
              ObjectNode made = ((ArrayNode) roots.get("rfc7591").get("errors")).addObject();
              made.put("code", "invalid_software_id").put("cause", "Made up.").set("see", see);
            },
            "rfc7591 holds invalid_software_id, which no section of its specification lists"),
        breakage(
            "a section's citation missing",
            roots -> ((ArrayNode) entry(roots, "rfc9126", "server_error").get("see")).remove(2),
            "rfc9126: server_error does not cite RFC 9126 §2.3"),
        // An override cannot drop an inherited citation: the processor adds its citations to
        // the inherited ones (CompositionTest), so no breakage here.
        breakage(
            "an override changing the group",
            roots -> entry(roots, "rfc8628", "invalid_grant").put("group", "device_polling"),
            "rfc8628: the override of invalid_grant changes its group from rfc6749's"),
        breakage(
            "an override dropping an inherited flow",
            roots -> ((ArrayNode) entry(roots, "rfc8628", "access_denied").get("flows")).remove(1),
            "rfc8628: the override of access_denied drops the flows [implicit]"),
        breakage(
            "a used code redefined without override",
            roots -> entry(roots, "rfc6750", "invalid_request").remove("override"),
            "rfc6750: [OAuthErrors/RedefinedCode] code 'invalid_request' is already defined by "
                + "rfc6749"),
        breakage(
            "a used code given as a new entry",
            roots -> {
              roots.get("rfc8707").remove("extends");
              entry(roots, "rfc8707", "invalid_target").remove("override");
            },
            "rfc8707: invalid_target is a new entry, but its specification only uses the code"),
        breakage(
            "an unknown base",
            roots -> ((ObjectNode) roots.get("rfc6750").at("/extends/0")).put("catalog", "rfc6794"),
            "rfc6750: [OAuthErrors/UnknownBaseCatalog] extends names 'rfc6794'"),
        breakage(
            "an extends cycle",
            roots -> roots.get("rfc6749").putArray("extends").addObject()
                .put("catalog", "rfc9449").putArray("codes").add("use_dpop_nonce"),
            "extends forms a cycle"),
        breakage(
            "two overrides that do not derive from each other",
            roots -> ((ObjectNode) roots.get("rfc8693").at("/extends/0")).put("catalog", "rfc6750"),
            "[OAuthErrors/ConflictingBases] code 'invalid_request' comes from both"),
        breakage(
            "a flow no file declares",
            roots -> ((ArrayNode) entry(roots, "rfc7591", "invalid_redirect_uri").get("flows"))
                .set(0, "registrations"),
            "rfc7591: an entry names flow registrations, which the file does not declare"),
        breakage(
            "a shared flow described differently",
            roots -> ((ObjectNode) roots.get("rfc9396").get("flows")).put("device", "Device flow."),
            "flow device is defined differently across files"),
        breakage(
            "a shared group described differently",
            roots -> ((ObjectNode) roots.get("rfc7591").at("/groups/client_configuration"))
                .put("description", "Set up wrong."),
            "group client_configuration is defined differently across files"),
        breakage(
            "a plain http link",
            roots -> ((ObjectNode) entry(roots, "rfc7009", "unsupported_token_type").at("/see/0"))
                .put("url", "http://www.rfc-editor.org/rfc/rfc7009#section-2.2.1"),
            "not https"),
        breakage(
            "a link to the wrong document",
            roots -> ((ObjectNode) entry(roots, "rfc7009", "unsupported_token_type").at("/see/0"))
                .put("url", "https://www.rfc-editor.org/rfc/rfc7090#section-2.2.1"),
            "instead of https://www.rfc-editor.org/rfc/rfc7009#section-2.2.1"),
        breakage(
            "a misspelled field",
            roots -> {
              ObjectNode entry = entry(roots, "rfc8707", "invalid_target");
              entry.set("overide", entry.remove("override"));
            },
            "rfc8707.yaml: entry invalid_target has unknown field 'overide'"),
        breakage(
            "a retry value the format lacks",
            roots -> entry(roots, "rfc9449", "use_dpop_nonce").put("retry", "immediately"),
            "use_dpop_nonce's retry 'immediately'"),
        breakage(
            "a package",
            roots -> roots.get("rfc6749").put("package", "com.example"),
            "rfc6749.yaml: has a package"),
        breakage(
            "the whole set missing a catalog",
            roots -> ((ArrayNode) roots.get(BundledCatalogs.STANDARD).get("extends")).remove(9),
            "oauth-standard does not extend rfc9396"));
  }

  private static Arguments breakage(
      String name, Consumer<Map<String, ObjectNode>> breakIt, String expected) {
    return Arguments.of(name, breakIt, expected);
  }

  private static ObjectNode entry(Map<String, ObjectNode> roots, String catalog, String code) {
    for (JsonNode entry : roots.get(catalog).path("errors")) {
      if (entry.path("code").asText().equals(code)) {
        return (ObjectNode) entry;
      }
    }
    throw new IllegalArgumentException(catalog + " has no entry " + code);
  }

  private static void assertNoProblems(String what, List<String> problems) {
    if (!problems.isEmpty()) {
      fail(what + ":\n  " + String.join("\n  ", problems));
    }
  }
}
