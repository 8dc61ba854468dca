package dev.oautherrors.processor.validate;

import dev.oautherrors.processor.diagnostic.CatalogText;
import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Position;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.diagnostic.Suggestions;
import dev.oautherrors.processor.load.YamlNode;
import dev.oautherrors.processor.model.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads typed fields out of YAML mappings and records a problem, with its position, for every
 * unknown field, wrong type, missing or empty value. Each read returns what it could use, so that
 * one pass reports every shape problem in the file.
 */
final class FieldReader {
  private final CatalogText file;
  private final List<Problem> problems;

  FieldReader(CatalogText file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** Reports every key of {@code mapping} that is not in {@code known}. */
  void checkFields(YamlNode.Mapping mapping, String context, List<String> known) {
    for (YamlNode.Entry entry : mapping.entries()) {
      if (!known.contains(entry.key())) {
        problems.add(Problem.of(Message.UNKNOWN_FIELD,
            at(entry.keyPosition(), entry.key().length()), entry.key(), context,
            Suggestions.hint(entry.key(), known, "known fields are")));
      }
    }
  }

  /** A required non-empty string field; {@code example} shows how to write it. */
  Optional<Located<String>> requiredString(
      YamlNode.Mapping mapping, String field, String context, String example) {
    Optional<YamlNode.Entry> entry = mapping.entry(field);
    if (entry.isEmpty()) {
      problems.add(Problem.of(Message.MISSING_FIELD, at(mapping.position(), 1), context, field,
          example));
      return Optional.empty();
    }
    return nonEmpty(entry.get(), context, example);
  }

  /** An optional string field; when present it must be a non-empty string. */
  Optional<Located<String>> optionalString(YamlNode.Mapping mapping, String field, String context) {
    return mapping.entry(field)
        .flatMap(entry -> nonEmpty(entry, context, field + ": <text>"));
  }

  private Optional<Located<String>> nonEmpty(
      YamlNode.Entry entry, String context, String example) {
    Optional<Located<String>> value = string(entry.key(), entry.value(), context);
    if (value.isPresent() && value.get().value().isBlank()) {
      problems.add(Problem.of(Message.EMPTY_VALUE, at(entry.keyPosition(), entry.key().length()),
          entry.key(), context, "write a value, for example " + example));
      return Optional.empty();
    }
    if (value.isEmpty() && isNull(entry.value())) {
      problems.add(Problem.of(Message.EMPTY_VALUE, at(entry.keyPosition(), entry.key().length()),
          entry.key(), context, "write a value, for example " + example));
    }
    return value;
  }

  /** An optional list of non-empty strings; absent gives an empty list. */
  List<Located<String>> stringList(YamlNode.Mapping mapping, String field, String context) {
    Optional<YamlNode.Entry> entry = mapping.entry(field);
    if (entry.isEmpty()) {
      return List.of();
    }
    YamlNode value = entry.get().value();
    if (!(value instanceof YamlNode.Sequence sequence)) {
      wrongType(field, context, "a list of strings", value,
          value instanceof YamlNode.Scalar scalar && !isNull(value)
              ? "; write it as a list: " + field + ": [" + scalar.text() + "]"
              : "");
      return List.of();
    }
    List<Located<String>> strings = new ArrayList<>();
    for (YamlNode item : sequence.items()) {
      string(field, item, context).ifPresent(s -> {
        if (s.value().isBlank()) {
          problems.add(Problem.of(Message.EMPTY_VALUE, at(item.position(), 1), field, context,
              "remove the empty item"));
        } else {
          strings.add(s);
        }
      });
    }
    return strings;
  }

  /** An optional mapping field. */
  Optional<YamlNode.Mapping> mapping(YamlNode.Mapping mapping, String field, String context) {
    return mapping.get(field).flatMap(value -> {
      if (value instanceof YamlNode.Mapping inner) {
        return Optional.of(inner);
      }
      if (!isNull(value)) {
        wrongType(field, context, "a mapping of names to values", value, "");
      }
      return Optional.empty();
    });
  }

  /** A string value, or a problem if it is another type. */
  Optional<Located<String>> string(String field, YamlNode value, String context) {
    if (value instanceof YamlNode.Scalar scalar) {
      switch (scalar.kind()) {
        case STRING:
          return Optional.of(new Located<>(scalar.text(), scalar.position()));
        case NULL:
          return Optional.empty();
        case BINARY:
          wrongType(field, context, "a string", value, "; remove the !!binary tag");
          return Optional.empty();
        default:
          wrongType(field, context, "a string", value,
              "; quote it: " + field + ": \"" + scalar.text() + "\"");
          return Optional.empty();
      }
    }
    wrongType(field, context, "a string", value, "");
    return Optional.empty();
  }

  void wrongType(String field, String context, String expected, YamlNode value, String hint) {
    problems.add(Problem.of(Message.WRONG_TYPE, at(value.position(), width(value)), field, context,
        expected, value.describe(), hint));
  }

  Location at(Position position, int width) {
    return Location.inCatalog(file, position, width);
  }

  static boolean isNull(YamlNode value) {
    return value instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.ScalarKind.NULL;
  }

  private static int width(YamlNode value) {
    return value instanceof YamlNode.Scalar scalar ? Math.max(1, scalar.text().length()) : 1;
  }
}
