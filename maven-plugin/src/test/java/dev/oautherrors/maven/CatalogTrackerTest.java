package dev.oautherrors.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.maven.CatalogTracker.Action;
import dev.oautherrors.maven.CatalogTracker.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTrackerTest {
  private static final String CATALOG_V1 = "package: com.example.oauth\nerrors:\n"
      + "  - code: access_denied\n    cause: Denied.\n";
  private static final String CATALOG_V2 = CATALOG_V1 + "  - code: invalid_scope\n"
      + "    cause: Bad scope.\n";
  /** The first 12 hex digits of the sha256 of CATALOG_V1, as the messages show it. */
  private static final String V1_HASH_PREFIX = sha256Prefix(CATALOG_V1);

  @TempDir
  Path module;

  private Path catalog;
  private Path stamp;
  private Path classes;
  private Path testClasses;

  @BeforeEach
  void layout() {
    catalog = module.resolve("src/main/resources/errors.yaml");
    stamp = module.resolve("target/oauth-errors/catalog.sha256");
    classes = module.resolve("target/classes");
    testClasses = module.resolve("target/test-classes");
  }

  private CatalogTracker tracker() {
    return new CatalogTracker(catalog, stamp, List.of(classes, testClasses), module);
  }

  private void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** A module that was compiled from the catalog: classes, a resource copy and a stamp. */
  private void compiled(String catalogText) throws IOException {
    write(catalog, catalogText);
    assertEquals(Action.RECORDED, tracker().track().action());
    write(classes.resolve("com/example/oauth/OAuthErrors.class"), "class");
    write(classes.resolve("com/example/oauth/OAuthErrors$Entries.class"), "class");
    write(classes.resolve("com/example/LoginErrors.class"), "class");
    write(classes.resolve("errors.yaml"), catalogText);
    write(testClasses.resolve("com/example/LoginErrorsTest.class"), "class");
  }

  @Test
  void firstBuildRecordsTheCatalogAndDeletesNothing() throws IOException {
    write(catalog, CATALOG_V1);

    Outcome outcome = tracker().track();

    assertEquals(Action.RECORDED, outcome.action());
    assertEquals("src/main/resources/errors.yaml recorded (sha256 " + V1_HASH_PREFIX
        + "); nothing compiled yet", outcome.message());
    assertTrue(Files.readString(stamp).startsWith(sha256(CATALOG_V1) + "  "));
  }

  @Test
  void unchangedCatalogTouchesNothing() throws IOException {
    compiled(CATALOG_V1);
    String stampBefore = Files.readString(stamp);

    Outcome outcome = tracker().track();

    assertEquals(Action.UNCHANGED, outcome.action());
    assertEquals("src/main/resources/errors.yaml unchanged (sha256 " + V1_HASH_PREFIX
        + "): nothing to do", outcome.message());
    assertEquals(0, outcome.deletedClassFiles());
    assertTrue(Files.exists(classes.resolve("com/example/LoginErrors.class")));
    assertTrue(Files.exists(testClasses.resolve("com/example/LoginErrorsTest.class")));
    assertEquals(stampBefore, Files.readString(stamp));
  }

  @Test
  void changedCatalogDeletesMainAndTestClassesAndKeepsResources() throws IOException {
    compiled(CATALOG_V1);
    write(catalog, CATALOG_V2);

    Outcome outcome = tracker().track();

    assertEquals(Action.INVALIDATED, outcome.action());
    assertEquals(4, outcome.deletedClassFiles());
    assertEquals("src/main/resources/errors.yaml changed (sha256 " + V1_HASH_PREFIX + " -> "
        + sha256Prefix(CATALOG_V2) + "): deleted 4 class files in target/classes, "
        + "target/test-classes so that the compiler regenerates the catalog's types and checks "
        + "every handler again", outcome.message());
    assertFalse(Files.exists(classes.resolve("com/example/oauth/OAuthErrors$Entries.class")));
    assertFalse(Files.exists(testClasses.resolve("com/example/LoginErrorsTest.class")));
    assertTrue(Files.exists(classes.resolve("errors.yaml")), "resources are not class files");
    assertTrue(Files.readString(stamp).startsWith(sha256(CATALOG_V2) + "  "));
  }

  @Test
  void theBuildAfterAChangeSeesNoChange() throws IOException {
    compiled(CATALOG_V1);
    write(catalog, CATALOG_V2);
    tracker().track();

    assertEquals(Action.UNCHANGED, tracker().track().action());
  }

  @Test
  void revertingTheCatalogIsAChangeToo() throws IOException {
    compiled(CATALOG_V1);
    write(catalog, CATALOG_V2);
    tracker().track();
    write(classes.resolve("com/example/LoginErrors.class"), "recompiled");
    write(catalog, CATALOG_V1);

    Outcome outcome = tracker().track();

    assertEquals(Action.INVALIDATED, outcome.action());
    assertEquals(1, outcome.deletedClassFiles());
  }

  @Test
  void aChangeAfterAFailedBuildHasNoClassesToDelete() throws IOException {
    // The build after a change failed to compile, so no class files are left.
    compiled(CATALOG_V1);
    write(catalog, CATALOG_V2);
    tracker().track();
    write(catalog, CATALOG_V1);

    Outcome outcome = tracker().track();

    assertEquals(Action.INVALIDATED, outcome.action());
    assertEquals("src/main/resources/errors.yaml changed (sha256 " + sha256Prefix(CATALOG_V2)
        + " -> " + V1_HASH_PREFIX + "): no class files in target/classes, target/test-classes to "
        + "delete; the compiler regenerates the catalog's types and checks every handler again",
        outcome.message());
  }

  @Test
  void classesWithoutAStampAreDeleted() throws IOException {
    // A module compiled before the plugin was added, or after target/oauth-errors was removed.
    compiled(CATALOG_V1);
    Files.delete(stamp);

    Outcome outcome = tracker().track();

    assertEquals(Action.INVALIDATED, outcome.action());
    assertEquals(4, outcome.deletedClassFiles());
    assertTrue(outcome.message().startsWith("src/main/resources/errors.yaml has no stamp from an "
        + "earlier build (sha256 " + V1_HASH_PREFIX + "), so the classes may come from another "
        + "catalog: deleted 4 class files in target/classes, target/test-classes"),
        outcome.message());
    assertTrue(Files.exists(stamp));
  }

  @Test
  void aRemovedCatalogDeletesTheClassesAndTheStamp() throws IOException {
    compiled(CATALOG_V1);
    Files.delete(catalog);

    Outcome outcome = tracker().track();

    assertEquals(Action.REMOVED, outcome.action());
    assertEquals(4, outcome.deletedClassFiles());
    assertTrue(outcome.message().startsWith("src/main/resources/errors.yaml is gone (was sha256 "
        + V1_HASH_PREFIX + "): deleted 4 class files"), outcome.message());
    assertFalse(Files.exists(stamp));
    assertEquals(Action.NO_CATALOG, tracker().track().action());
  }

  @Test
  void noCatalogAndNoStampIsNothingToTrack() throws IOException {
    write(classes.resolve("com/example/Main.class"), "class");

    Outcome outcome = tracker().track();

    assertEquals(Action.NO_CATALOG, outcome.action());
    assertEquals("no catalog at src/main/resources/errors.yaml: nothing to track (set <catalog> "
        + "if the processor reads another file)", outcome.message());
    assertTrue(Files.exists(classes.resolve("com/example/Main.class")));
    assertFalse(Files.exists(stamp));
  }

  @Test
  void aCatalogOutsideTheModuleIsShownByItsFullPath(@TempDir Path elsewhere) throws IOException {
    catalog = elsewhere.resolve("errors.yaml");
    write(catalog, CATALOG_V1);

    Outcome outcome = tracker().track();

    assertTrue(outcome.message().startsWith(catalog.toString() + " recorded"), outcome.message());
  }

  @Test
  void aStampWithoutTheFileNameIsReadToo() throws IOException {
    compiled(CATALOG_V1);
    write(stamp, sha256(CATALOG_V1) + "\n");

    assertEquals(Action.UNCHANGED, tracker().track().action());
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static String sha256Prefix(String text) {
    return sha256(text).substring(0, 12);
  }
}
