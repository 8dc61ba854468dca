package dev.oautherrors.processor.validate;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Position;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.diagnostic.Suggestions;
import dev.oautherrors.processor.load.LoadedCatalog;
import dev.oautherrors.processor.load.YamlNode;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.Citation;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.Flow;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.processor.model.Group;
import dev.oautherrors.processor.model.JavaNames;
import dev.oautherrors.processor.model.Located;
import dev.oautherrors.processor.model.Reason;
import dev.oautherrors.processor.model.SharedTypeNames;
import dev.oautherrors.processor.model.SubCode;
import dev.oautherrors.processor.model.SubCodes;
import dev.oautherrors.runtime.RetryAdvice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the YAML tree into the catalog model, checking the shape on the way: known fields, value
 * types, required and non-empty values. Derives what the catalog leaves out (Java names, reason
 * ids). Cross-entry rules (duplicates, name clashes, references) are the checks' job.
 */
final class CatalogBinder {
  static final List<String> TOP_FIELDS =
      List.of("package", "extends", "names", "stateMismatch", "flows", "groups", "errors",
          "subCodes");
  static final List<String> NAMES_FIELDS = List.of("base", "unknown", "visitor", "catalog");
  static final List<String> GROUP_FIELDS = List.of("description", "javaName");
  static final List<String> ERROR_FIELDS = List.of(
      "code", "override", "cause", "aliases", "javaName", "group", "flows", "retry", "action",
      "reasons", "see");
  static final List<String> CITATION_FIELDS = List.of("ref", "url");
  static final List<String> REASON_FIELDS =
      List.of("description", "id", "aliases", "cause", "retry", "action");
  static final List<String> SUB_CODES_FIELDS =
      List.of("field", "descriptionPattern", "javaName", "codes");
  static final List<String> SUB_CODE_FIELDS = List.of("id", "javaName", "cause", "action", "errors");
  static final List<String> RETRY_VALUES =
      Arrays.stream(RetryAdvice.values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();

  private final LoadedCatalog loaded;
  private final List<Problem> problems;
  private final FieldReader fields;

  private CatalogBinder(LoadedCatalog loaded, List<Problem> problems) {
    this.loaded = loaded;
    this.problems = problems;
    this.fields = new FieldReader(loaded.text(), problems);
  }

  /** Binds {@code tree}; the catalog is present only when no problem was found. */
  static Optional<Catalog> bind(
      LoadedCatalog loaded, Optional<YamlNode> tree, List<Problem> problems) {
    return new CatalogBinder(loaded, problems).bind(tree);
  }

  private Optional<Catalog> bind(Optional<YamlNode> tree) {
    int problemsBefore = problems.size();
    if (tree.isEmpty() || FieldReader.isNull(tree.get())) {
      problems.add(Problem.of(Message.EMPTY_CATALOG, fields.at(Position.START, 1)));
      return Optional.empty();
    }
    if (!(tree.get() instanceof YamlNode.Mapping root)) {
      problems.add(Problem.of(Message.NOT_A_MAPPING_ROOT, fields.at(tree.get().position(), 1),
          tree.get().describe()));
      return Optional.empty();
    }
    fields.checkFields(root, "the catalog", TOP_FIELDS);
    Optional<Located<String>> packageName = fields.requiredString(
        root, "package", "the catalog", "package: com.example.oauth");
    SharedTypeNames names = typeNames(root);
    Optional<Located<String>> stateMismatch =
        fields.optionalString(root, "stateMismatch", "the catalog");
    List<Flow> flows = flows(root);
    List<Group> groups = groups(root);
    List<ErrorCode> errors = errors(root);
    Optional<SubCodes> subCodes = subCodes(root);
    if (problems.size() > problemsBefore || packageName.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Catalog(loaded.text(), loaded.sha256(), packageName.get(),
        names, stateMismatch, flows, groups, errors, subCodes));
  }

  private Optional<SubCodes> subCodes(YamlNode.Mapping root) {
    Optional<YamlNode.Entry> key = root.entry("subCodes");
    Optional<YamlNode.Mapping> section = fields.mapping(root, "subCodes", "the catalog");
    if (key.isEmpty() || section.isEmpty()) {
      return Optional.empty();
    }
    String context = "subCodes";
    YamlNode.Mapping mapping = section.get();
    fields.checkFields(mapping, context, SUB_CODES_FIELDS);
    Optional<Located<String>> field = fields.optionalString(mapping, "field", context);
    Optional<Located<String>> pattern =
        fields.optionalString(mapping, "descriptionPattern", context);
    Located<String> javaName = fields.optionalString(mapping, "javaName", context)
        .orElse(new Located<>(GeneratedNames.DEFAULT_SUB_CODE, key.get().keyPosition()));
    List<SubCode> codes = new ArrayList<>();
    Optional<YamlNode> list = mapping.get("codes");
    if (list.isPresent() && !FieldReader.isNull(list.get())) {
      if (list.get() instanceof YamlNode.Sequence sequence) {
        for (int i = 0; i < sequence.items().size(); i++) {
          subCode(sequence.items().get(i), i + 1).ifPresent(codes::add);
        }
      } else {
        fields.wrongType("codes", context, "a list of sub-codes", list.get(),
            "; start each sub-code with '- id:'");
      }
    }
    return Optional.of(new SubCodes(field, pattern, javaName, codes, key.get().keyPosition()));
  }

  private Optional<SubCode> subCode(YamlNode node, int number) {
    String context = "sub-code #" + number;
    if (!(node instanceof YamlNode.Mapping entry)) {
      fields.wrongType("codes", context, "a mapping with 'id:' and 'cause:'", node, "");
      return Optional.empty();
    }
    fields.checkFields(entry, context, SUB_CODE_FIELDS);
    Optional<Located<String>> id = subCodeId(entry, context);
    if (id.isPresent()) {
      context = "sub-code '" + id.get().value() + "'";
    }
    Optional<Located<String>> javaName = fields.optionalString(entry, "javaName", context);
    Optional<Located<String>> cause = fields.requiredString(entry, "cause", context,
        "cause: The user name or password is wrong.");
    Optional<String> action = fields.optionalString(entry, "action", context)
        .map(Located::value);
    List<Located<String>> errors = fields.stringList(entry, "errors", context);
    if (id.isEmpty() || cause.isEmpty()) {
      return Optional.empty();
    }
    Located<String> constant = javaName.orElse(new Located<>(
        GeneratedNames.subCodeConstant(id.get().value()), id.get().position()));
    return Optional.of(new SubCode(id.get(), constant, javaName.isPresent(),
        cause.get().value(), action, errors, entry.position()));
  }

  /** A sub-code's id: a string, or a number as written ({@code id: 50126} needs no quotes). */
  private Optional<Located<String>> subCodeId(YamlNode.Mapping entry, String context) {
    Optional<YamlNode> value = entry.get("id");
    if (value.isPresent() && value.get() instanceof YamlNode.Scalar scalar
        && scalar.kind() == YamlNode.ScalarKind.NUMBER) {
      return Optional.of(new Located<>(scalar.text(), scalar.position()));
    }
    return fields.requiredString(entry, "id", context, "id: \"50126\"");
  }

  private SharedTypeNames typeNames(YamlNode.Mapping root) {
    Optional<YamlNode.Mapping> names = fields.mapping(root, "names", "the catalog");
    names.ifPresent(n -> fields.checkFields(n, "names", NAMES_FIELDS));
    Position fallback = root.position();
    return new SharedTypeNames(
        typeName(names, "base", GeneratedNames.DEFAULT_BASE, fallback),
        typeName(names, "unknown", GeneratedNames.DEFAULT_UNKNOWN, fallback),
        typeName(names, "visitor", GeneratedNames.DEFAULT_VISITOR, fallback),
        typeName(names, "catalog", GeneratedNames.DEFAULT_CATALOG, fallback));
  }

  private Located<String> typeName(
      Optional<YamlNode.Mapping> names, String field, String fallback, Position position) {
    return names.flatMap(n -> fields.optionalString(n, field, "names"))
        .orElse(new Located<>(fallback, position));
  }

  private List<Flow> flows(YamlNode.Mapping root) {
    List<Flow> flows = new ArrayList<>();
    fields.mapping(root, "flows", "the catalog").ifPresent(mapping -> {
      for (YamlNode.Entry entry : mapping.entries()) {
        fields.string(entry.key(), entry.value(), "flows")
            .filter(d -> !d.value().isBlank())
            .ifPresentOrElse(
                d -> flows.add(new Flow(entry.key(), d.value(), entry.keyPosition())),
                () -> problems.add(Problem.of(Message.EMPTY_VALUE,
                    fields.at(entry.keyPosition(), entry.key().length()), entry.key(), "flows",
                    "describe the flow in a few words, for example " + entry.key()
                        + ": Device flow (RFC 8628)")));
      }
    });
    return flows;
  }

  private List<Group> groups(YamlNode.Mapping root) {
    List<Group> groups = new ArrayList<>();
    fields.mapping(root, "groups", "the catalog").ifPresent(mapping -> {
      for (YamlNode.Entry entry : mapping.entries()) {
        String context = "group '" + entry.key() + "'";
        if (!(entry.value() instanceof YamlNode.Mapping group)) {
          fields.wrongType(entry.key(), "groups", "a mapping with 'description:'",
              entry.value(), "");
          continue;
        }
        fields.checkFields(group, context, GROUP_FIELDS);
        Optional<Located<String>> description = fields.requiredString(group, "description",
            context, "description: Codes an admin fixes in the connected app's settings.");
        Located<String> javaName = fields.optionalString(group, "javaName", context)
            .orElse(new Located<>(GeneratedNames.groupInterfaceName(entry.key()),
                entry.keyPosition()));
        description.ifPresent(d ->
            groups.add(new Group(entry.key(), javaName, d.value(), entry.keyPosition())));
      }
    });
    return groups;
  }

  private List<ErrorCode> errors(YamlNode.Mapping root) {
    Optional<YamlNode.Entry> entry = root.entry("errors");
    if (entry.isEmpty()) {
      problems.add(Problem.of(Message.EMPTY_CATALOG, fields.at(root.position(), 1)));
      return List.of();
    }
    YamlNode value = entry.get().value();
    if (FieldReader.isNull(value)
        || (value instanceof YamlNode.Sequence s && s.items().isEmpty())) {
      problems.add(Problem.of(Message.EMPTY_CATALOG, fields.at(entry.get().keyPosition(), 6)));
      return List.of();
    }
    if (!(value instanceof YamlNode.Sequence sequence)) {
      fields.wrongType("errors", "the catalog", "a list of error entries", value,
          "; start each entry with '- code:'");
      return List.of();
    }
    List<ErrorCode> errors = new ArrayList<>();
    for (int i = 0; i < sequence.items().size(); i++) {
      error(sequence.items().get(i), i + 1).ifPresent(errors::add);
    }
    return errors;
  }

  private Optional<ErrorCode> error(YamlNode node, int number) {
    if (!(node instanceof YamlNode.Mapping entry)) {
      fields.wrongType("errors", "error entry #" + number, "a mapping with 'code:' and 'cause:'",
          node, "");
      return Optional.empty();
    }
    String context = entry.get("code")
        .filter(c -> c instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.STRING
            && !s.text().isBlank())
        .map(c -> "error entry '" + ((YamlNode.Scalar) c).text() + "'")
        .orElse("error entry #" + number);
    fields.checkFields(entry, context, ERROR_FIELDS);
    Optional<Located<String>> code =
        fields.requiredString(entry, "code", context, "code: access_denied");
    // The example names this entry's code: another entry's cause would read as a suggestion.
    String causeExample = "cause: Why the server sends " + code.map(Located::value)
        .filter(c -> c.chars().allMatch(ch -> ch > ' ' && ch < 0x7f && ch != '#'))
        .orElse("this error") + ", in a sentence.";
    Optional<Located<String>> cause =
        fields.requiredString(entry, "cause", context, causeExample);
    List<Located<String>> aliases = fields.stringList(entry, "aliases", context);
    Optional<Located<String>> javaName = fields.optionalString(entry, "javaName", context);
    Optional<Located<String>> group = fields.optionalString(entry, "group", context);
    List<Located<String>> flows = fields.stringList(entry, "flows", context);
    Optional<RetryAdvice> retry = retry(entry, context);
    Optional<String> action = fields.optionalString(entry, "action", context).map(Located::value);
    List<Reason> reasons = code.map(c -> reasons(entry, c.value())).orElse(List.of());
    List<Citation> see = see(entry, context);
    if (code.isEmpty() || cause.isEmpty()) {
      return Optional.empty();
    }
    Located<String> name = javaName.orElse(
        new Located<>(JavaNames.fromCode(code.get().value()), code.get().position()));
    return Optional.of(new ErrorCode(code.get(), cause.get().value(), aliases, name,
        javaName.isPresent(), group, flows, retry.orElse(RetryAdvice.NEVER), action, reasons,
        see, entry.position()));
  }

  private List<Citation> see(YamlNode.Mapping entry, String context) {
    Optional<YamlNode> value = entry.get("see");
    if (value.isEmpty() || FieldReader.isNull(value.get())) {
      return List.of();
    }
    if (!(value.get() instanceof YamlNode.Sequence sequence)) {
      fields.wrongType("see", context, "a list of citations", value.get(),
          "; start each with '- ref:' and give its 'url:'");
      return List.of();
    }
    List<Citation> see = new ArrayList<>();
    for (YamlNode item : sequence.items()) {
      if (!(item instanceof YamlNode.Mapping citation)) {
        fields.wrongType("see", context, "a mapping with 'ref:' and 'url:'", item, "");
        continue;
      }
      String where = "a citation of " + context;
      fields.checkFields(citation, where, CITATION_FIELDS);
      Optional<Located<String>> ref =
          fields.requiredString(citation, "ref", where, "ref: RFC 6749 §5.2");
      Optional<Located<String>> url = fields.requiredString(citation, "url", where,
          "url: https://www.rfc-editor.org/rfc/rfc6749#section-5.2");
      if (ref.isPresent() && url.isPresent()) {
        see.add(new Citation(ref.get().value(), url.get().value()));
      }
    }
    return see;
  }

  private List<Reason> reasons(YamlNode.Mapping entry, String code) {
    Optional<YamlNode> value = entry.get("reasons");
    if (value.isEmpty() || FieldReader.isNull(value.get())) {
      return List.of();
    }
    if (!(value.get() instanceof YamlNode.Sequence sequence)) {
      fields.wrongType("reasons", "error entry '" + code + "'", "a list of reasons", value.get(),
          "; start each reason with '- description:'");
      return List.of();
    }
    List<Reason> reasons = new ArrayList<>();
    for (int i = 0; i < sequence.items().size(); i++) {
      YamlNode item = sequence.items().get(i);
      String context = "reason #" + (i + 1) + " of '" + code + "'";
      if (!(item instanceof YamlNode.Mapping reason)) {
        fields.wrongType("reasons", context, "a mapping with 'description:'", item, "");
        continue;
      }
      fields.checkFields(reason, context, REASON_FIELDS);
      Optional<Located<String>> description = fields.requiredString(reason, "description",
          context, "description: expired access/refresh token");
      Optional<Located<String>> id = fields.optionalString(reason, "id", context);
      List<String> aliases = fields.stringList(reason, "aliases", context).stream()
          .map(Located::value).toList();
      Optional<String> cause = fields.optionalString(reason, "cause", context)
          .map(Located::value);
      Optional<RetryAdvice> retry = retry(reason, context);
      Optional<String> action = fields.optionalString(reason, "action", context)
          .map(Located::value);
      description.ifPresent(d -> reasons.add(new Reason(
          id.orElse(new Located<>(JavaNames.idFromText(d.value()), d.position())),
          d.value(), aliases, cause.orElse(d.value()), retry, action, reason.position())));
    }
    return reasons;
  }

  private Optional<RetryAdvice> retry(YamlNode.Mapping mapping, String context) {
    return mapping.entry("retry").flatMap(entry ->
        fields.string("retry", entry.value(), context).flatMap(value -> {
          String text = value.value().strip();
          if (RETRY_VALUES.contains(text)) {
            return Optional.of(RetryAdvice.valueOf(text.toUpperCase(Locale.ROOT)));
          }
          problems.add(Problem.of(Message.UNKNOWN_VALUE,
              Location.inCatalog(loaded.text(), value.position(), Math.max(1, text.length())),
              text, "retry", context, Suggestions.hint(text, RETRY_VALUES, "use one of")));
          return Optional.empty();
        }));
  }
}
