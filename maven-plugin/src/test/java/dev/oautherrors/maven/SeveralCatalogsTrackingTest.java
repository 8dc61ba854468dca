package dev.oautherrors.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal tracks every catalog of a module with several, as the processor finds them. */
class SeveralCatalogsTrackingTest {
  @TempDir
  Path module;

  @Test
  void findsTheErrorsFolderBesideAMissingSingleCatalog() throws IOException {
    Path resources = Files.createDirectories(module.resolve("src/main/resources/errors"));
    Files.writeString(resources.resolve("salesforce.yaml"), "package: a\n");
    Files.writeString(resources.resolve("entra.yaml"), "package: b\n");
    Files.writeString(resources.resolve("notes.txt"), "not a catalog\n");
    assertEquals(List.of(resources.resolve("entra.yaml"), resources.resolve("salesforce.yaml")),
        TrackCatalogMojo.severalCatalogs(module.resolve("src/main/resources/errors.yaml")));
    assertEquals(List.of(resources.resolve("entra.yaml"), resources.resolve("salesforce.yaml")),
        TrackCatalogMojo.severalCatalogs(resources));
  }

  @Test
  void aSingleCatalogIsTrackedAlone() throws IOException {
    Path resources = Files.createDirectories(module.resolve("src/main/resources/errors"));
    Files.writeString(resources.resolve("entra.yaml"), "package: b\n");
    Path single = Files.writeString(module.resolve("src/main/resources/errors.yaml"), "x: 1\n");
    // The processor reads errors.yaml when it exists, so only it is tracked.
    assertEquals(List.of(), TrackCatalogMojo.severalCatalogs(single));
  }
}
