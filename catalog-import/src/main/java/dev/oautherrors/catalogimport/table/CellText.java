package dev.oautherrors.catalogimport.table;

import dev.oautherrors.catalogimport.LinkStyle;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of a table cell as a reader sees it: tags stripped (a link keeps its text, and its
 * address when asked), entities decoded, block boundaries and {@code <br>} turned into line
 * breaks. {@link #description} then normalises the white space; {@link #codeSource} keeps it, so
 * that odd spacing in a code can be reported.
 */
public final class CellText {
  /** Elements that start a new line: paragraphs, lists, headings, nested tables. */
  private static final Set<String> BLOCKS = Set.of("p", "div", "ul", "ol", "li", "dl", "dt", "dd",
      "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "table", "tr", "td", "th",
      "section", "article", "header", "footer", "details", "summary", "figure", "figcaption",
      "hr", "caption");
  /** Elements whose content is not text a reader sees. */
  private static final Set<String> HIDDEN = Set.of("script", "style", "template", "noscript",
      "head", "svg", "math", "button", "select");

  private CellText() {}

  /** A description cell as one line of catalog text: every run of white space one space. */
  public static String description(Element cell, LinkStyle links) {
    return TextNormalizer.text(render(cell, links));
  }

  /**
   * A code cell's text as its author typed it: white space kept, except the layout white space
   * around the cell's content (the indentation of HTML source, the spaces around a Markdown
   * cell). Spaces inside an inline element, such as {@code <code>invalid_grant </code>}, are the
   * author's, and are kept.
   */
  public static String codeSource(Element cell) {
    StringBuilder out = new StringBuilder();
    Renderer renderer = new Renderer(out, LinkStyle.TEXT, cell);
    renderer.children(cell);
    return renderer.withoutLayoutEdges();
  }

  private static String render(Element cell, LinkStyle links) {
    StringBuilder out = new StringBuilder();
    new Renderer(out, links, cell).children(cell);
    return out.toString();
  }

  /** Walks a cell's nodes, appending their text. */
  private static final class Renderer {
    private final StringBuilder out;
    private final LinkStyle links;
    private final Element cell;
    /** A block boundary was passed: the next text starts a new line. */
    private boolean pendingBreak;
    /** Where the author's own text starts and ends, past the cell's layout white space. */
    private int contentStart = -1;
    private int contentEnd;

    Renderer(StringBuilder out, LinkStyle links, Element cell) {
      this.out = out;
      this.links = links;
      this.cell = cell;
    }

    void children(Element element) {
      for (Node child : element.childNodes()) {
        node(child);
      }
    }

    private void node(Node node) {
      if (node instanceof TextNode text) {
        text(text);
      } else if (node instanceof Element element) {
        element(element);
      }
      // Comments, data (script bodies), doctype: nothing a reader sees.
    }

    private void text(TextNode node) {
      String text = node.getWholeText();
      if (text.isEmpty()) {
        return;
      }
      boolean layout = isLayout(node);
      if (layout && isAsciiBlank(text)) {
        if (out.length() > 0 && !pendingBreak) {
          append(" ", true);
        }
        return;
      }
      flushBreak();
      append(text, layout);
    }

    /**
     * Text directly in the cell or in a block inside it, where white space only lays out the
     * source; inside {@code <code>}, {@code <a>}, {@code <em>} it is the author's.
     */
    private boolean isLayout(TextNode node) {
      Node parent = node.parent();
      return parent == cell
          || parent instanceof Element element && BLOCKS.contains(element.normalName());
    }

    private void element(Element element) {
      String name = element.normalName();
      if (HIDDEN.contains(name)) {
        return;
      }
      if (name.equals("br")) {
        flushBreak();
        append("\n", true);
        return;
      }
      if (name.equals("img")) {
        String alt = element.attr("alt");
        if (!alt.isBlank()) {
          flushBreak();
          append(alt, false);
        }
        return;
      }
      boolean block = BLOCKS.contains(name);
      if (block) {
        pendingBreak = out.length() > 0;
      }
      children(element);
      if (name.equals("a") && links == LinkStyle.URL) {
        appendAddress(element);
      }
      if (block) {
        pendingBreak = out.length() > 0;
      }
    }

    private void appendAddress(Element link) {
      String address = link.hasAttr("href") ? link.absUrl("href") : "";
      if (address.isEmpty()) {
        address = link.attr("href").strip();
      }
      String text = TextNormalizer.text(link.text());
      if (address.isEmpty() || address.startsWith("#") || address.startsWith("javascript:")
          || address.equals(text)) {
        return;
      }
      append(text.isEmpty() ? address : " (" + address + ")", false);
    }

    private void flushBreak() {
      if (pendingBreak) {
        pendingBreak = false;
        append("\n", true);
      }
    }

    private void append(String text, boolean layout) {
      int start = out.length();
      out.append(text);
      if (layout) {
        // Only the non-blank part of layout text counts as the author's.
        int first = firstNonBlank(text);
        if (first < 0) {
          return;
        }
        markContent(start + first, start + lastNonBlank(text) + 1);
      } else {
        markContent(start, out.length());
      }
    }

    private void markContent(int start, int end) {
      if (contentStart < 0) {
        contentStart = start;
      }
      contentEnd = Math.max(contentEnd, end);
    }

    String withoutLayoutEdges() {
      return contentStart < 0 ? "" : out.substring(contentStart, contentEnd);
    }

    private static boolean isAsciiBlank(String text) {
      return firstNonBlank(text) < 0;
    }

    private static int firstNonBlank(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (!isAsciiSpace(text.charAt(i))) {
          return i;
        }
      }
      return -1;
    }

    private static int lastNonBlank(String text) {
      for (int i = text.length() - 1; i >= 0; i--) {
        if (!isAsciiSpace(text.charAt(i))) {
          return i;
        }
      }
      return -1;
    }

    private static boolean isAsciiSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
  }
}
