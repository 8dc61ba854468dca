package dev.oautherrors.processor.validate;

import dev.oautherrors.processor.load.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The edits {@link CatalogComposer} makes to YAML trees: merging an override over its base, and
 * assembling the composed catalog's sections. Nodes are never changed, only recombined, so every
 * node keeps the position (and file) it was read with.
 */
final class TreeEdits {
  private TreeEdits() {}

  /** The base's fields with the override's replacing them; {@code see} adds citations. */
  static YamlNode.Mapping merge(YamlNode.Mapping base, YamlNode.Mapping override) {
    List<YamlNode.Entry> entries = new ArrayList<>(base.entries());
    for (YamlNode.Entry field : override.entries()) {
      if (field.key().equals("override")) {
        continue;
      }
      YamlNode.Entry value = field;
      if (field.key().equals("see")) {
        value = citations(base.entry("see"), field);
      }
      int index = indexOf(entries, field.key());
      if (index >= 0) {
        entries.set(index, value);
      } else {
        entries.add(value);
      }
    }
    return new YamlNode.Mapping(override.position(), entries);
  }

  /** The inherited citations, then the override's that cite another {@code ref}. */
  static YamlNode.Entry citations(Optional<YamlNode.Entry> inherited, YamlNode.Entry own) {
    if (inherited.isEmpty() || !(inherited.get().value() instanceof YamlNode.Sequence base)
        || !(own.value() instanceof YamlNode.Sequence added)) {
      return own;
    }
    Set<String> refs = new LinkedHashSet<>();
    base.items().forEach(item -> refs.add(ref(item)));
    List<YamlNode> all = new ArrayList<>(base.items());
    added.items().stream().filter(item -> !refs.contains(ref(item))).forEach(all::add);
    return new YamlNode.Entry(own.key(), own.keyPosition(),
        new YamlNode.Sequence(own.value().position(), all));
  }

  static String ref(YamlNode citation) {
    return citation instanceof YamlNode.Mapping m
        ? m.get("ref").map(TreeEdits::text).orElse("") : text(citation);
  }

  static int indexOf(List<YamlNode.Entry> entries, String key) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  static YamlNode.Mapping without(YamlNode.Mapping mapping, String key) {
    return mapping.entry(key).isEmpty() ? mapping : new YamlNode.Mapping(mapping.position(),
        mapping.entries().stream().filter(e -> !e.key().equals(key)).toList());
  }

  /** The own declarations, after the inherited ones some entry uses. */
  static YamlNode.Entry merged(YamlNode.Entry entry, Map<String, YamlNode.Entry> all,
      Set<String> own, Set<String> used) {
    List<YamlNode.Entry> entries = new ArrayList<>();
    all.forEach((id, declaration) -> {
      if (own.contains(id) || used.contains(id)) {
        entries.add(declaration);
      }
    });
    return new YamlNode.Entry(entry.key(), entry.keyPosition(),
        new YamlNode.Mapping(entry.value().position(), entries));
  }

  static Set<String> ownKeys(YamlNode.Entry entry) {
    Set<String> keys = new LinkedHashSet<>();
    if (entry.value() instanceof YamlNode.Mapping mapping) {
      mapping.entries().forEach(e -> keys.add(e.key()));
    }
    return keys;
  }

  static YamlNode.Entry rename(YamlNode.Entry entry, String key) {
    return new YamlNode.Entry(key, entry.keyPosition(), entry.value());
  }

  static String text(YamlNode node) {
    return node instanceof YamlNode.Scalar s ? s.text() : "";
  }
}
