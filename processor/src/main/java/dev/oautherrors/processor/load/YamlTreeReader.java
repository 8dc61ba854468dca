package dev.oautherrors.processor.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.oautherrors.processor.diagnostic.CatalogText;
import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Position;
import dev.oautherrors.processor.diagnostic.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads the catalog's YAML into a tree of {@link YamlNode}s that remember their positions. Syntax
 * errors, duplicate keys and aliases become {@link Problem}s with the line and column.
 */
public final class YamlTreeReader {
  /** YAML's limit on the length of a key written without '? '. */
  private static final int MAX_KEY_LENGTH = 1024;

  /** Jackson's default nesting limit; a catalog needs five levels. */
  private static final int MAX_DEPTH = StreamReadConstraints.DEFAULT_MAX_DEPTH;

  /** Big enough for a catalog of tens of thousands of codes; SnakeYAML's default is 3 MB. */
  private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .loaderOptions(loaderOptions())
      .build();

  private final CatalogText file;
  /** The text YAML reads: the file's without a leading byte order mark. */
  private final String text;
  private final LineMap lines;
  private final List<Problem> problems = new ArrayList<>();

  private YamlTreeReader(CatalogText file) {
    this.file = file;
    String whole = file.text();
    this.text = whole.startsWith("\ufeff") ? whole.substring(1) : whole;
    this.lines = new LineMap(text);
  }

  /** The outcome: the tree when the YAML is well-formed, and the problems found. */
  public record Result(Optional<YamlNode> tree, List<Problem> problems) {}

  /**
   * The same tree with every position naming {@code origin}: a catalog that another extends, so
   * that messages about what it holds point into it.
   */
  public static YamlNode inFile(YamlNode node, CatalogText origin) {
    if (node instanceof YamlNode.Sequence s) {
      return new YamlNode.Sequence(s.position().in(origin),
          s.items().stream().map(item -> inFile(item, origin)).toList());
    }
    if (node instanceof YamlNode.Mapping m) {
      return new YamlNode.Mapping(m.position().in(origin),
          m.entries().stream().map(e -> new YamlNode.Entry(e.key(), e.keyPosition().in(origin),
              inFile(e.value(), origin))).toList());
    }
    YamlNode.Scalar s = (YamlNode.Scalar) node;
    return new YamlNode.Scalar(s.position().in(origin), s.kind(), s.text());
  }

  /** Reads {@code file}. An empty document gives an empty tree and no problem. */
  public static Result read(CatalogText file) {
    return new YamlTreeReader(file).read();
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(true); // reported by this reader, with both positions
    return options;
  }

  private Result read() {
    JsonParser parser = null;
    try {
      parser = FACTORY.createParser(text);
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Result(Optional.empty(), problems);
      }
      YamlNode tree = readValue((YAMLParser) parser, first);
      if (parser.nextToken() != null) {
        // Jackson reads a stream of documents; a catalog is one, and a stray '---' must not
        // silently drop every entry after it.
        problems.add(Problem.of(Message.SECOND_DOCUMENT,
            Location.inCatalog(file, position(parser.currentTokenLocation()), 1)));
      }
      return new Result(problems.isEmpty() ? Optional.of(tree) : Optional.empty(), problems);
    } catch (IOException | RuntimeException e) {
      problems.add(failure(e, parser));
      return new Result(Optional.empty(), problems);
    } finally {
      close(parser);
    }
  }

  /** The problem that stopped reading, located and in the user's terms, whatever threw. */
  private Problem failure(Exception e, JsonParser parser) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ReaderException reader) {
        return forbiddenCharacter(reader);
      }
    }
    if (e instanceof StreamConstraintsException) {
      Position where = parser == null ? Position.START : position(parser.currentLocation());
      return Problem.of(Message.YAML_SYNTAX, Location.inCatalog(file, where, 1),
          "lists and mappings nest more than " + MAX_DEPTH + " levels deep here", "");
    }
    if (e instanceof StreamReadException read) {
      return syntaxProblem(read);
    }
    return Problem.of(Message.YAML_SYNTAX, Location.inCatalog(file, Position.START, 1),
        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), "");
  }

  /** A character YAML refuses anywhere in a file, such as NUL or ESC. */
  private Problem forbiddenCharacter(ReaderException e) {
    int codePoint = e.getCodePoint();
    String name = Character.getName(codePoint);
    String what = String.format(Locale.ROOT, "it contains U+%04X%s, a character YAML does not "
        + "allow", codePoint, name == null ? "" : " " + name);
    return Problem.of(Message.YAML_SYNTAX,
        Location.inCatalog(file, lines.atCodePoint(e.getPosition()), 1), what,
        "; remove it (inside double quotes it can be written as an escape, such as \\u001b)");
  }

  private static void close(JsonParser parser) {
    if (parser == null) {
      return;
    }
    try {
      parser.close();
    } catch (IOException | RuntimeException e) {
      // Reading a string: nothing to release, nothing to report beyond the problem found.
    }
  }

  private YamlNode readValue(YAMLParser parser, JsonToken token) throws IOException {
    Position position = position(parser.currentTokenLocation());
    if (parser.isCurrentAlias()) {
      problems.add(Problem.of(Message.YAML_ALIAS, Location.inCatalog(file, position, 1),
          "*" + parser.getText()));
    }
    switch (token) {
      case START_OBJECT:
        return readMapping(parser, position);
      case START_ARRAY:
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY;
            next = parser.nextToken()) {
          items.add(readValue(parser, next));
        }
        return new YamlNode.Sequence(position, items);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new YamlNode.Scalar(position, YamlNode.ScalarKind.NUMBER, parser.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new YamlNode.Scalar(position, YamlNode.ScalarKind.BOOLEAN, parser.getText());
      case VALUE_NULL:
        return new YamlNode.Scalar(position, YamlNode.ScalarKind.NULL, "");
      case VALUE_EMBEDDED_OBJECT: // !!binary: text that must not pass for a string silently
        return new YamlNode.Scalar(position, YamlNode.ScalarKind.BINARY, parser.getText());
      default:
        return new YamlNode.Scalar(position, YamlNode.ScalarKind.STRING, parser.getText());
    }
  }

  private YamlNode readMapping(YAMLParser parser, Position position) throws IOException {
    List<YamlNode.Entry> entries = new ArrayList<>();
    Map<String, Position> seen = new HashMap<>();
    for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT;
        next = parser.nextToken()) {
      String key = parser.currentName();
      Position keyPosition = position(parser.currentTokenLocation());
      YamlNode value = readValue(parser, parser.nextToken());
      Position first = seen.putIfAbsent(key, keyPosition);
      if (first != null) {
        problems.add(Problem.of(Message.DUPLICATE_KEY,
            Location.inCatalog(file, keyPosition, key.length()), key, "this mapping",
            first.line()));
      } else {
        entries.add(new YamlNode.Entry(key, keyPosition, value));
      }
    }
    return new YamlNode.Mapping(position, entries);
  }

  private Problem syntaxProblem(StreamReadException e) {
    Throwable cause = e.getCause();
    Position position = position(e.getLocation());
    String what;
    if (cause instanceof MarkedYAMLException marked) {
      if (marked.getProblemMark() != null) {
        position = lines.atCodePoint(marked.getProblemMark().getIndex());
      }
      what = marked.getProblem() == null ? "syntax error" : marked.getProblem();
      if (marked.getContext() != null) {
        what = what + " (" + marked.getContext() + ")";
        if (marked.getContextMark() != null && pointsAtTheStart(what)) {
          position = lines.atCodePoint(marked.getContextMark().getIndex());
        }
      }
    } else if (String.valueOf(e.getOriginalMessage()).startsWith("Expected a field name")) {
      what = "a key must be a plain name such as 'code', not a list or a mapping (complex keys"
          + " written '? ...' are not supported)";
    } else {
      what = String.valueOf(e.getOriginalMessage());
    }
    return Problem.of(Message.YAML_SYNTAX, Location.inCatalog(file, position, 1), what,
        hint(what, position));
  }

  /**
   * Whether the place to show is where the construct began rather than where SnakeYAML gave up:
   * a quote never closed is found at the end of the file, a key without ':' on a later line.
   */
  private static boolean pointsAtTheStart(String what) {
    return what.contains("while scanning a simple key")
        || (what.contains("while scanning a quoted scalar")
            && (what.startsWith("found unexpected end of stream")
                || what.startsWith("found unexpected document separator")));
  }

  private String hint(String what, Position position) {
    if (what.contains("while scanning a quoted scalar") && pointsAtTheStart(what)) {
      return ". The quoted value that starts here is never closed";
    }
    if (what.toLowerCase(Locale.ROOT).contains("tab")) {
      return ". YAML does not allow tabs for indentation; indent with spaces";
    }
    if (what.contains("mapping values are not allowed") && position.column() > MAX_KEY_LENGTH) {
      String line = file.text().lines().skip(position.line() - 1L).findFirst().orElse("");
      String before = line.substring(0, Math.min(line.length(), position.column() - 1)).strip();
      if (before.length() > MAX_KEY_LENGTH && before.indexOf(':') < 0) {
        return ". A key can be at most " + MAX_KEY_LENGTH + " characters long";
      }
    }
    if (what.contains("escape") && what.contains("double-quoted scalar")) {
      return ". Inside double quotes a backslash starts an escape: write \\\\ for a backslash,"
          + " or use single quotes";
    }
    if (what.contains("mapping values are not allowed")) {
      return ". A value containing ': ' must be quoted, for example cause: \"Reason: details\"";
    }
    if (what.contains("expected <block end>") || what.contains("could not find expected")) {
      return ". Check the indentation of this line against the lines above it";
    }
    return "";
  }

  /** Where {@code location} is, from its offset (see {@link LineMap} for why not its line). */
  private Position position(JsonLocation location) {
    if (location == null) {
      return Position.START;
    }
    if (location.getCharOffset() >= 0) {
      return lines.atCodePoint(location.getCharOffset());
    }
    if (location.getLineNr() < 1) {
      return Position.START;
    }
    return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }
}
