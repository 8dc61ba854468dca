package dev.oautherrors.catalogimport.yaml;

import dev.oautherrors.catalogimport.ImportException;
import dev.oautherrors.catalogimport.Target;
import dev.oautherrors.catalogimport.yaml.YamlScalars.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Edits a catalog's text in place: replaces the causes that changed, deletes entries, appends new
 * ones. Every edit replaces the characters of one value or inserts whole lines; the rest of the
 * file (comments, field order, blank lines, quoting, line separators, the byte order mark) stays
 * byte for byte. New entries copy the indentation and spacing of the entries already there.
 *
 * <p>It works in two passes over SnakeYAML's positions: edits of existing entries first, then, on
 * the text read again, the new entries, so that appending after an entry never collides with
 * deleting it. The result is read back with Jackson, the processor's YAML reader, and must hold
 * exactly the expected codes and causes, as strings; otherwise nothing is returned.
 */
public final class CatalogEditor {
  /** Folded causes are wrapped to this many columns. */
  private static final int WIDTH = 100;

  private CatalogEditor() {}

  /** A new entry: {@code code} and {@code cause}. */
  public record NewEntry(String code, String cause) {}

  /**
   * What to change in the list.
   *
   * @param causes the new cause of existing codes, by code
   * @param deletions the existing codes to delete
   * @param additions the codes to append, in order
   */
  public record Plan(Map<String, String> causes, Set<String> deletions,
      List<NewEntry> additions) {
    /** A plan; the collections are copied. */
    public Plan {
      causes = Map.copyOf(causes);
      deletions = Set.copyOf(deletions);
      additions = List.copyOf(additions);
    }
  }

  /** {@code document}'s text with {@code plan} carried out on {@code target}'s list. */
  public static String apply(CatalogDocument document, Target target, Plan plan)
      throws ImportException {
    List<Edit> edits = new ArrayList<>();
    ListEdits list = new ListEdits(document, target);
    for (CatalogEntry entry : document.entries(target)) {
      if (plan.deletions().contains(entry.code())) {
        edits.add(list.deletion(entry));
      } else if (plan.causes().containsKey(entry.code())) {
        edits.add(list.cause(entry, plan.causes().get(entry.code())));
      }
    }
    String edited = Edit.apply(document.text(), edits);
    CatalogDocument again = CatalogDocument.parse(document.name(), edited);
    String appended = Edit.apply(edited, new ListEdits(again, target).additions(plan.additions()));
    String result = (document.hasByteOrderMark() ? "\ufeff" : "") + appended;
    ReadBack.verify(result, target, expected(document.entries(target), plan));
    return result;
  }

  /**
   * A new catalog: {@code header} (comment lines, each ending in a line break), the package, and
   * {@code entries} in {@code target}'s list.
   */
  public static String create(String header, String packageName, Target target,
      List<NewEntry> entries) throws ImportException {
    String start = header + "package: " + YamlScalars.write(packageName, Quote.PLAIN, false)
        + "\n";
    CatalogDocument document = CatalogDocument.parse("the new catalog", start);
    return apply(document, target, new Plan(Map.of(), Set.of(), entries));
  }

  private static List<ReadBack.Entry> expected(List<CatalogEntry> before, Plan plan) {
    List<ReadBack.Entry> expected = new ArrayList<>();
    for (CatalogEntry entry : before) {
      if (!plan.deletions().contains(entry.code())) {
        Optional<String> cause = plan.causes().containsKey(entry.code())
            ? Optional.of(plan.causes().get(entry.code())) : entry.cause();
        expected.add(new ReadBack.Entry(entry.code(), cause));
      }
    }
    for (NewEntry entry : plan.additions()) {
      expected.add(new ReadBack.Entry(entry.code(), Optional.of(entry.cause())));
    }
    return expected;
  }

  /** Replace {@code [start, end)} of the text with {@code text}; an insertion when empty. */
  private record Edit(int start, int end, String text) {
    static String apply(String original, List<Edit> edits) {
      List<Edit> sorted = new ArrayList<>(edits);
      sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
      List<Edit> merged = new ArrayList<>();
      for (Edit edit : sorted) {
        Edit last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (last != null && edit.start < last.end) {
          if (!edit.text.isEmpty() || !last.text.isEmpty()) {
            throw new IllegalStateException("overlapping edits " + last + " and " + edit);
          }
          merged.set(merged.size() - 1,
              new Edit(last.start, Math.max(last.end, edit.end), "")); // two deletions: one
        } else {
          merged.add(edit);
        }
      }
      StringBuilder out = new StringBuilder(original.length() + 256);
      int at = 0;
      for (Edit edit : merged) {
        out.append(original, at, edit.start).append(edit.text);
        at = edit.end;
      }
      return out.append(original, at, original.length()).toString();
    }
  }

  /** The edits of one list of one document. */
  private static final class ListEdits {
    private final CatalogDocument document;
    private final Target target;
    private final CatalogDocument.ListSite site;
    private final String newline;

    ListEdits(CatalogDocument document, Target target) throws ImportException {
      this.document = document;
      this.target = target;
      this.site = document.site(target);
      this.newline = document.newline();
    }

    /** Removes an entry's lines (or, in {@code [...]}, the entry and a comma). */
    Edit deletion(CatalogEntry entry) {
      List<Node> items = site.items();
      int index = items.indexOf(entry.node());
      SequenceNode sequence = (SequenceNode) site.field().orElseThrow().getValueNode();
      if (CatalogDocument.isFlow(sequence)) {
        if (items.size() == 1) {
          return new Edit(document.start(entry.node()), document.contentEnd(entry.node()), "");
        }
        return index > 0
            ? new Edit(document.contentEnd(items.get(index - 1)),
                document.contentEnd(entry.node()), "")
            : new Edit(document.start(entry.node()), document.start(items.get(1)), "");
      }
      int from = document.lineStart(dash(entry.node()));
      int to = document.nextLineStart(document.contentEnd(entry.node()));
      // Comment lines right above the entry are about it, and go with it.
      for (int above = document.previousLineStart(from);
          above >= 0 && document.isCommentLine(above); above = document.previousLineStart(from)) {
        from = above;
      }
      int previous = document.previousLineStart(from);
      if (index > 0 && previous >= 0 && document.isBlankLine(previous)) {
        from = previous; // the blank line that separated it from the entry before
      } else if (index == 0 && to < document.text().length() && document.isBlankLine(to)
          && items.size() > 1) {
        to = document.nextLineStart(to);
      }
      return new Edit(from, to, "");
    }

    /** Replaces, or adds, an entry's cause. */
    Edit cause(CatalogEntry entry, String cause) {
      boolean flow = inFlow(entry.node());
      if (entry.causeField().isEmpty()) {
        Node codeValue = entry.codeField().getValueNode();
        if (flow) {
          int at = document.contentEnd(codeValue);
          return new Edit(at, at, ", cause: " + YamlScalars.write(cause, Quote.PLAIN, true));
        }
        int at = document.lineEnd(document.contentEnd(codeValue));
        int column = document.column(document.start(entry.codeField().getKeyNode()));
        return new Edit(at, at, newline + " ".repeat(column) + "cause: "
            + YamlScalars.write(cause, Quote.PLAIN, false));
      }
      Node value = entry.causeField().get().getValueNode();
      int start = document.start(value);
      int end = document.contentEnd(value);
      if (CatalogDocument.isNull(value)) {
        return new Edit(start, end, (start == end ? " " : "")
            + YamlScalars.write(cause, Quote.PLAIN, flow));
      }
      DumperOptions.ScalarStyle style = ((ScalarNode) value).getScalarStyle();
      if (style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED) {
        int keyColumn = document.column(document.start(entry.causeField().get().getKeyNode()));
        Optional<String> block = YamlScalars.block(cause,
            style == DumperOptions.ScalarStyle.FOLDED, blockIndent(start, end, keyColumn + 2),
            newline, WIDTH);
        if (block.isPresent()) {
          return new Edit(start, end, block.get());
        }
        return new Edit(start, end, YamlScalars.write(cause, Quote.DOUBLE, flow));
      }
      Quote quote = switch (style) {
        case SINGLE_QUOTED -> Quote.SINGLE;
        case DOUBLE_QUOTED -> Quote.DOUBLE;
        default -> Quote.PLAIN;
      };
      return new Edit(start, end, YamlScalars.write(cause, quote, flow));
    }

    /** The edits that append {@code additions} to the list, creating it if needed. */
    List<Edit> additions(List<CatalogEditor.NewEntry> additions) throws ImportException {
      if (additions.isEmpty()) {
        return List.of();
      }
      String text = document.text();
      if (site.field().isPresent()) {
        NodeTuple field = site.field().get();
        Node value = field.getValueNode();
        List<Node> items = site.items();
        if (!items.isEmpty() && CatalogDocument.isFlow(value)) {
          int at = document.contentEnd(items.get(items.size() - 1));
          StringBuilder out = new StringBuilder();
          for (CatalogEditor.NewEntry entry : additions) {
            out.append(", ").append(flowEntry(entry));
          }
          return List.of(new Edit(at, at, out.toString()));
        }
        if (!items.isEmpty()) {
          return List.of(appendToBlockList(items, additions));
        }
        // An empty list ("errors:", "errors: []", "errors: ~"): the entries go under the key.
        int keyColumn = document.column(document.start(field.getKeyNode()));
        int start = document.start(value);
        int end = document.contentEnd(value);
        while (start > 0 && start < end && text.charAt(start - 1) == ' ') {
          start--;
        }
        int at = document.lineEnd(end);
        List<Edit> edits = new ArrayList<>();
        if (end > start) {
          edits.add(new Edit(start, end, ""));
        }
        edits.add(new Edit(at, at, blockEntries(additions, keyColumn + 2, 2, false)));
        return edits;
      }
      List<String> keys = new ArrayList<>(target.path());
      MappingNode parent = site.parent().orElse(null);
      if (parent == null && document.root().isPresent()) {
        parent = document.root().get(); // subCodes: is missing: add it to the top level
      } else if (parent != null) {
        keys = keys.subList(keys.size() - 1, keys.size());
      }
      int column = 0;
      int at = text.length();
      String lead = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? "" : newline;
      if (parent != null) {
        if (CatalogDocument.isFlow(parent) || parent.getValue().isEmpty()) {
          throw new ImportException(document.name() + ":"
              + CatalogDocument.line(parent.getStartMark()) + ": add '" + keys.get(0)
              + ":' to this mapping by hand (it is written in {...} style), then import again");
        }
        column = document.column(document.start(parent.getValue().get(0).getKeyNode()));
        at = document.lineEnd(document.contentEnd(parent));
        lead = newline;
      }
      StringBuilder out = new StringBuilder(lead);
      for (int i = 0; i < keys.size(); i++) {
        out.append(i == 0 ? "" : newline).append(" ".repeat(column + 2 * i))
            .append(keys.get(i)).append(':');
      }
      out.append(blockEntries(additions, column + 2 * keys.size(), 2, false));
      if (parent == null) {
        out.append(newline);
      }
      return List.of(new Edit(at, at, out.toString()));
    }

    /** New entries after the last item, laid out as the first items are. */
    private Edit appendToBlockList(List<Node> items, List<CatalogEditor.NewEntry> additions) {
      Node first = items.get(0);
      int dash = dash(first);
      int dashColumn = document.column(dash);
      int firstStart = document.start(first);
      boolean sameLine = document.lineStart(firstStart) == document.lineStart(dash);
      int gap = sameLine ? firstStart - dash : 2;
      boolean blankBetween = false;
      if (items.size() > 1) {
        int afterFirst = document.nextLineStart(document.contentEnd(first));
        int secondLine = document.lineStart(dash(items.get(1)));
        for (int line = afterFirst; line < secondLine; line = document.nextLineStart(line)) {
          if (document.isBlankLine(line)) {
            blankBetween = true;
            break;
          }
        }
      }
      Node last = items.get(items.size() - 1);
      int at = document.lineEnd(document.contentEnd(last));
      if (CatalogDocument.isFlow(first)) {
        StringBuilder out = new StringBuilder();
        for (CatalogEditor.NewEntry entry : additions) {
          out.append(newline).append(blankBetween ? newline : "").append(" ".repeat(dashColumn))
              .append('-').append(" ".repeat(Math.max(1, gap - 1))).append(flowEntry(entry));
        }
        return new Edit(at, at, out.toString());
      }
      return new Edit(at, at, blockEntries(additions, dashColumn, Math.max(2, gap), blankBetween));
    }

    private String blockEntries(List<CatalogEditor.NewEntry> additions, int dashColumn, int gap,
        boolean blankBetween) {
      StringBuilder out = new StringBuilder();
      String keyMargin = " ".repeat(dashColumn + gap);
      for (CatalogEditor.NewEntry entry : additions) {
        out.append(newline).append(blankBetween ? newline : "")
            .append(" ".repeat(dashColumn)).append('-').append(" ".repeat(gap - 1))
            .append("code: ").append(YamlScalars.write(entry.code(), Quote.PLAIN, false))
            .append(newline).append(keyMargin)
            .append("cause: ").append(YamlScalars.write(entry.cause(), Quote.PLAIN, false));
      }
      return out.toString();
    }

    private static String flowEntry(CatalogEditor.NewEntry entry) {
      return "{code: " + YamlScalars.write(entry.code(), Quote.PLAIN, true) + ", cause: "
          + YamlScalars.write(entry.cause(), Quote.PLAIN, true) + "}";
    }

    /** The {@code -} that starts a block list item (before its node, maybe on a line above). */
    private int dash(Node item) {
      String text = document.text();
      int i = document.start(item) - 1;
      while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
        i--;
      }
      return i >= 0 && text.charAt(i) == '-' ? i : document.lineStart(document.start(item));
    }

    /** The indentation of a block scalar's first content line, or {@code fallback}. */
    private int blockIndent(int start, int end, int fallback) {
      String text = document.text();
      int lineStart = document.nextLineStart(start);
      int i = lineStart;
      while (i < end && text.charAt(i) == ' ') {
        i++;
      }
      return i < end && i > lineStart ? i - lineStart : fallback;
    }

    private boolean inFlow(Node entry) {
      return CatalogDocument.isFlow(entry)
          || site.field().map(field -> CatalogDocument.isFlow(field.getValueNode())).orElse(false);
    }
  }
}
