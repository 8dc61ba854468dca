package dev.oautherrors.processor.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.oautherrors.processor.reference.ReferenceFiles.Entry;
import dev.oautherrors.processor.reference.ReferenceFiles.Reason;
import dev.oautherrors.processor.reference.SalesforceFacts.Example;
import dev.oautherrors.processor.reference.SalesforceFacts.Row;
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
 * Keeps the reference catalog ({@code example-app/src/main/resources/errors/salesforce.yaml}), as the
 * processor resolves it, true to
 * Salesforce's page "OAuth 2.0 Authorization Errors", whose facts are this module's test data
 * ({@link SalesforceFacts}).
 */
class SeedCatalogTest {
  private static SalesforceFacts facts;
  private static List<Row> seedRows;
  private static List<Entry> catalog;

  @BeforeAll
  static void readSources() {
    facts = SalesforceFacts.load();
    seedRows = facts.rows();
    catalog = ReferenceFiles.resolvedEntries(ReferenceFiles.CATALOG);
  }

  @Test
  void theFactsHoldThePagesTwentyFourCodes() {
    assertEquals(24, seedRows.size(), "the page's table has 24 codes: " + facts.codes());
    assertEquals(
        List.of("ERROR_CREATING_USER", "invalid_grant", "invalid_request"),
        seedRows.stream().filter(Row::listsSubCauses).map(Row::code).toList(),
        "the page lists sub-causes in three rows");
  }

  @Test
  void catalogHasEverySeedCodeSpelledExactlyAndInTableOrder() {
    List<String> problems = CodeDiff.problems(facts.codes(), catalogCodes());
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
      if (entry == null || row.listsSubCauses()) {
        continue;
      }
      if (!entry.cause().equals(row.cause())) {
        problems.add(
            row.code() + ":\n    seed:    " + row.cause()
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
    Map<String, List<String>> known = facts.descriptions();
    List<String> problems = new ArrayList<>();
    List<Row> cutShort = seedRows.stream().filter(Row::listsSubCauses).toList();
    assertFalse(cutShort.isEmpty(), "three rows of the page list sub-causes");
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
      // No error_description values are known for some of these rows (ERROR_CREATING_USER);
      // the catalog must not invent reasons for them.
      if (known.containsKey(row.code()) && entry.reasons().isEmpty()) {
        problems.add(row.code() + ": its descriptions are known, the catalog has no reasons");
      }
    }
    if (!problems.isEmpty()) {
      fail("rows the seed cuts short:\n  " + String.join("\n  ", problems));
    }
  }

  @Test
  void everyKnownDescriptionIsAReasonOfItsCode() {
    Map<String, Entry> byCode = byCode();
    Map<String, List<String>> known = facts.descriptions();
    assertEquals(
        List.of(
            "invalid_grant",
            "invalid_client",
            "invalid_client_id",
            "invalid_app_access",
            "invalid_request",
            "rate_limit_exceeded"),
        List.copyOf(known.keySet()),
        "facts read wrongly: " + known);
    assertEquals(12, known.get("invalid_grant").size(), "facts read wrongly: " + known);
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
    Pattern redirectError = Pattern.compile("[?#&]error=([^\\s&#]+)");
    Pattern jsonError =
        Pattern.compile("\"error\"\\s*:\\s*\"([^\"]*)\"\\s*,\\s*\"error_description\"\\s*:\\s*\"([^\"]*)\"");
    for (Example example : facts.examples()) {
      if (example.redirect().isPresent()) {
        Matcher redirect = redirectError.matcher(example.redirect().get());
        if (!redirect.find()) {
          problems.add(example.flow() + ": no error= in " + example.redirect().get());
        } else if (exactly(redirect.group(1)) == null) {
          problems.add(example.flow() + ": redirect error=" + redirect.group(1) + " is no code or alias");
        }
        continue;
      }
      Matcher json = jsonError.matcher(example.body().orElseThrow());
      if (!json.find()) {
        problems.add(example.flow() + ": no error and error_description in " + example.body().get());
        continue;
      }
      Entry entry = exactly(json.group(1));
      if (entry == null) {
        problems.add(example.flow() + ": JSON error " + json.group(1) + " is no code or alias");
      } else if (!hasReason(entry, json.group(2))) {
        problems.add(example.flow() + ": JSON error " + json.group(1) + ": no reason matches \""
            + json.group(2) + "\"");
      }
    }
    assertEquals(6, facts.examples().size(), "the seed page has six example responses");
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

  private static List<String> catalogCodes() {
    return catalog.stream().map(Entry::code).toList();
  }

  private static Map<String, Entry> byCode() {
    Map<String, Entry> byCode = new LinkedHashMap<>();
    catalog.forEach(entry -> byCode.putIfAbsent(entry.code(), entry));
    return byCode;
  }
}
