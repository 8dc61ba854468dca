package dev.oautherrors.processor.load;

import dev.oautherrors.processor.diagnostic.Position;
import java.util.List;
import java.util.Optional;

/**
 * A YAML value with the place it was written, so that every later message can point at the exact
 * line and column. Built by {@link YamlTreeReader}; immutable.
 */
public sealed interface YamlNode {

  /** Where the value starts. */
  Position position();

  /** The value described for a message: "a string", "the number 401", "a list", ... */
  String describe();

  /** A scalar: string, number, boolean or null, with its text as written. */
  record Scalar(Position position, ScalarKind kind, String text) implements YamlNode {
    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> text.isEmpty() ? "an empty string" : "a string";
        case NUMBER -> "the number " + text;
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "empty (null)";
        case BINARY -> "binary data (tagged !!binary)";
      };
    }
  }

  /** A sequence (list). */
  record Sequence(Position position, List<YamlNode> items) implements YamlNode {
    /** Creates the value. */
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A mapping, with its keys in the order written. */
  record Mapping(Position position, List<Entry> entries) implements YamlNode {
    /** Creates the value. */
    public Mapping {
      entries = List.copyOf(entries);
    }

    /** The entry for {@code key}, if present. */
    public Optional<Entry> entry(String key) {
      for (Entry entry : entries) {
        if (entry.key().equals(key)) {
          return Optional.of(entry);
        }
      }
      return Optional.empty();
    }

    /** The value for {@code key}, if present. */
    public Optional<YamlNode> get(String key) {
      return entry(key).map(Entry::value);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key and its value. */
  record Entry(String key, Position keyPosition, YamlNode value) {}

  /** The kinds of scalar YAML distinguishes. */
  enum ScalarKind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL,
    /** A {@code !!binary} value; its text is the base64 as written. */
    BINARY
  }
}
