package dev.oautherrors.processor.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

/**
 * Reads the catalog's YAML into a tree of {@link YamlNode}s that remember their positions. Syntax
 * errors, duplicate keys and aliases become {@link Problem}s with the line and column.
 */
public final class YamlTreeReader {
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
    try (JsonParser parser = FACTORY.createParser(text)) {
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
    } catch (StreamReadException e) {
      problems.add(syntaxProblem(e));
      return new Result(Optional.empty(), problems);
    } catch (IOException | RuntimeException e) {
      problems.add(Problem.of(Message.YAML_SYNTAX, Location.inCatalog(file, Position.START, 1),
          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), ""));
      return new Result(Optional.empty(), problems);
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
      }
    } else {
      what = e.getOriginalMessage();
    }
    return Problem.of(Message.YAML_SYNTAX, Location.inCatalog(file, position, 1), what,
        hint(what));
  }

  private static String hint(String what) {
    if (what.toLowerCase(Locale.ROOT).contains("tab")) {
      return ". YAML does not allow tabs for indentation; indent with spaces";
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
