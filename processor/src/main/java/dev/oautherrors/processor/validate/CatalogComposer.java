package dev.oautherrors.processor.validate;

import dev.oautherrors.processor.diagnostic.CatalogText;
import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Position;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.diagnostic.Suggestions;
import dev.oautherrors.processor.load.BaseCatalogs;
import dev.oautherrors.processor.load.LoadedCatalog;
import dev.oautherrors.processor.load.YamlNode;
import dev.oautherrors.processor.load.YamlTreeReader;
import dev.oautherrors.processor.model.JavaNames;
import dev.oautherrors.processor.model.Located;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves {@code extends} and {@code override}: turns a catalog that builds on others into one
 * tree that holds every code, which {@link CatalogBinder} then binds as if it were written out.
 *
 * <p>The rules (docs/catalog-format.md): a base gives all its codes, or those {@code codes:}
 * selects; an entry for a code a base has must say {@code override: true}, its fields replace the
 * base's (lists whole, except {@code see}, whose citations add to the inherited ones), it never
 * renames the code's types. The same code from two bases is fine when one definition derives from
 * the other (the more derived wins), and a conflict otherwise, unless this catalog overrides it.
 * Inherited flows and groups come along when an inherited code uses them; the catalog's own
 * declarations win. Every inherited node keeps the position in its own file, so that later
 * messages point there.
 *
 * <p>Longer than most classes here on purpose: it is the one home of the composition rules (the
 * tests resolve the bundled catalogs through it too); the tree edits are in {@link TreeEdits}.
 */
public final class CatalogComposer {
  static final List<String> BASE_FIELDS = List.of("catalog", "codes");

  /** Finds what an {@code extends} names; {@link BaseCatalogs#find} in the processor. */
  @FunctionalInterface
  public interface Finder {
    /** The base {@code reference} names, read from the catalog {@code from}. */
    Optional<BaseCatalogs.Base> find(String reference, CatalogText from);
  }

  /**
   * A file of the resolution.
   *
   * @param name how messages name it: a bundled id, a path as written, or "this catalog"
   * @param file its text
   */
  public record Origin(String name, CatalogText file) {}

  /**
   * One definition of a code: an entry, merged over the definition it overrides.
   *
   * @param code the wire code
   * @param fields the entry's fields after merging, without {@code override}
   * @param origin the catalog whose entry this is
   * @param base the definition this one overrides, or null for a new code
   * @param at where the entry's code is written
   */
  public record Definition(
      String code, YamlNode.Mapping fields, Origin origin, Definition base, Position at) {

    /** How messages name the catalog the entry is in: a bundled id or a path. */
    public String catalog() {
      return origin.name;
    }

    /** Whether this is {@code other} or overrides it, directly or through other overrides. */
    public boolean derivesFrom(Definition other) {
      for (Definition d = this; d != null; d = d.base) {
        if (d == other) {
          return true;
        }
      }
      return false;
    }

    String describe(CatalogText compiled) {
      return origin.name + " (" + at.fileOr(compiled).displayPath() + ":" + at.line() + ")";
    }
  }

  /** What a resolved file offers the catalogs that extend it. */
  private record Resolved(
      Map<String, Definition> codes,
      Map<String, YamlNode.Entry> flows,
      Map<String, YamlNode.Entry> groups,
      List<String> hashes) {}

  /** The outcome: the tree to bind, and the hash of every file it came from. */
  record Composed(YamlNode.Mapping tree, String sha256) {}

  private final CatalogText compiled;
  private final List<Problem> problems;
  private final Finder finder;
  private final Map<String, Resolved> resolved = new HashMap<>();
  private final Set<String> resolving = new LinkedHashSet<>();

  private CatalogComposer(CatalogText compiled, List<Problem> problems, Finder finder) {
    this.compiled = compiled;
    this.problems = problems;
    this.finder = finder;
  }

  /** Composes {@code root}, the tree of {@code loaded}; problems go to {@code problems}. */
  static Composed compose(LoadedCatalog loaded, YamlNode.Mapping root, List<Problem> problems) {
    return new CatalogComposer(loaded.text(), problems, BaseCatalogs::find)
        .composeRoot(loaded, root);
  }

  /**
   * The codes of the catalog {@code loaded} (named {@code name} in messages) with their
   * definitions, inherited ones first, bases found by {@code finder}; for tools and tests that
   * examine how catalogs build on each other. Problems go to {@code problems}.
   */
  public static Map<String, Definition> definitions(
      LoadedCatalog loaded, String name, Finder finder, List<Problem> problems) {
    YamlTreeReader.Result yaml = YamlTreeReader.read(loaded.text());
    problems.addAll(yaml.problems());
    if (!(yaml.tree().orElse(null) instanceof YamlNode.Mapping root)) {
      return Map.of();
    }
    CatalogComposer composer = new CatalogComposer(loaded.text(), problems, finder);
    composer.resolving.add(rootKey(loaded.text()));
    return composer.resolve(new Origin(name, loaded.text()), root, new ArrayList<>(),
        new ArrayList<>()).codes;
  }

  private Composed composeRoot(LoadedCatalog loaded, YamlNode.Mapping root) {
    boolean extendsSomething = root.entry("extends").isPresent();
    resolving.add(rootKey(loaded.text()));
    Origin origin = new Origin("this catalog", loaded.text());
    List<Definition> own = new ArrayList<>();
    List<YamlNode> unbound = new ArrayList<>();
    Resolved result = resolve(origin, root, own, unbound);
    if (!extendsSomething && own.stream().noneMatch(d -> d.fields != null
        && d.fields.entry("override").isPresent())) {
      return new Composed(root, loaded.sha256());
    }
    List<YamlNode> errors = new ArrayList<>();
    Set<String> ownCodes = new LinkedHashSet<>();
    own.forEach(d -> ownCodes.add(d.code));
    result.codes.values().stream()
        .filter(d -> !ownCodes.contains(d.code))
        .forEach(d -> errors.add(d.fields));
    own.forEach(d -> errors.add(d.fields));
    errors.addAll(unbound);
    Set<String> usedGroups = new LinkedHashSet<>();
    Set<String> usedFlows = new LinkedHashSet<>();
    for (YamlNode error : errors) {
      if (error instanceof YamlNode.Mapping entry) {
        entry.get("group").ifPresent(g -> usedGroups.add(TreeEdits.text(g)));
        entry.get("flows").filter(f -> f instanceof YamlNode.Sequence)
            .ifPresent(f -> ((YamlNode.Sequence) f).items()
                .forEach(i -> usedFlows.add(TreeEdits.text(i))));
      }
    }
    List<YamlNode.Entry> entries = new ArrayList<>();
    boolean flowsDone = false;
    boolean groupsDone = false;
    boolean errorsDone = false;
    for (YamlNode.Entry entry : root.entries()) {
      switch (entry.key()) {
        case "extends" -> { }
        case "flows" -> {
          entries.add(
              TreeEdits.merged(entry, result.flows, TreeEdits.ownKeys(entry), usedFlows));
          flowsDone = true;
        }
        case "groups" -> {
          entries.add(
              TreeEdits.merged(entry, result.groups, TreeEdits.ownKeys(entry), usedGroups));
          groupsDone = true;
        }
        case "errors" -> {
          entries.add(new YamlNode.Entry("errors", entry.keyPosition(),
              new YamlNode.Sequence(entry.value().position(), errors)));
          errorsDone = true;
        }
        default -> entries.add(entry);
      }
    }
    YamlNode.Entry none = new YamlNode.Entry("", root.position(),
        new YamlNode.Scalar(root.position(), YamlNode.ScalarKind.NULL, ""));
    if (!flowsDone && !result.flows.isEmpty()) {
      entries.add(TreeEdits.rename(
          TreeEdits.merged(none, result.flows, Set.of(), usedFlows), "flows"));
    }
    if (!groupsDone && !result.groups.isEmpty()) {
      entries.add(TreeEdits.rename(
          TreeEdits.merged(none, result.groups, Set.of(), usedGroups), "groups"));
    }
    if (!errorsDone && !errors.isEmpty()) {
      entries.add(new YamlNode.Entry("errors", root.position(),
          new YamlNode.Sequence(root.position(), errors)));
    }
    List<String> hashes = new ArrayList<>();
    hashes.add(loaded.sha256());
    hashes.addAll(result.hashes);
    return new Composed(new YamlNode.Mapping(root.position(), entries), sha256(hashes));
  }

  /**
   * Resolves one file: its bases, then its own entries. {@code own} receives its entries' merged
   * definitions in the order written, {@code unbound} the entries without a readable code (left
   * to the binder to report).
   */
  private Resolved resolve(
      Origin origin, YamlNode.Mapping root, List<Definition> own, List<YamlNode> unbound) {
    Map<String, Definition> inherited = new LinkedHashMap<>();
    Map<String, YamlNode.Entry> flows = new LinkedHashMap<>();
    Map<String, YamlNode.Entry> groups = new LinkedHashMap<>();
    List<String> hashes = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    FieldReader fields = new FieldReader(origin.file, problems);
    for (YamlNode item : bases(root, fields)) {
      base(origin, item, fields).ifPresent(taken -> {
        hashes.addAll(taken.from.hashes);
        taken.from.flows.forEach(flows::putIfAbsent);
        taken.from.groups.forEach(groups::putIfAbsent);
        for (Definition definition : taken.definitions) {
          Definition seen = inherited.get(definition.code);
          if (seen == null || definition.derivesFrom(seen)) {
            inherited.put(definition.code, definition);
          } else if (!seen.derivesFrom(definition)) {
            conflicts.add(new Conflict(seen, definition, item.position()));
          }
        }
      });
    }
    root.get("flows").filter(f -> f instanceof YamlNode.Mapping)
        .ifPresent(f -> ((YamlNode.Mapping) f).entries().forEach(e -> flows.put(e.key(), e)));
    root.get("groups").filter(g -> g instanceof YamlNode.Mapping)
        .ifPresent(g -> ((YamlNode.Mapping) g).entries().forEach(e -> groups.put(e.key(), e)));
    Map<String, Definition> codes = new LinkedHashMap<>(inherited);
    Set<String> overridden = new LinkedHashSet<>();
    if (root.get("errors").orElse(null) instanceof YamlNode.Sequence errors) {
      for (YamlNode item : errors.items()) {
        Optional<Definition> definition = own(origin, item, inherited, overridden);
        definition.ifPresentOrElse(d -> {
          own.add(d);
          codes.put(d.code, d);
        }, () -> unbound.add(item));
      }
    }
    for (Conflict conflict : conflicts) {
      if (!overridden.contains(conflict.first.code)) {
        problems.add(Problem.of(Message.CONFLICTING_BASES,
            Location.inCatalog(origin.file, conflict.at, 1), conflict.first.code,
            conflict.first.describe(compiled), conflict.second.describe(compiled),
            conflict.first.code));
      }
    }
    return new Resolved(codes, flows, groups, hashes);
  }

  private record Conflict(Definition first, Definition second, Position at) {}

  private record Taken(Resolved from, List<Definition> definitions) {}

  /** The items of {@code extends}: one name or {@code {catalog, codes}}, or a list of them. */
  private List<YamlNode> bases(YamlNode.Mapping root, FieldReader fields) {
    Optional<YamlNode> value = root.get("extends");
    if (value.isEmpty() || FieldReader.isNull(value.get())) {
      return List.of();
    }
    if (value.get() instanceof YamlNode.Sequence sequence) {
      return sequence.items();
    }
    return List.of(value.get());
  }

  /** One item of {@code extends}: the base it names, resolved, and the codes taken from it. */
  private Optional<Taken> base(Origin origin, YamlNode item, FieldReader fields) {
    Optional<Located<String>> reference;
    List<Located<String>> selected = null;
    if (item instanceof YamlNode.Mapping mapping) {
      fields.checkFields(mapping, "an extends item", BASE_FIELDS);
      reference = fields.requiredString(mapping, "catalog", "an extends item", "catalog: rfc6749");
      if (mapping.entry("codes").isPresent()) {
        selected = fields.stringList(mapping, "codes", "an extends item");
      }
    } else {
      reference = fields.string("extends", item, "the catalog");
    }
    if (reference.isEmpty()) {
      return Optional.empty();
    }
    String name = reference.get().value().strip();
    Location at = Location.inCatalog(origin.file, reference.get().position(), name.length());
    Optional<BaseCatalogs.Base> found = finder.find(name, origin.file);
    if (found.isEmpty()) {
      String what = BaseCatalogs.isFile(name) ? "not a readable UTF-8 file"
          : "not a bundled catalog" + Suggestions.nearest(name, BaseCatalogs.BUNDLED)
              .map(n -> " (did you mean " + n + "?)").orElse("");
      problems.add(Problem.of(Message.UNKNOWN_BASE, at, name, what,
          String.join(", ", BaseCatalogs.BUNDLED), "the catalog that names it"));
      return Optional.empty();
    }
    BaseCatalogs.Base base = found.get();
    if (resolving.contains(base.key())) {
      List<String> chain = new ArrayList<>(resolving);
      chain.set(0, compiled.fileName());
      chain.add(base.key());
      problems.add(Problem.of(Message.EXTENDS_CYCLE, at, String.join(" -> ",
          chain.stream().map(CatalogComposer::shortName).toList())));
      return Optional.empty();
    }
    Resolved from = resolved.get(base.key());
    if (from == null) {
      from = resolveBase(base);
      resolved.put(base.key(), from);
    }
    if (selected == null) {
      return Optional.of(new Taken(from, List.copyOf(from.codes.values())));
    }
    List<Definition> taken = new ArrayList<>();
    for (Located<String> code : selected) {
      Definition definition = from.codes.get(code.value());
      if (definition == null) {
        problems.add(Problem.of(Message.BASE_LACKS_CODE,
            Location.inCatalog(origin.file, code.position(), code.value().length()),
            code.value(), base.name(),
            Suggestions.nearest(code.value(), from.codes.keySet())
                .map(n -> "; did you mean " + n + "?").orElse("")));
      } else {
        taken.add(definition);
      }
    }
    return Optional.of(new Taken(from, taken));
  }

  private Resolved resolveBase(BaseCatalogs.Base base) {
    CatalogText file = base.catalog().text();
    YamlTreeReader.Result yaml = YamlTreeReader.read(file);
    problems.addAll(yaml.problems());
    if (yaml.tree().isEmpty() || !(yaml.tree().get() instanceof YamlNode.Mapping tree)) {
      if (yaml.problems().isEmpty()) {
        problems.add(Problem.of(Message.NOT_A_MAPPING_ROOT,
            Location.inCatalog(file, Position.START, 1),
            yaml.tree().map(YamlNode::describe).orElse("empty")));
      }
      return new Resolved(Map.of(), Map.of(), Map.of(), List.of(base.catalog().sha256()));
    }
    resolving.add(base.key());
    YamlNode.Mapping stamped = (YamlNode.Mapping) YamlTreeReader.inFile(tree, file);
    List<Definition> own = new ArrayList<>();
    List<YamlNode> unbound = new ArrayList<>();
    Resolved result = resolve(new Origin(base.name(), file), stamped, own, unbound);
    resolving.remove(base.key());
    for (YamlNode item : unbound) {
      // An entry without a code: the binder would report it in the compiled catalog, but it is
      // in a base; report it where it is.
      problems.add(Problem.of(Message.MISSING_FIELD, Location.inCatalog(file, item.position(), 1),
          "an error entry of " + base.name(), "code", "code: access_denied"));
    }
    List<String> hashes = new ArrayList<>(result.hashes);
    hashes.add(0, base.catalog().sha256());
    return new Resolved(result.codes, result.flows, result.groups, hashes);
  }

  /** One entry of a file's own {@code errors}; empty when it has no readable code. */
  private Optional<Definition> own(
      Origin origin, YamlNode item, Map<String, Definition> inherited, Set<String> overridden) {
    if (!(item instanceof YamlNode.Mapping entry)
        || !(entry.get("code").orElse(null) instanceof YamlNode.Scalar code)
        || code.kind() != YamlNode.ScalarKind.STRING || code.text().isBlank()) {
      return Optional.empty();
    }
    Location at = Location.inCatalog(origin.file, code.position(), code.text().length());
    Definition base = inherited.get(code.text());
    boolean override = false;
    Optional<YamlNode> flag = entry.get("override");
    if (flag.isPresent()) {
      if (flag.get() instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.BOOLEAN) {
        override = Boolean.parseBoolean(s.text().strip().toLowerCase(java.util.Locale.ROOT));
      } else {
        new FieldReader(origin.file, problems).wrongType("override",
            "error entry '" + code.text() + "'", "true or false", flag.get(), "");
        // One error per mistake: read an unreadable flag as whatever raises no second error.
        override = base != null;
      }
    }
    if (base != null && !override) {
      problems.add(Problem.of(Message.CODE_REDEFINED, at, code.text(), base.describe(compiled)));
    } else if (base == null && override) {
      problems.add(Problem.of(Message.NOTHING_TO_OVERRIDE, at, code.text(),
          Suggestions.nearest(code.text(), inherited.keySet())
              .map(n -> " (did you mean " + n + "?)").orElse("")));
    }
    if (base == null || !override) {
      return Optional.of(new Definition(code.text(), TreeEdits.without(entry, "override"), origin,
          null, code.position()));
    }
    overridden.add(code.text());
    renamed(origin, code.text(), base, entry);
    return Optional.of(new Definition(code.text(), TreeEdits.merge(base.fields, entry), origin,
        base, code.position()));
  }

  /** Reports an override that gives the code's types another name. */
  private void renamed(Origin origin, String code, Definition base, YamlNode.Mapping entry) {
    Optional<YamlNode> given = entry.get("javaName");
    if (given.isEmpty() || !(given.get() instanceof YamlNode.Scalar name)) {
      return;
    }
    String inheritedName = base.fields.get("javaName").map(TreeEdits::text)
        .orElse(JavaNames.fromCode(code));
    if (!inheritedName.equals(name.text())) {
      problems.add(Problem.of(Message.RENAMED_TYPE,
          Location.inCatalog(origin.file, name.position(), name.text().length()), code,
          inheritedName, base.describe(compiled), name.text()));
    }
  }

  /** The compiled catalog's key, as {@link BaseCatalogs} would give it, to catch a cycle. */
  private static String rootKey(CatalogText file) {
    try {
      return java.nio.file.Paths.get(file.displayPath()).toAbsolutePath().normalize().toString();
    } catch (java.nio.file.InvalidPathException e) {
      return file.displayPath();
    }
  }

  private static String shortName(String key) {
    if (key.startsWith("bundled:")) {
      return key.substring("bundled:".length());
    }
    int slash = Math.max(key.lastIndexOf('/'), key.lastIndexOf('\\'));
    return key.substring(slash + 1);
  }

  private static String sha256(List<String> hashes) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(String.join("\n", hashes).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
