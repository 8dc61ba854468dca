package dev.oautherrors.processor.reference;

import dev.oautherrors.runtime.CodeNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the codes a catalog lists with the codes a source lists, and names every difference: a
 * code missing from the catalog, an extra one, a misspelled one (same lenient form, lower case and
 * {@code -} read as {@code _}, but another spelling), a duplicate, and codes out of order.
 */
final class CodeDiff {
  private CodeDiff() {}

  /** Every difference between {@code expected} and {@code actual}, empty when they agree. */
  static List<String> problems(List<String> expected, List<String> actual) {
    List<String> problems = new ArrayList<>();
    Set<String> expectedSet = new LinkedHashSet<>(expected);
    Set<String> actualSet = new LinkedHashSet<>(actual);
    duplicates(actual).forEach(code -> problems.add("duplicate: '" + code + "' is listed more than once"));

    Map<String, String> unmatchedActualByForm = new LinkedHashMap<>();
    for (String code : actualSet) {
      if (!expectedSet.contains(code)) {
        unmatchedActualByForm.putIfAbsent(CodeNormalizer.normalize(code), code);
      }
    }
    Set<String> misspellings = new LinkedHashSet<>();
    for (String code : expectedSet) {
      if (actualSet.contains(code)) {
        continue;
      }
      String nearly = unmatchedActualByForm.get(CodeNormalizer.normalize(code));
      if (nearly != null) {
        misspellings.add(nearly);
        problems.add("misspelled: '" + nearly + "' should be spelled '" + code + "'");
      } else {
        problems.add("missing: '" + code + "'");
      }
    }
    for (String code : actualSet) {
      if (!expectedSet.contains(code) && !misspellings.contains(code)) {
        problems.add("extra: '" + code + "' is not in the source");
      }
    }
    if (problems.isEmpty() && !expected.equals(actual)) {
      for (int i = 0; i < expected.size(); i++) {
        if (!expected.get(i).equals(actual.get(i))) {
          problems.add(
              "order: position " + (i + 1) + " should be '" + expected.get(i) + "' but is '"
                  + actual.get(i) + "'");
          break;
        }
      }
    }
    return problems;
  }

  private static Set<String> duplicates(List<String> codes) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> duplicates = new LinkedHashSet<>();
    for (String code : codes) {
      if (!seen.add(code)) {
        duplicates.add(code);
      }
    }
    return duplicates;
  }
}
