package dev.oautherrors.processor.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.oautherrors.processor.reference.ReferenceFiles.Entry;
import dev.oautherrors.processor.reference.ReferenceFiles.Reason;
import dev.oautherrors.processor.reference.SeedTable.Row;
import dev.oautherrors.runtime.ReasonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the reference catalog ({@code example-app/src/main/resources/errors.yaml}) true to its
 * sources: the copy of Salesforce's page and the facts sheet in {@code docs/reference/}.
 */
class SeedCatalogTest {
  private static List<Row> seedRows;
  private static String seedPage;
  private static String factsSheet;
  private static List<Entry> catalog;

  @BeforeAll
  static void readSources() {
    seedPage = ReferenceFiles.read(ReferenceFiles.SEED_PAGE);
    seedRows = SeedTable.read(seedPage);
    factsSheet = ReferenceFiles.read(ReferenceFiles.FACTS_SHEET);
    catalog = ReferenceFiles.entries(ReferenceFiles.read(ReferenceFiles.CATALOG));
  }

  @Test
  void tableReaderFindsTheCodesTheFactsSheetCounts() {
    assertEquals(
        FactsSheet.seedCodes(factsSheet),
        codes(seedRows),
        "the seed table as read differs from the facts sheet's list of its codes");
  }

  @Test
  void catalogHasEverySeedCodeSpelledExactlyAndInTableOrder() {
    List<String> problems = CodeDiff.problems(codes(seedRows), catalogCodes());
    if (!problems.isEmpty()) {
      fail(
          "errors.yaml does not list the seed table's codes:\n  " + String.join("\n  ", problems));
    }
  }

  @Test
  void catalogCausesAreTheSeedCausesVerbatim() {
    Map<String, Entry> byCode = byCode();
    List<String> problems = new ArrayList<>();
    for (Row row : seedRows) {
      Entry entry = byCode.get(row.code());
      if (entry == null || !row.complete()) {
        continue;
      }
      if (!entry.cause().equals(row.cause())) {
        problems.add(
            row.code() + " (seed line " + row.line() + "):\n    seed:    " + row.cause()
                + "\n    catalog: " + entry.cause());
      }
    }
    if (!problems.isEmpty()) {
      fail("causes differ from the seed table:\n  " + String.join("\n  ", problems));
    }
  }

  @Test
  void cutShortRowsKeepTheLeadInAndSummariseOrListTheirSubCauses() {
    Map<String, Entry> byCode = byCode();
    Map<String, List<String>> known = FactsSheet.knownDescriptions(factsSheet);
    List<String> problems = new ArrayList<>();
    List<Row> cutShort = seedRows.stream().filter(row -> !row.complete()).toList();
    assertFalse(cutShort.isEmpty(), "the seed copy is known to cut three rows short");
    for (Row row : cutShort) {
      Entry entry = byCode.get(row.code());
      if (entry == null) {
        continue;
      }
      if (!entry.cause().startsWith(row.cause())
          || entry.cause().strip().length() <= row.cause().length()) {
        problems.add(
            row.code() + ": cause must start with the seed's lead-in '" + row.cause()
                + "' and summarise the sub-causes, but is '" + entry.cause() + "'");
      }
      // The facts sheet gives no error_description values for some of these rows
      // (ERROR_CREATING_USER); the catalog must not invent reasons for them.
      if (known.containsKey(row.code()) && entry.reasons().isEmpty()) {
        problems.add(row.code() + ": the facts sheet lists its sub-causes, the catalog has no reasons");
      }
    }
    if (!problems.isEmpty()) {
      fail("rows the seed cuts short:\n  " + String.join("\n  ", problems));
    }
  }

  @Test
  void everyDescriptionTheFactsSheetKnowsIsAReasonOfItsCode() {
    Map<String, Entry> byCode = byCode();
    Map<String, List<String>> known = FactsSheet.knownDescriptions(factsSheet);
    assertEquals(
        List.of(
            "invalid_grant",
            "invalid_client",
            "invalid_client_id",
            "invalid_app_access",
            "invalid_request",
            "rate_limit_exceeded"),
        List.copyOf(known.keySet()),
        "facts sheet read wrongly: " + known);
    assertEquals(12, known.get("invalid_grant").size(), "facts sheet read wrongly: " + known);
    List<String> problems = new ArrayList<>();
    known.forEach(
        (code, descriptions) -> {
          Entry entry = byCode.get(code);
          if (entry == null) {
            problems.add(code + ": not in the catalog");
            return;
          }
          for (String description : descriptions) {
            if (!hasReason(entry, description)) {
              problems.add(code + ": no reason matches \"" + description + "\"");
            }
          }
        });
    if (!problems.isEmpty()) {
      fail("reasons missing from errors.yaml:\n  " + String.join("\n  ", problems));
    }
  }

  @Test
  void seedExampleResponsesMatchACodeOrAliasExactlyAndAKnownReason() {
    List<String> problems = new ArrayList<>();
    Matcher redirect = Pattern.compile("[?#&]error=([^\\s&#]+)").matcher(seedPage);
    int examples = 0;
    while (redirect.find()) {
      examples++;
      if (exactly(redirect.group(1)) == null) {
        problems.add("redirect error=" + redirect.group(1) + " is no code or alias");
      }
    }
    Matcher json =
        Pattern.compile("\"error\"\\s*:\\s*\"([^\"]*)\"\\s*,\\s*\"error_description\"\\s*:\\s*\"([^\"]*)\"")
            .matcher(seedPage);
    while (json.find()) {
      examples++;
      Entry entry = exactly(json.group(1));
      if (entry == null) {
        problems.add("JSON error " + json.group(1) + " is no code or alias");
      } else if (!hasReason(entry, json.group(2))) {
        problems.add("JSON error " + json.group(1) + ": no reason matches \"" + json.group(2) + "\"");
      }
    }
    assertEquals(6, examples, "the seed page has six example responses");
    if (!problems.isEmpty()) {
      fail("the seed's example responses do not match errors.yaml:\n  " + String.join("\n  ", problems));
    }
  }

  private static boolean hasReason(Entry entry, String description) {
    String wanted = ReasonText.normalize(description);
    for (Reason reason : entry.reasons()) {
      for (String spelling : reason.spellings()) {
        if (ReasonText.normalize(spelling).equals(wanted)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Entry exactly(String wire) {
    for (Entry entry : catalog) {
      if (entry.code().equals(wire) || entry.aliases().contains(wire)) {
        return entry;
      }
    }
    return null;
  }

  private static List<String> codes(List<Row> rows) {
    return rows.stream().map(Row::code).toList();
  }

  private static List<String> catalogCodes() {
    return catalog.stream().map(Entry::code).toList();
  }

  private static Map<String, Entry> byCode() {
    Map<String, Entry> byCode = new LinkedHashMap<>();
    catalog.forEach(entry -> byCode.putIfAbsent(entry.code(), entry));
    return byCode;
  }
}
