package dev.oautherrors.catalogimport.table;

import dev.oautherrors.catalogimport.ImportException;
import dev.oautherrors.catalogimport.TableFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads the tables of a saved documentation page.
 *
 * <p>HTML is parsed by jsoup as a browser would (unclosed tags, entities, the charset the page
 * declares). Markdown is parsed by commonmark-java with its GitHub tables extension (escaped
 * pipes, code spans, links, alignment rows) and rendered to HTML, each row marked with its source
 * line; HTML tables written inside the Markdown pass through. Both then go through the same
 * {@link HtmlTables} and {@link CellText}, so a cell means the same in either format.
 */
public final class PageReader {
  private PageReader() {}

  /** The tables of {@code file}, read as {@code format}; {@code baseUrl} resolves relative links. */
  public static List<Table> read(Path file, TableFormat format, String baseUrl)
      throws ImportException {
    return read(file, file.toString(), format, baseUrl);
  }

  /** As {@link #read(Path, TableFormat, String)}; messages call the file {@code name}. */
  public static List<Table> read(Path file, String name, TableFormat format, String baseUrl)
      throws ImportException {
    try {
      if (format == TableFormat.MARKDOWN) {
        return markdown(readUtf8(file, name), baseUrl);
      }
      try (InputStream in = Files.newInputStream(file)) {
        // A null charset: jsoup takes the byte order mark, then <meta charset>, then UTF-8.
        Document page = Jsoup.parse(in, null, baseUrl,
            org.jsoup.parser.Parser.htmlParser().setTrackPosition(true));
        return new HtmlTables(HtmlTables.LineSource.PARSED).tables(page);
      }
    } catch (NoSuchFileException e) {
      throw new ImportException("the table file " + name + " does not exist");
    } catch (IOException e) {
      throw new ImportException("cannot read the table file " + name + ": " + e.getMessage(), e);
    }
  }

  /** The tables of an HTML page. */
  public static List<Table> html(String html, String baseUrl) {
    Document page = Jsoup.parse(html, baseUrl,
        org.jsoup.parser.Parser.htmlParser().setTrackPosition(true));
    return new HtmlTables(HtmlTables.LineSource.PARSED).tables(page);
  }

  /** The tables of a Markdown page. */
  public static List<Table> markdown(String markdown, String baseUrl) {
    List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
    Node document = Parser.builder().extensions(extensions)
        .includeSourceSpans(IncludeSourceSpans.BLOCKS).build().parse(markdown);
    String html = HtmlRenderer.builder().extensions(extensions)
        .attributeProviderFactory(context -> (node, tag, attributes) -> {
          if (node instanceof TableRow && !node.getSourceSpans().isEmpty()) {
            attributes.put(HtmlTables.LINE_ATTRIBUTE,
                String.valueOf(node.getSourceSpans().get(0).getLineIndex() + 1));
          }
        })
        .build().render(document);
    return new HtmlTables(HtmlTables.LineSource.ATTRIBUTE).tables(Jsoup.parse(html, baseUrl));
  }

  private static String readUtf8(Path file, String name) throws IOException, ImportException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\ufeff") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new ImportException("the table file " + name + " is not UTF-8: save it as UTF-8");
    }
  }
}
