package dev.oautherrors.processor.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the lists that tests need from {@code docs/reference/oauth-error-facts.md}. */
final class FactsSheet {
  static final String SEED_SECTION = "## The seed page, in short";
  static final String DESCRIPTIONS_SECTION = "## error_description values Salesforce is known to send";

  private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
  private static final Pattern CODE_LABEL = Pattern.compile("`([A-Za-z][A-Za-z0-9_-]*)`:");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

  private FactsSheet() {}

  /** The codes the sheet's first bullet on the seed page lists, in its order. */
  static List<String> seedCodes(String sheet) {
    String bullet = bullets(section(sheet, SEED_SECTION)).get(0);
    List<String> codes = new ArrayList<>();
    Matcher m = BACKTICKED.matcher(bullet);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  /** Code → the error_description values the sheet says the server sends for it. */
  static Map<String, List<String>> knownDescriptions(String sheet) {
    String text = String.join(" ", section(sheet, DESCRIPTIONS_SECTION).lines().toList());
    Map<String, List<String>> known = new LinkedHashMap<>();
    Matcher label = CODE_LABEL.matcher(text);
    List<String> codes = new ArrayList<>();
    List<Integer> labelStarts = new ArrayList<>();
    List<Integer> listStarts = new ArrayList<>();
    while (label.find()) {
      codes.add(label.group(1));
      labelStarts.add(label.start());
      listStarts.add(label.end());
    }
    for (int i = 0; i < codes.size(); i++) {
      int end = i + 1 < codes.size() ? labelStarts.get(i + 1) : text.length();
      Matcher quoted = QUOTED.matcher(text.substring(listStarts.get(i), end));
      List<String> descriptions = known.computeIfAbsent(codes.get(i), k -> new ArrayList<>());
      while (quoted.find()) {
        descriptions.add(quoted.group(1));
      }
    }
    return known;
  }

  private static String section(String sheet, String heading) {
    int start = sheet.indexOf(heading);
    if (start < 0) {
      throw new IllegalArgumentException("no section '" + heading + "' in the facts sheet");
    }
    start += heading.length();
    int end = sheet.indexOf("\n## ", start);
    return sheet.substring(start, end < 0 ? sheet.length() : end);
  }

  private static List<String> bullets(String section) {
    List<String> bullets = new ArrayList<>();
    for (String line : section.lines().toList()) {
      if (line.startsWith("- ")) {
        bullets.add(line.substring(2));
      } else if (!line.isBlank() && !bullets.isEmpty()) {
        bullets.set(bullets.size() - 1, bullets.get(bullets.size() - 1) + " " + line.strip());
      }
    }
    if (bullets.isEmpty()) {
      throw new IllegalArgumentException("the facts sheet's section has no bullets");
    }
    return bullets;
  }
}
