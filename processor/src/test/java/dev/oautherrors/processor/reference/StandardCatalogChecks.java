package dev.oautherrors.processor.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oautherrors.processor.reference.BundledCatalogs.BundledCatalog;
import dev.oautherrors.processor.reference.CatalogResolver.Base;
import dev.oautherrors.processor.reference.CatalogResolver.Definition;
import dev.oautherrors.processor.reference.StandardCodesTable.Kind;
import dev.oautherrors.processor.reference.StandardCodesTable.Row;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules the bundled standard catalogs keep, each a method that returns its problems (empty
 * when the rule holds). The catalogs are checked as data, against {@code standard-codes.tsv}.
 */
final class StandardCatalogChecks {
  private final Map<String, BundledCatalog> catalogs;
  private final List<Row> table;
  private final Map<String, ObjectNode> roots = new LinkedHashMap<>();
  private final CatalogResolver resolver;

  StandardCatalogChecks(Map<String, BundledCatalog> catalogs, List<Row> table) {
    this.catalogs = catalogs;
    this.table = table;
    catalogs.forEach((id, catalog) -> roots.put(id, catalog.root()));
    this.resolver = new CatalogResolver(roots);
  }

  /** Every problem of every rule. */
  List<String> all() {
    List<String> all = new ArrayList<>();
    all.addAll(shape());
    all.addAll(resolution());
    all.addAll(listedCodes());
    all.addAll(ownEntries());
    all.addAll(overrides());
    all.addAll(citations());
    all.addAll(vocabulary());
    all.addAll(combinations());
    all.addAll(standardCatalog());
    return all;
  }

  /** Fields and types, no package, a header comment naming the specification. */
  List<String> shape() {
    List<String> problems = new ArrayList<>();
    catalogs.values().forEach(catalog -> problems.addAll(CatalogShape.problems(catalog)));
    return problems;
  }

  /** Every catalog resolves: known bases that have the codes taken, no cycle, no conflict. */
  List<String> resolution() {
    catalogs.keySet().forEach(resolver::resolve);
    return resolver.problems().stream().filter(p -> !p.startsWith("a catalog extending")).toList();
  }

  /** Each row's code is in its catalog (directly or through extends) and cites the row's section. */
  List<String> listedCodes() {
    List<String> problems = new ArrayList<>();
    for (Row row : table) {
      Definition definition = resolver.resolve(row.catalog()).get(row.code());
      if (definition == null) {
        problems.add(
            row.catalog() + " lacks " + row.code() + ", which " + row.section() + " "
                + row.kind().name().toLowerCase(Locale.ROOT) + " (table line "
                + row.line() + ")");
      } else if (!definition.refs().contains(row.section())) {
        problems.add(
            row.catalog() + ": " + row.code() + " does not cite " + row.section() + " (table line "
                + row.line() + ")");
      }
    }
    return problems;
  }

  /**
   * A catalog's own entries are codes its specification lists; a new entry is one the
   * specification defines, and a code it only uses is an override of the catalog that has it.
   */
  List<String> ownEntries() {
    List<String> problems = new ArrayList<>();
    catalogs.forEach(
        (id, catalog) -> {
          for (JsonNode entry : catalog.root().path("errors")) {
            String code = entry.path("code").asText();
            List<Row> rows = rows(id, code);
            Definition definition = resolver.resolve(id).get(code);
            if (rows.isEmpty()) {
              problems.add(
                  id + " holds " + code + ", which no section of its specification lists in "
                      + "standard-codes.tsv");
            } else if (definition != null
                && definition.base == null
                && rows.stream().noneMatch(row -> row.kind() == Kind.DEFINES)) {
              problems.add(
                  id + ": " + code + " is a new entry, but its specification only uses the code;"
                      + " extend the catalog that has it and override the entry");
            }
          }
        });
    for (Row row : table) {
      Definition definition = resolver.resolve(row.catalog()).get(row.code());
      if (row.kind() == Kind.USES
          && definition != null
          && (!definition.catalog.equals(row.catalog()) || definition.base == null)) {
        problems.add(
            row.catalog() + ": " + row.section() + " uses " + row.code()
                + "; the catalog must override it from a base that has it (table line "
                + row.line() + ")");
      }
    }
    return problems;
  }

  /** An override keeps every citation and flow it inherits, and the group and Java name. */
  List<String> overrides() {
    List<String> problems = new ArrayList<>();
    for (String id : catalogs.keySet()) {
      for (Definition definition : resolver.resolve(id).values()) {
        Definition base = definition.base;
        if (base == null || !definition.catalog.equals(id)) {
          continue;
        }
        String code = id + ": the override of " + definition.code;
        List<String> lostRefs = missing(base.refs(), definition.refs());
        if (!lostRefs.isEmpty()) {
          problems.add(code + " drops the citations " + lostRefs + " of " + base.catalog);
        }
        List<String> lostFlows = missing(base.flows(), definition.flows());
        if (!lostFlows.isEmpty()) {
          problems.add(code + " drops the flows " + lostFlows + " of " + base.catalog);
        }
        for (String field : List.of("group", "javaName")) {
          if (!base.fields.path(field).equals(definition.fields.path(field))) {
            problems.add(code + " changes its " + field + " from " + base.catalog + "'s");
          }
        }
      }
    }
    return problems;
  }

  /** Citations are https links to the cited section, each once, and include the own spec. */
  List<String> citations() {
    List<String> problems = new ArrayList<>();
    catalogs.forEach(
        (id, catalog) -> {
          for (JsonNode entry : catalog.root().path("errors")) {
            String code = id + ": " + entry.path("code").asText();
            Set<String> refs = new HashSet<>();
            boolean citesOwn = false;
            for (JsonNode citation : entry.path("see")) {
              String ref = citation.path("ref").asText();
              String url = citation.path("url").asText();
              String expected = StandardDocuments.urlOf(ref);
              citesOwn |= id.equals(StandardDocuments.catalogOf(ref));
              if (!refs.add(ref)) {
                problems.add(code + " cites " + ref + " twice");
              }
              if (!url.startsWith("https://")) {
                problems.add(code + " links " + ref + " with a URL that is not https: " + url);
              } else if (expected == null) {
                problems.add(
                    code + " cites '" + ref + "', which is not of the form 'RFC <n> §<section>'"
                        + " or a known 'OpenID Connect Core 1.0 §<section>'");
              } else if (!url.equals(expected)) {
                problems.add(code + " links " + ref + " to " + url + " instead of " + expected);
              }
            }
            if (entry.has("see") && !citesOwn) {
              problems.add(code + " cites no section of its own specification");
            }
          }
        });
    return problems;
  }

  /**
   * Each file declares exactly the flows and groups its own entries name, and a flow or group id
   * has the same definition in every file that declares it.
   */
  List<String> vocabulary() {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, String>> flowTexts = new TreeMap<>();
    Map<String, Map<String, String>> groupTexts = new TreeMap<>();
    catalogs.forEach(
        (id, catalog) -> {
          JsonNode root = catalog.root();
          Set<String> flows = new LinkedHashSet<>();
          Set<String> groups = new LinkedHashSet<>();
          for (JsonNode entry : root.path("errors")) {
            flows.addAll(CatalogResolver.texts(entry.path("flows")));
            if (entry.has("group")) {
              groups.add(entry.path("group").asText());
            }
          }
          declared(id, "flow", flows, root.path("flows"), flowTexts, problems);
          declared(id, "group", groups, root.path("groups"), groupTexts, problems);
        });
    differing("flow", flowTexts, problems);
    differing("group", groupTexts, problems);
    return problems;
  }

  /** Any two bundled catalogs can be extended together without a conflict. */
  List<String> combinations() {
    List<String> ids = List.copyOf(catalogs.keySet());
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        resolver.combine(List.of(ids.get(i), ids.get(j)));
      }
    }
    return resolver.problems().stream().filter(p -> p.startsWith("a catalog extending")).toList();
  }

  /** {@code oauth-standard} extends every other catalog and cites every section for each code. */
  List<String> standardCatalog() {
    List<String> problems = new ArrayList<>();
    BundledCatalog standard = catalogs.get(BundledCatalogs.STANDARD);
    if (standard == null) {
      return List.of(BundledCatalogs.STANDARD + " is missing");
    }
    Set<String> others = new LinkedHashSet<>(catalogs.keySet());
    others.remove(BundledCatalogs.STANDARD);
    Set<String> bases = new LinkedHashSet<>();
    for (Base base : CatalogResolver.bases(standard.root())) {
      bases.add(base.catalog());
      if (base.codes() != null) {
        problems.add(BundledCatalogs.STANDARD + " takes only some codes of " + base.catalog());
      }
    }
    for (String id : missing(List.copyOf(others), List.copyOf(bases))) {
      problems.add(BundledCatalogs.STANDARD + " does not extend " + id);
    }
    Map<String, Definition> all = resolver.resolve(BundledCatalogs.STANDARD);
    for (Row row : table) {
      Definition definition = all.get(row.code());
      if (definition == null || !definition.refs().contains(row.section())) {
        problems.add(
            BundledCatalogs.STANDARD + ": " + row.code() + " does not cite " + row.section());
      }
    }
    return problems;
  }

  private List<Row> rows(String catalog, String code) {
    return table.stream()
        .filter(row -> row.catalog().equals(catalog) && row.code().equals(code))
        .toList();
  }

  private static void declared(
      String id,
      String kind,
      Set<String> named,
      JsonNode declarations,
      Map<String, Map<String, String>> texts,
      List<String> problems) {
    Set<String> declared = new LinkedHashSet<>();
    declarations.properties().forEach(
        declaration -> {
          declared.add(declaration.getKey());
          texts
              .computeIfAbsent(declaration.getKey(), key -> new TreeMap<>())
              .put(id, declaration.getValue().toString());
        });
    for (String name : missing(List.copyOf(named), List.copyOf(declared))) {
      problems.add(id + ": an entry names " + kind + " " + name + ", which the file does not declare");
    }
    for (String name : missing(List.copyOf(declared), List.copyOf(named))) {
      problems.add(id + ": declares " + kind + " " + name + ", which none of its entries names");
    }
  }

  private static void differing(
      String kind, Map<String, Map<String, String>> texts, List<String> problems) {
    texts.forEach(
        (name, byCatalog) -> {
          if (new HashSet<>(byCatalog.values()).size() > 1) {
            problems.add(kind + " " + name + " is defined differently across files: " + byCatalog);
          }
        });
  }

  /** The items of {@code wanted} that {@code actual} lacks, in order. */
  private static List<String> missing(List<String> wanted, List<String> actual) {
    Set<String> have = new HashSet<>(actual);
    return wanted.stream().filter(item -> !have.contains(item)).toList();
  }
}
