package dev.oautherrors.catalogimport.yaml;

import dev.oautherrors.catalogimport.ImportException;
import dev.oautherrors.catalogimport.Target;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A catalog file as SnakeYAML composes it, with every node's position in the text, so that an
 * edit can replace exactly the characters of one value and leave every other byte (comments,
 * order, blank lines, quoting) as it was.
 */
public final class CatalogDocument {
  /** Big enough for a catalog of tens of thousands of codes; SnakeYAML's default is 3 MB. */
  private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  private final String name;
  private final String text;
  private final boolean byteOrderMark;
  private final String newline;
  private final Offsets offsets;
  private final MappingNode root;

  private CatalogDocument(String name, String text, boolean byteOrderMark, MappingNode root) {
    this.name = name;
    this.text = text;
    this.byteOrderMark = byteOrderMark;
    this.newline = text.contains("\r\n") ? "\r\n" : "\n";
    this.offsets = new Offsets(text);
    this.root = root;
  }

  /**
   * Reads the catalog text {@code fileText}; {@code name} names it in messages. Fails on text
   * that is not one YAML document with a mapping at the top, or that uses aliases.
   */
  public static CatalogDocument parse(String name, String fileText) throws ImportException {
    boolean bom = fileText.startsWith("\ufeff");
    String text = bom ? fileText.substring(1) : fileText;
    Yaml yaml = new Yaml(loaderOptions());
    try {
      for (Event event : yaml.parse(new StringReader(text))) {
        if (event instanceof AliasEvent alias) {
          throw new ImportException(name + ":" + line(alias.getStartMark()) + ": the alias *"
              + alias.getAnchor() + " repeats another value; the processor does not accept "
              + "aliases, so write the value out before importing");
        }
      }
      Node root = yaml.compose(new StringReader(text));
      if (root != null && !(root instanceof MappingNode)) {
        throw new ImportException(name + ":" + line(root.getStartMark())
            + ": a catalog is a mapping (package:, errors:, ...), not " + kind(root));
      }
      return new CatalogDocument(name, text, bom, (MappingNode) root);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new ImportException(name + (mark == null ? "" : ":" + line(mark))
          + ": not valid YAML: " + (e.getProblem() == null ? e.getMessage() : e.getProblem()), e);
    } catch (YAMLException e) {
      throw new ImportException(name + ": not valid YAML: " + e.getMessage(), e);
    }
  }

  /** The limits both readers use: as large a file as the processor reads. */
  static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(true); // the processor reports them, at their lines
    return options;
  }

  /** The text without its byte order mark. */
  public String text() {
    return text;
  }

  /** Whether the file starts with a byte order mark, which a rewrite keeps. */
  public boolean hasByteOrderMark() {
    return byteOrderMark;
  }

  /** The file's line separator: {@code \r\n} if it uses it, else {@code \n}. */
  public String newline() {
    return newline;
  }

  /** The top-level mapping; empty for an empty file or one holding only comments. */
  public Optional<MappingNode> root() {
    return Optional.ofNullable(root);
  }

  /** Where {@code target}'s list is, or would go. */
  public ListSite site(Target target) throws ImportException {
    if (root == null) {
      return new ListSite(Optional.empty(), Optional.empty());
    }
    MappingNode parent = root;
    if (target == Target.SUB_CODES) {
      Optional<NodeTuple> subCodes = field(root, "subCodes");
      if (subCodes.isEmpty()) {
        return new ListSite(Optional.empty(), Optional.empty());
      }
      Node value = subCodes.get().getValueNode();
      if (!(value instanceof MappingNode mapping)) {
        throw new ImportException(name + ":" + line(value.getStartMark())
            + ": subCodes must be a mapping (name:, from:, codes:), not " + kind(value));
      }
      parent = mapping;
    }
    String key = target.path().get(target.path().size() - 1);
    Optional<NodeTuple> list = field(parent, key);
    if (list.isPresent()) {
      Node value = list.get().getValueNode();
      if (!(value instanceof SequenceNode) && !isNull(value)) {
        throw new ImportException(name + ":" + line(value.getStartMark()) + ": "
            + target.listName() + " must be a list of entries, not " + kind(value));
      }
    }
    return new ListSite(Optional.of(parent), list);
  }

  /**
   * Where a list is: the mapping that holds (or would hold) its key, empty when even that is
   * missing ({@code subCodes:} not there yet); the key and value, empty when the key is missing.
   */
  public record ListSite(Optional<MappingNode> parent, Optional<NodeTuple> field) {
    /** The list's items; none when the key is missing or its value is empty. */
    public List<Node> items() {
      return field.map(NodeTuple::getValueNode)
          .filter(SequenceNode.class::isInstance)
          .map(node -> ((SequenceNode) node).getValue())
          .orElse(List.of());
    }
  }

  /** The entries of {@code target}'s list that have a code, in order. */
  public List<CatalogEntry> entries(Target target) throws ImportException {
    List<CatalogEntry> entries = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    for (Node item : site(target).items()) {
      if (!(item instanceof MappingNode mapping)) {
        continue; // not an entry the import knows; the processor reports it
      }
      Optional<NodeTuple> code = field(mapping, "code");
      if (code.isEmpty() || !(code.get().getValueNode() instanceof ScalarNode codeValue)
          || isNull(codeValue)) {
        continue;
      }
      requireString(codeValue, "code");
      Optional<NodeTuple> cause = field(mapping, "cause");
      Optional<String> causeText = Optional.empty();
      if (cause.isPresent() && !isNull(cause.get().getValueNode())) {
        if (!(cause.get().getValueNode() instanceof ScalarNode scalar)) {
          throw new ImportException(name + ":" + line(cause.get().getValueNode().getStartMark())
              + ": the cause of '" + codeValue.getValue() + "' must be text, not "
              + kind(cause.get().getValueNode()));
        }
        requireString(scalar, "cause of '" + codeValue.getValue() + "'");
        causeText = Optional.of(scalar.getValue());
      }
      int line = line(mapping.getStartMark());
      Integer earlier = lines.putIfAbsent(codeValue.getValue(), line);
      if (earlier != null) {
        throw new ImportException(name + ":" + line + ": the code '" + codeValue.getValue()
            + "' is already at line " + earlier + "; keep one entry for it before importing");
      }
      entries.add(new CatalogEntry(codeValue.getValue(), causeText, line, mapping, code.get(),
          cause));
    }
    return entries;
  }

  /** Fails on a scalar YAML reads as a number, a boolean or a date: the processor wants text. */
  private void requireString(ScalarNode scalar, String what) throws ImportException {
    if (!scalar.getTag().equals(Tag.STR)) {
      throw new ImportException(name + ":" + line(scalar.getStartMark()) + ": the " + what
          + " '" + scalar.getValue() + "' is read as " + scalar.getTag().getValue()
          .replaceFirst("^tag:yaml.org,2002:", "a YAML ") + ", not as text; write it in quotes: "
          + YamlScalars.doubleQuoted(scalar.getValue()));
    }
  }

  /** The first {@code key:} of {@code mapping}. */
  static Optional<NodeTuple> field(MappingNode mapping, String key) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
        return Optional.of(tuple);
      }
    }
    return Optional.empty();
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  /** Where {@code node} starts, as a char index of {@link #text()}. */
  int start(Node node) {
    return offsets.toChar(node.getStartMark().getIndex());
  }

  /**
   * Where {@code node}'s own characters end, as a char index: after a closing quote or bracket,
   * after the last character of a plain or block scalar (not the line breaks SnakeYAML counts in
   * a block scalar), after the last value of a block collection (not the comments and blank
   * lines that follow it).
   */
  int contentEnd(Node node) {
    if (node instanceof ScalarNode scalar) {
      int end = offsets.toChar(scalar.getEndMark().getIndex());
      if (scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
          || scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED) {
        int start = start(scalar);
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
      }
      return end;
    }
    if (isFlow(node)) {
      return offsets.toChar(node.getEndMark().getIndex());
    }
    if (node instanceof MappingNode mapping && !mapping.getValue().isEmpty()) {
      NodeTuple last = mapping.getValue().get(mapping.getValue().size() - 1);
      return Math.max(contentEnd(last.getKeyNode()), contentEnd(last.getValueNode()));
    }
    if (node instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
      return contentEnd(sequence.getValue().get(sequence.getValue().size() - 1));
    }
    return offsets.toChar(node.getEndMark().getIndex());
  }

  /** Whether {@code node} is a {@code {...}} or {@code [...]} collection. */
  static boolean isFlow(Node node) {
    if (node instanceof MappingNode mapping) {
      return mapping.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    }
    if (node instanceof SequenceNode sequence) {
      return sequence.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    }
    return false;
  }

  /** The index of the first char of the line holding {@code index}. */
  int lineStart(int index) {
    int i = Math.min(index, text.length());
    while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
      i--;
    }
    return i;
  }

  /** The index of the line break ending the line holding {@code index} (or the text's end). */
  int lineEnd(int index) {
    int i = index;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /** The index just past the line break ending the line holding {@code index}. */
  int nextLineStart(int index) {
    int i = lineEnd(index);
    if (i < text.length() && text.charAt(i) == '\r') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '\n') {
      i++;
    }
    return i;
  }

  /** The column (0-based, in chars) of {@code index} on its line. */
  int column(int index) {
    return index - lineStart(index);
  }

  /** The start of the line before the one starting at {@code lineStart}; -1 on the first line. */
  int previousLineStart(int lineStart) {
    if (lineStart == 0) {
      return -1;
    }
    int i = lineStart - 1;
    if (text.charAt(i) == '\n' && i > 0 && text.charAt(i - 1) == '\r') {
      i--;
    }
    return lineStart(i);
  }

  /** Whether the line holding {@code index} holds only a comment. */
  boolean isCommentLine(int index) {
    return text.substring(lineStart(index), lineEnd(index)).strip().startsWith("#");
  }

  /** Whether the line holding {@code index} holds only spaces. */
  boolean isBlankLine(int index) {
    return text.substring(lineStart(index), lineEnd(index)).isBlank();
  }

  /** The file name used in messages. */
  String name() {
    return name;
  }

  /** The 1-based line of {@code mark}. */
  static int line(Mark mark) {
    return mark.getLine() + 1;
  }

  private static String kind(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return "the value '" + ((ScalarNode) node).getValue() + "'";
  }
}
