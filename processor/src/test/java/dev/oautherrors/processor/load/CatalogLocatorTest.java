package dev.oautherrors.processor.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the catalog is looked for, in what order, and what is said when it is not found. */
class CatalogLocatorTest {
  private static final String YAML = "package: a\nerrors:\n  - code: x\n    cause: y\n";

  @TempDir Path module;

  private Path classes() throws IOException {
    return Files.createDirectories(module.resolve("target/classes"));
  }

  private Path sourceCatalog() throws IOException {
    Path resources = Files.createDirectories(module.resolve("src/main/resources"));
    return Files.writeString(resources.resolve("errors.yaml"), YAML);
  }

  private static LoadedCatalog found(CatalogLocator.Outcome outcome) {
    return assertInstanceOf(CatalogLocator.Found.class, outcome).catalog();
  }

  private static String missing(CatalogLocator.Outcome outcome) {
    return assertInstanceOf(CatalogLocator.Missing.class, outcome).problem().text();
  }

  @Test
  void explicitPathWinsAndIsReadAsIs() throws IOException {
    Path elsewhere = Files.writeString(module.resolve("custom.yaml"), YAML);
    LoadedCatalog catalog = found(new CatalogLocator(new FakeFiler(), elsewhere.toString(), null)
        .locate());
    assertEquals(YAML, catalog.text().text());
    assertEquals(elsewhere.toString(), catalog.text().displayPath());
    assertEquals(64, catalog.sha256().length());
  }

  @Test
  void relativeExplicitPathIsResolvedAgainstTheModule() throws IOException {
    Files.writeString(module.resolve("custom.yaml"), YAML);
    FakeFiler filer = new FakeFiler().root(StandardLocation.CLASS_OUTPUT, classes());
    LoadedCatalog catalog = found(new CatalogLocator(filer, "custom.yaml", null).locate());
    assertEquals(module.resolve("custom.yaml").toString(), catalog.text().displayPath());
  }

  @Test
  void explicitPathThatDoesNotExistIsAnErrorListingWhereItLooked() {
    String text = missing(new CatalogLocator(new FakeFiler(), "/no/such/errors.yaml", null)
        .locate());
    assertTrue(text.startsWith("[" + Message.CATALOG_OPTION_NOT_FOUND.id() + "] "), text);
    assertTrue(text.contains("-Aoauth.errors.catalog=/no/such/errors.yaml names no readable file"),
        text);
    assertTrue(text.contains("  - /no/such/errors.yaml"), text);
  }

  @Test
  void classPathComesFirstAndMessagesNameTheSourceFile() throws IOException {
    Path classes = classes();
    Files.writeString(classes.resolve("errors.yaml"), YAML);
    Path source = sourceCatalog();
    FakeFiler filer = new FakeFiler()
        .root(StandardLocation.CLASS_PATH, classes)
        .root(StandardLocation.CLASS_OUTPUT, classes);
    LoadedCatalog catalog = found(new CatalogLocator(filer, null, null).locate());
    assertEquals(source.toString(), catalog.text().displayPath());
  }

  @Test
  void copyThatDiffersFromTheSourceIsNamedItself() throws IOException {
    Path classes = classes();
    Path copy = Files.writeString(classes.resolve("errors.yaml"), YAML + "# stale copy\n");
    sourceCatalog();
    FakeFiler filer = new FakeFiler()
        .root(StandardLocation.CLASS_PATH, classes)
        .root(StandardLocation.CLASS_OUTPUT, classes);
    LoadedCatalog catalog = found(new CatalogLocator(filer, null, null).locate());
    assertEquals(copy.toString(), catalog.text().displayPath());
  }

  @Test
  void eclipseFilerThatRejectsTheClassPathFallsBackToTheClassOutput() throws IOException {
    Path classes = classes();
    Files.writeString(classes.resolve("errors.yaml"), YAML);
    FakeFiler filer = new FakeFiler()
        .unsupported(StandardLocation.CLASS_PATH)
        .root(StandardLocation.CLASS_OUTPUT, classes);
    assertEquals(YAML, found(new CatalogLocator(filer, null, null).locate()).text().text());
  }

  @Test
  void ideThatHasNotCopiedResourcesYetFindsTheSourceFolder() throws IOException {
    Path source = sourceCatalog();
    FakeFiler filer = new FakeFiler().root(StandardLocation.CLASS_OUTPUT, classes());
    LoadedCatalog catalog = found(new CatalogLocator(filer, null, null).locate());
    assertEquals(source.toString(), catalog.text().displayPath());
  }

  @Test
  void eclipseFilerThatFindsNothingInTheClassOutputStillFindsTheSourceFolder() throws IOException {
    Path source = sourceCatalog();
    Path classes = classes();
    FakeFiler filer = new FakeFiler()
        .eclipse()
        .unsupported(StandardLocation.CLASS_PATH)
        .root(StandardLocation.CLASS_OUTPUT, classes);
    LoadedCatalog catalog = found(new CatalogLocator(filer, null, null).locate());
    assertEquals(source.toString(), catalog.text().displayPath());
    // The locator asked where a file would go, and wrote nothing there.
    assertEquals(1, filer.created().size());
    try (var files = Files.list(classes)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void resourceOptionChangesTheNameLookedFor() throws IOException {
    Path classes = classes();
    Files.createDirectories(classes.resolve("oauth"));
    Files.writeString(classes.resolve("oauth/salesforce.yaml"), YAML);
    FakeFiler filer = new FakeFiler().root(StandardLocation.CLASS_PATH, classes);
    assertEquals(YAML, found(new CatalogLocator(filer, null, "oauth/salesforce.yaml").locate())
        .text().text());
  }

  @Test
  void nothingFoundListsEveryPlaceTriedAndTheFix() throws IOException {
    FakeFiler filer = new FakeFiler()
        .unsupported(StandardLocation.CLASS_PATH)
        .root(StandardLocation.CLASS_OUTPUT, classes());
    String text = missing(new CatalogLocator(filer, null, null).locate());
    assertTrue(text.startsWith("[OAuthErrors/CatalogNotFound] no OAuth error catalog found."),
        text);
    assertTrue(text.contains("  - class path: not supported by this compiler"), text);
    assertTrue(text.contains("  - class output: " + module.resolve("target/classes/errors.yaml")
        + " (not found)"), text);
    assertTrue(text.contains("  - source folder: "
        + module.resolve("src/main/resources/errors.yaml")), text);
    assertTrue(text.contains("Put the catalog at src/main/resources/errors.yaml, or pass its path "
        + "with -Aoauth.errors.catalog=<path>."), text);
  }

  @Test
  void fileThatIsNotUtf8IsUnreadableWithTheReasonAndThePlace() throws IOException {
    Path latin1 = module.resolve("errors.yaml");
    Files.write(latin1, "cause: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    CatalogLocator.Outcome outcome =
        new CatalogLocator(new FakeFiler(), latin1.toString(), null).locate();
    String text = missing(outcome);
    assertEquals("[OAuthErrors/CatalogUnreadable] the catalog is not valid UTF-8: byte 0xE9 does"
        + " not start a valid UTF-8 character (was it saved as ISO-8859-1 or Windows-1252?);"
        + " save it as UTF-8", text);
    Location.InCatalog at = (Location.InCatalog) ((CatalogLocator.Missing) outcome).problem()
        .location();
    assertEquals(latin1.toString(), at.file().displayPath());
    assertEquals(new Position(1, 11), at.position());
    assertEquals("cause: caf\ufffd", at.file().line(1));
  }
}
