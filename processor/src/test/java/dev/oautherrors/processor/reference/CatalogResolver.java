package dev.oautherrors.processor.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves {@code extends} and {@code override} over catalog trees by the rules of the agreed
 * format (catalog-format-v2): a base gives all or the selected codes; an entry for a code a base
 * has must say {@code override: true}, its fields replace the base's (lists whole) and the rest
 * are inherited; the same code from two bases is fine when one definition derives from the other
 * (the more derived wins) or they are the same definition, and a conflict otherwise.
 *
 * <p>Problems are collected, not thrown, so that a test can report all of them at once.
 */
final class CatalogResolver {
  /** A citation of a specification section. */
  record Citation(String ref, String url) {}

  /**
   * One definition of a code: the entry of one catalog, merged over the definition it overrides.
   */
  static final class Definition {
    final String catalog;
    final String code;
    final ObjectNode fields;
    final Definition base;

    Definition(String catalog, String code, ObjectNode fields, Definition base) {
      this.catalog = catalog;
      this.code = code;
      this.fields = fields;
      this.base = base;
    }

    /** Whether this is {@code other} or overrides it, directly or through other overrides. */
    boolean derivesFrom(Definition other) {
      for (Definition d = this; d != null; d = d.base) {
        if (d == other) {
          return true;
        }
      }
      return false;
    }

    List<String> flows() {
      return texts(fields.path("flows"));
    }

    List<Citation> see() {
      List<Citation> see = new ArrayList<>();
      for (JsonNode item : fields.path("see")) {
        see.add(new Citation(item.path("ref").asText(), item.path("url").asText()));
      }
      return see;
    }

    List<String> refs() {
      return see().stream().map(Citation::ref).toList();
    }

    String group() {
      return fields.path("group").asText(null);
    }
  }

  /** A base of a catalog: its id and the codes taken from it, or null for all of them. */
  record Base(String catalog, List<String> codes) {}

  private final Map<String, ObjectNode> roots;
  private final Map<String, Map<String, Definition>> resolved = new HashMap<>();
  private final Set<String> resolving = new LinkedHashSet<>();
  private final Set<String> problems = new LinkedHashSet<>();

  CatalogResolver(Map<String, ObjectNode> roots) {
    this.roots = roots;
  }

  /** The problems found so far, each once, in the order found. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  /** The codes of a bundled catalog with their definitions, its own entries last. */
  Map<String, Definition> resolve(String id) {
    Map<String, Definition> done = resolved.get(id);
    if (done != null) {
      return done;
    }
    if (!resolving.add(id)) {
      problems.add("extends forms a cycle: " + String.join(" -> ", resolving) + " -> " + id);
      return Map.of();
    }
    Map<String, Definition> codes = resolve(id, roots.get(id));
    resolving.remove(id);
    resolved.put(id, codes);
    return codes;
  }

  /** Resolves a catalog of a user that extends the given bundled catalogs and adds nothing. */
  Map<String, Definition> combine(List<String> ids) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ids.forEach(root.putArray("extends")::add);
    return resolve("a catalog extending " + String.join(" and ", ids), root);
  }

  /** The bases of a catalog tree, in order. */
  static List<Base> bases(JsonNode root) {
    JsonNode node = root.path("extends");
    List<Base> bases = new ArrayList<>();
    for (JsonNode item : node.isArray() ? node : List.of(node)) {
      if (item.isTextual()) {
        bases.add(new Base(item.asText(), null));
      } else if (item.isObject()) {
        bases.add(new Base(item.path("catalog").asText(), texts(item.path("codes"))));
      }
    }
    return bases;
  }

  private Map<String, Definition> resolve(String id, ObjectNode root) {
    Map<String, Definition> inherited = new LinkedHashMap<>();
    for (Base base : bases(root)) {
      if (!roots.containsKey(base.catalog())) {
        problems.add(id + ": extends unknown catalog '" + base.catalog() + "'");
        continue;
      }
      Map<String, Definition> from = resolve(base.catalog());
      Collection<String> codes = base.codes() == null ? from.keySet() : base.codes();
      for (String code : codes) {
        Definition definition = from.get(code);
        if (definition == null) {
          problems.add(id + ": takes " + code + " from " + base.catalog() + ", which lacks it");
        } else {
          inherit(id, inherited, definition);
        }
      }
    }
    Map<String, Definition> codes = new LinkedHashMap<>(inherited);
    for (JsonNode entry : root.path("errors")) {
      String code = entry.path("code").asText();
      boolean override = entry.path("override").asBoolean(false);
      Definition base = inherited.get(code);
      if (base != null && !override) {
        problems.add(
            id + ": " + code + " redefines the code of " + base.catalog
                + " without override: true");
      } else if (base == null && override) {
        problems.add(id + ": " + code + " says override: true, but no base has the code");
      }
      codes.put(code, new Definition(id, code, merged(base, (ObjectNode) entry), base));
    }
    return codes;
  }

  private void inherit(String id, Map<String, Definition> inherited, Definition definition) {
    Definition seen = inherited.get(definition.code);
    if (seen == null || definition.derivesFrom(seen)) {
      inherited.put(definition.code, definition);
    } else if (!seen.derivesFrom(definition)) {
      problems.add(
          id + ": " + definition.code + " conflicts: the definitions of " + seen.catalog
              + " and " + definition.catalog + " do not derive from each other");
    }
  }

  private static ObjectNode merged(Definition base, ObjectNode entry) {
    ObjectNode fields = base == null ? JsonNodeFactory.instance.objectNode() : base.fields.deepCopy();
    entry.properties().forEach(field -> fields.set(field.getKey(), field.getValue().deepCopy()));
    fields.remove("override");
    return fields;
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
