package dev.oautherrors.processor.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.oautherrors.processor.diagnostic.CatalogText;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.load.BaseCatalogs;
import dev.oautherrors.processor.load.LoadedCatalog;
import dev.oautherrors.processor.load.YamlNode;
import dev.oautherrors.processor.validate.CatalogComposer;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled catalogs as the processor resolves them: {@code extends} and {@code override} are
 * resolved by the processor's own {@link CatalogComposer} (the one home of those rules), over
 * catalog trees that a test may have changed; this class only turns its answers into the plain
 * values the checks read.
 */
final class CatalogResolver {
  private static final YAMLMapper YAML = new YAMLMapper();

  /** A citation of a specification section. */
  record Citation(String ref, String url) {}

  /** One definition of a code, as the processor resolved it. */
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

  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, Map<String, Definition>> resolved = new HashMap<>();
  private final Set<String> problems = new LinkedHashSet<>();

  CatalogResolver(Map<String, ObjectNode> roots) {
    roots.forEach((id, root) -> texts.put(id, yaml(root)));
  }

  /** The problems found so far, each once, in the order found, after the catalog's name. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  /** The codes of a bundled catalog with their definitions. */
  Map<String, Definition> resolve(String id) {
    Map<String, Definition> done = resolved.get(id);
    if (done == null) {
      done = resolve(id, texts.getOrDefault(id, "{}"));
      resolved.put(id, done);
    }
    return done;
  }

  /** Resolves a catalog of a user that extends the given bundled catalogs and adds nothing. */
  Map<String, Definition> combine(List<String> ids) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ids.forEach(root.putArray("extends")::add);
    return resolve("a catalog extending " + String.join(" and ", ids), yaml(root));
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

  private Map<String, Definition> resolve(String name, String text) {
    List<Problem> found = new ArrayList<>();
    Map<String, CatalogComposer.Definition> definitions = CatalogComposer.definitions(
        loaded(name, text), name, this::find, found);
    found.forEach(problem -> problems.add(name + ": " + problem.text()));
    Map<String, Definition> converted = new HashMap<>();
    Map<String, Definition> codes = new LinkedHashMap<>();
    definitions.forEach((code, definition) -> codes.put(code, convert(definition, converted)));
    return codes;
  }

  private Optional<BaseCatalogs.Base> find(String reference, CatalogText from) {
    String text = texts.get(reference);
    return text == null ? Optional.empty()
        : Optional.of(new BaseCatalogs.Base("bundled:" + reference, reference,
            loaded(reference, text)));
  }

  private static LoadedCatalog loaded(String name, String text) {
    return new LoadedCatalog(
        new CatalogText(BaseCatalogs.BUNDLED_DIRECTORY + name + ".yaml", text),
        Integer.toHexString(text.hashCode()));
  }

  /** The processor's definition as a plain tree; a definition met twice converts once. */
  private static Definition convert(
      CatalogComposer.Definition definition, Map<String, Definition> converted) {
    if (definition == null) {
      return null;
    }
    String key = definition.catalog() + "\u0000" + definition.code();
    Definition done = converted.get(key);
    if (done == null) {
      done = new Definition(definition.catalog(), definition.code(),
          (ObjectNode) tree(definition.fields()), convert(definition.base(), converted));
      converted.put(key, done);
    }
    return done;
  }

  private static JsonNode tree(YamlNode node) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (node instanceof YamlNode.Mapping mapping) {
      ObjectNode object = nodes.objectNode();
      mapping.entries().forEach(entry -> object.set(entry.key(), tree(entry.value())));
      return object;
    }
    if (node instanceof YamlNode.Sequence sequence) {
      var array = nodes.arrayNode();
      sequence.items().forEach(item -> array.add(tree(item)));
      return array;
    }
    YamlNode.Scalar scalar = (YamlNode.Scalar) node;
    return switch (scalar.kind()) {
      case NULL -> nodes.nullNode();
      case BOOLEAN -> nodes.booleanNode(Boolean.parseBoolean(scalar.text()));
      default -> nodes.textNode(scalar.text());
    };
  }

  private static String yaml(ObjectNode root) {
    try {
      return YAML.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
