package dev.oautherrors.processor.reference;

import com.fasterxml.jackson.databind.JsonNode;
import dev.oautherrors.processor.reference.BundledCatalogs.BundledCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that a bundled catalog has the agreed shape: the existing format's fields plus
 * {@code extends}, {@code override} and {@code see}, no {@code package}, the right types, and a
 * header comment naming the specification's URL.
 */
final class CatalogShape {
  static final Set<String> TOP_LEVEL = Set.of("extends", "flows", "groups", "errors");
  static final Set<String> ENTRY_FIELDS =
      Set.of(
          "code", "override", "cause", "aliases", "javaName", "group", "flows", "retry", "action",
          "reasons", "see");
  static final Set<String> GROUP_FIELDS = Set.of("description", "javaName");
  static final Set<String> BASE_FIELDS = Set.of("catalog", "codes");
  static final Set<String> CITATION_FIELDS = Set.of("ref", "url");
  static final Set<String> RETRY = Set.of("never", "poll", "slow_down", "back_off", "restart");

  private final String file;
  private final List<String> problems = new ArrayList<>();

  private CatalogShape(String file) {
    this.file = file;
  }

  /** The shape problems of one catalog. */
  static List<String> problems(BundledCatalog catalog) {
    CatalogShape shape = new CatalogShape(catalog.id() + ".yaml");
    shape.header(catalog);
    shape.topLevel(catalog.root());
    return shape.problems;
  }

  private void header(BundledCatalog catalog) {
    StringBuilder header = new StringBuilder();
    for (String line : catalog.text().lines().toList()) {
      if (!line.startsWith("#")) {
        break;
      }
      header.append(line).append('\n');
    }
    if (header.length() == 0) {
      problems.add(file + ": starts with no header comment saying what the specification is");
    }
    String document = StandardDocuments.documentOf(catalog.id());
    if (document != null && !header.toString().contains(document)) {
      problems.add(file + ": the header comment does not name the specification's URL " + document);
    }
  }

  private void topLevel(JsonNode root) {
    root.fieldNames()
        .forEachRemaining(
            name -> {
              if (name.equals("package")) {
                problems.add(file + ": has a package; bundled catalogs are only bases");
              } else if (!TOP_LEVEL.contains(name)) {
                problems.add(file + ": unknown top-level field '" + name + "'");
              }
            });
    if (root.has("extends")) {
      extendsField(root.get("extends"));
    }
    textMap(root.path("flows"), "flows");
    JsonNode groups = root.path("groups");
    groups.properties().forEach(group -> groupField(group.getKey(), group.getValue()));
    if (!groups.isMissingNode() && !groups.isObject()) {
      problems.add(file + ": groups must be a mapping");
    }
    JsonNode errors = root.path("errors");
    if (!errors.isMissingNode() && !errors.isArray()) {
      problems.add(file + ": errors must be a sequence");
    }
    Set<String> codes = new HashSet<>();
    for (JsonNode entry : errors) {
      entry(entry);
      if (!codes.add(entry.path("code").asText())) {
        problems.add(file + ": lists " + entry.path("code").asText() + " twice");
      }
    }
    if (!root.has("extends") && errors.isEmpty()) {
      problems.add(file + ": has neither extends nor errors");
    }
  }

  private void extendsField(JsonNode node) {
    for (JsonNode base : node.isArray() ? node : List.of(node)) {
      if (base.isObject()) {
        unknownFields(base, BASE_FIELDS, "an extends item");
        text(base.path("catalog"), "an extends item's catalog");
        if (!base.path("codes").isArray() || base.path("codes").isEmpty()) {
          problems.add(file + ": an extends item's codes must be a non-empty sequence");
        }
        base.path("codes").forEach(code -> text(code, "a code taken from " + base.path("catalog")));
      } else {
        text(base, "an extends item");
      }
    }
  }

  private void groupField(String id, JsonNode group) {
    if (!group.isObject()) {
      problems.add(file + ": group " + id + " must be a mapping with a description");
      return;
    }
    unknownFields(group, GROUP_FIELDS, "group " + id);
    text(group.path("description"), "group " + id + "'s description");
  }

  private void entry(JsonNode entry) {
    if (!entry.isObject()) {
      problems.add(file + ": every item of errors must be a mapping");
      return;
    }
    String where = "entry " + entry.path("code").asText("(no code)");
    unknownFields(entry, ENTRY_FIELDS, where);
    text(entry.path("code"), where + "'s code");
    JsonNode override = entry.path("override");
    if (!override.isMissingNode() && !override.isBoolean()) {
      problems.add(file + ": " + where + "'s override must be true or false");
    }
    if (!override.asBoolean(false) || entry.has("cause")) {
      text(entry.path("cause"), where + "'s cause");
    }
    if (entry.has("action")) {
      text(entry.path("action"), where + "'s action");
    }
    if (entry.has("group")) {
      text(entry.path("group"), where + "'s group");
    }
    if (entry.has("retry") && !RETRY.contains(entry.path("retry").asText())) {
      problems.add(
          file + ": " + where + "'s retry '" + entry.path("retry").asText() + "' is none of " + RETRY);
    }
    if (entry.has("flows")) {
      distinctTexts(entry.path("flows"), where + "'s flows");
    }
    if (entry.has("see")) {
      JsonNode see = entry.path("see");
      if (!see.isArray() || see.isEmpty()) {
        problems.add(file + ": " + where + "'s see must be a non-empty sequence");
      }
      for (JsonNode citation : see) {
        unknownFields(citation, CITATION_FIELDS, where + "'s citation");
        text(citation.path("ref"), where + "'s citation ref");
        text(citation.path("url"), where + "'s citation url");
      }
    } else if (!override.asBoolean(false)) {
      problems.add(file + ": " + where + " cites no section (see)");
    }
  }

  private void textMap(JsonNode map, String what) {
    if (map.isMissingNode()) {
      return;
    }
    if (!map.isObject()) {
      problems.add(file + ": " + what + " must be a mapping");
    }
    map.properties().forEach(item -> text(item.getValue(), what + " " + item.getKey()));
  }

  private void distinctTexts(JsonNode list, String what) {
    if (!list.isArray()) {
      problems.add(file + ": " + what + " must be a sequence");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode item : list) {
      text(item, what);
      if (!seen.add(item.asText())) {
        problems.add(file + ": " + what + " lists " + item.asText() + " twice");
      }
    }
  }

  private void unknownFields(JsonNode node, Set<String> known, String where) {
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                problems.add(file + ": " + where + " has unknown field '" + name + "'");
              }
            });
  }

  private void text(JsonNode node, String what) {
    if (!node.isTextual() || node.asText().isBlank()) {
      problems.add(file + ": " + what + " must be a non-blank string");
    }
  }
}
