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
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.parser.ParserException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.scanner.ScannerException;

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
    String hint = "";
    if (cause instanceof MarkedYAMLException marked) {
      if (marked.getProblemMark() != null) {
        position = lines.atCodePoint(marked.getProblemMark().getIndex());
      }
      what = marked.getProblem() == null ? "syntax error" : marked.getProblem();
      if (marked.getContext() != null) {
        what = what + " (" + marked.getContext() + ")";
      }
      if (marked.getContextMark() != null && pointsAtTheStart(marked)) {
        position = lines.atCodePoint(marked.getContextMark().getIndex());
      }
      hint = hint(marked, position);
    } else if (String.valueOf(e.getOriginalMessage()).startsWith("Expected a field name")) {
      what = "a key must be a plain name such as 'code', not a list or a mapping (complex keys"
          + " written '? ...' are not supported)";
    } else {
      what = String.valueOf(e.getOriginalMessage());
    }
    return Problem.of(Message.YAML_SYNTAX, Location.inCatalog(file, position, 1), what, hint);
  }

  /*
   * The hints below read SnakeYAML's exception type and the characters at its marks, never its
   * message text, which changes between versions: a ScannerException is a token the scanner could
   * not read (its context mark is where the token began), a ParserException a token in the wrong
   * place (its context mark is where the enclosing collection began).
   */

  /**
   * Whether the place to show is where the construct began rather than where SnakeYAML gave up:
   * a quoted value never closed is found at the end of the file, a key without ':' on a later
   * line.
   */
  private boolean pointsAtTheStart(MarkedYAMLException marked) {
    return isUnclosedQuote(marked) || isUnfinishedKey(marked);
  }

  /** A quoted scalar that runs into the end of the file or a document marker. */
  private boolean isUnclosedQuote(MarkedYAMLException marked) {
    if (!(marked instanceof ScannerException) || marked.getContextMark() == null
        || marked.getProblemMark() == null) {
      return false;
    }
    int quote = charAt(marked.getContextMark());
    if (quote != '"' && quote != '\'') {
      return false;
    }
    int problem = offset(marked.getProblemMark());
    return problem >= text.length() || text.startsWith("---", problem)
        || text.startsWith("...", problem);
  }

  /** A plain scalar read as a key whose ':' never came: the scan ended on a later line. */
  private boolean isUnfinishedKey(MarkedYAMLException marked) {
    if (!(marked instanceof ScannerException) || marked.getContextMark() == null
        || marked.getProblemMark() == null) {
      return false;
    }
    int start = charAt(marked.getContextMark());
    return start != '"' && start != '\''
        && marked.getProblemMark().getLine() > marked.getContextMark().getLine();
  }

  /** The hint for SnakeYAML's exception about {@code file}; for tests of the rules above. */
  static String hintFor(CatalogText file, MarkedYAMLException marked) {
    YamlTreeReader reader = new YamlTreeReader(file);
    return reader.hint(marked, reader.lines.atCodePoint(marked.getProblemMark().getIndex()));
  }

  private String hint(MarkedYAMLException marked, Position position) {
    if (isUnclosedQuote(marked)) {
      return ". The quoted value that starts here is never closed";
    }
    int problem = marked.getProblemMark() == null ? -1 : charAt(marked.getProblemMark());
    if (marked instanceof ScannerException && problem == '\t') {
      return ". YAML does not allow tabs for indentation; indent with spaces";
    }
    if (marked instanceof ScannerException && problem == ':'
        && marked.getContextMark() == null) {
      if (position.column() > MAX_KEY_LENGTH) {
        String line = file.text().lines().skip(position.line() - 1L).findFirst().orElse("");
        String before = line.substring(0, Math.min(line.length(), position.column() - 1)).strip();
        if (before.length() > MAX_KEY_LENGTH && before.indexOf(':') < 0) {
          return ". A key can be at most " + MAX_KEY_LENGTH + " characters long";
        }
      }
      return ". A value containing ': ' must be quoted, for example cause: \"Reason: details\"";
    }
    if (marked instanceof ScannerException && marked.getContextMark() != null
        && charAt(marked.getContextMark()) == '"') {
      return ". Inside double quotes a backslash starts an escape: write \\\\ for a backslash,"
          + " or use single quotes";
    }
    if (isUnfinishedKey(marked) || (marked instanceof ParserException
        && marked.getContextMark() != null && isBlockStart(charAt(marked.getContextMark())))) {
      return ". Check the indentation of this line against the lines above it";
    }
    return "";
  }

  /** Whether a collection starting with {@code c} is a block one (flow ones start with [ or {). */
  private static boolean isBlockStart(int c) {
    return c >= 0 && c != '[' && c != '{';
  }

  /** The character at a SnakeYAML mark (whose index counts code points), or -1 past the end. */
  private int charAt(Mark mark) {
    int offset = offset(mark);
    return offset < text.length() ? text.charAt(offset) : -1;
  }

  private int offset(Mark mark) {
    int index = mark.getIndex();
    if (index >= text.codePointCount(0, text.length())) {
      return text.length();
    }
    return text.offsetByCodePoints(0, Math.max(0, index));
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
