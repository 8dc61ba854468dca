package dev.oautherrors.processor.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Position;
import dev.oautherrors.processor.diagnostic.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The locator's messages at their edges: every encoding guess, and the list of places tried. */
class LocatorEdgesTest {
  @TempDir
  Path dir;

  private Problem notFound(byte[] bytes) throws IOException {
    Path file = Files.write(dir.resolve("errors.yaml"), bytes);
    return assertInstanceOf(CatalogLocator.Missing.class,
        new CatalogLocator(new FakeFiler(), file.toString(), null).locate()).problem();
  }

  @Test
  void eachBadByteIsNamedWithTheRightGuess() throws IOException {
    assertEquals("[OAuthErrors/CatalogUnreadable] the catalog is not valid UTF-8: byte 0xFE does"
        + " not start a valid UTF-8 character (the file starts with a UTF-16 byte order mark: it"
        + " was saved as UTF-16); save it as UTF-8",
        notFound(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}).text());
    assertEquals("[OAuthErrors/CatalogUnreadable] the catalog is not valid UTF-8: byte 0x9F does"
        + " not follow a byte that starts a character; save it as UTF-8",
        notFound(new byte[] {'a', (byte) 0x9F}).text());
    assertEquals("[OAuthErrors/CatalogUnreadable] the catalog is not valid UTF-8: byte 0xA0 does"
        + " not follow a byte that starts a character (was it saved as ISO-8859-1 or"
        + " Windows-1252?); save it as UTF-8", notFound(new byte[] {'a', (byte) 0xA0}).text());
    assertEquals("[OAuthErrors/CatalogUnreadable] the catalog is not valid UTF-8: byte 0xFE does"
        + " not start a valid UTF-8 character (was it saved as ISO-8859-1 or Windows-1252?);"
        + " save it as UTF-8", notFound(new byte[] {(byte) 0xFE}).text());
    assertEquals("[OAuthErrors/CatalogUnreadable] the catalog is not valid UTF-8: byte 0xFF does"
        + " not start a valid UTF-8 character (was it saved as ISO-8859-1 or Windows-1252?);"
        + " save it as UTF-8", notFound(new byte[] {(byte) 0xFF, 'a'}).text());
  }

  @Test
  void theBadByteIsLocatedInLinesAndChars() throws IOException {
    // "a" CRLF "é" CR "b", then the first byte of a character the file ends before finishing.
    Problem problem = notFound(new byte[] {'a', '\r', '\n', (byte) 0xC3, (byte) 0xA9, '\r', 'b',
        (byte) 0xC3});
    Location.InCatalog at = (Location.InCatalog) problem.location();
    assertEquals(new Position(3, 2), at.position());
    assertEquals(1, at.width());
  }

  @Test
  void placesTriedAreListedOnePerLine() throws IOException {
    String text = assertInstanceOf(CatalogLocator.Missing.class,
        new CatalogLocator(new FakeFiler(), null, null).locate()).problem().text();
    String list = System.lineSeparator() + "  - class path: errors.yaml (not found)"
        + System.lineSeparator() + "  - class output: errors.yaml (not found)"
        + System.lineSeparator() + "  - source folder: not searched (the module folder is known only"
        + " when the class output is on disk, inside a target/ or build/ folder)";
    assertTrue(text.startsWith("[OAuthErrors/CatalogNotFound] no OAuth error catalog found."
        + " Looked in:" + list), text);
    String option = assertInstanceOf(CatalogLocator.Missing.class,
        new CatalogLocator(new FakeFiler(), "no/such.yaml", null).locate()).problem().text();
    assertTrue(option.startsWith("[OAuthErrors/CatalogNotFound] -Aoauth.errors.catalog="
        + "no/such.yaml names no readable file. Looked at:" + System.lineSeparator() + "  - "
        + Path.of("no/such.yaml").toAbsolutePath()), option);
  }
}
