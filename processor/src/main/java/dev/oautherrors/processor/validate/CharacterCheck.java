package dev.oautherrors.processor.validate;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Position;
import dev.oautherrors.processor.diagnostic.Printable;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.Located;
import java.util.List;
import java.util.Locale;

/**
 * Wire spellings and names hold only characters a reader can see, and no text holds a
 * bidirectional control.
 *
 * <p>Codes, aliases, Java names, the package, group and flow ids and references must not contain
 * a control character, a format character (zero-width space, joiners, byte order mark,
 * bidirectional controls), a line or paragraph separator, or a space other than U+0020. Such
 * characters come in by copy and paste from web pages and documents; they make a spelling that
 * looks like the intended one but that no server sends (RFC 6749 §5.2 limits codes to printable
 * ASCII), or Java names that differ only invisibly.
 *
 * <p>Causes, actions and descriptions may hold any text but the bidirectional overrides,
 * embeddings and isolates, which reorder how the generated source shows (Trojan Source,
 * CVE-2021-42574).
 */
final class CharacterCheck implements CatalogCheck {
  private static final String HIDDEN = "which cannot be seen, so the value looks like one it is not";
  private static final String REORDERS =
      "which reorders how the generated source shows (Trojan Source, CVE-2021-42574)";

  @Override
  public void check(Catalog catalog, List<Problem> problems) {
    CatalogValues.visit(catalog, new Checker(catalog, problems));
  }

  /** Reports the first offending character of each value. */
  private static final class Checker implements CatalogValues.Visitor {
    private final Catalog catalog;
    private final List<Problem> problems;

    Checker(Catalog catalog, List<Problem> problems) {
      this.catalog = catalog;
      this.problems = problems;
    }

    /** A name or spelling: nothing invisible, not even a tab or a line break. */
    @Override
    public void name(String what, Located<String> value) {
      String text = value.value();
      for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
        int c = text.codePointAt(i);
        if (c == '\t' || c == '\n' || Printable.isInvisible(c)) {
          report(what + " '" + text + "'", c, i, HIDDEN, value.position(), text.length());
          return;
        }
      }
    }

    /** Free text: anything but a bidirectional control. */
    @Override
    public void text(String what, String text, Position position) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if ((c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
          report(what, c, i, REORDERS, position, 1);
          return;
        }
      }
    }

    private void report(String what, int c, int index, String why, Position position,
        int width) {
      String name = Character.getName(c);
      String character = String.format(Locale.ROOT, "U+%04X%s at character %d", c,
          name == null ? "" : " " + name, index + 1);
      problems.add(Problem.of(Message.INVISIBLE_CHARACTER,
          Location.inCatalog(catalog.file(), position, width), what, character, why));
    }
  }
}
