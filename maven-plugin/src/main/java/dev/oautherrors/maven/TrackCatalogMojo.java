package dev.oautherrors.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes the next compilation regenerate the catalog's types when {@code errors.yaml} changed.
 *
 * <p>maven-compiler-plugin recompiles only when a {@code .java} source or a dependency changed, so
 * an edited catalog would otherwise leave the old exception classes in place and every handler
 * unchecked against the new codes. This goal compares the catalog with the SHA-256 recorded by the
 * previous build and, when they differ, deletes the module's compiled classes (main and test), so
 * the compiler recompiles the module and the processor runs again. When the catalog is unchanged
 * it does nothing. It logs one line saying what it did and why.
 */
@Mojo(name = "track-catalog", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class TrackCatalogMojo extends AbstractMojo {
  /**
   * The catalog the processor reads. Set it when you pass {@code -Aoauth.errors.catalog=<path>}
   * to the compiler: one property, {@code oauth.errors.catalog}, can feed both. A module with
   * several catalogs ({@code errors/*.yaml} beside this path, or this path naming that folder)
   * has each tracked with a stamp of its own.
   */
  @Parameter(property = "oauth.errors.catalog",
      defaultValue = "${project.basedir}/src/main/resources/errors.yaml")
  private File catalog;

  /** Where the catalog's SHA-256 from the previous build is kept. */
  @Parameter(defaultValue = "${project.build.directory}/oauth-errors/catalog.sha256",
      readonly = true)
  private File stamp;

  /** The main class output, whose class files are deleted when the catalog changed. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
  private File outputDirectory;

  /** The test class output, whose class files are deleted when the catalog changed. */
  @Parameter(defaultValue = "${project.build.testOutputDirectory}", readonly = true)
  private File testOutputDirectory;

  /** The module's directory; messages show paths relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  private File basedir;

  /** Skips the goal. */
  @Parameter(property = "oauth.errors.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipped (oauth.errors.skip): a changed catalog will not be recompiled");
      return;
    }
    List<Path> outputs = List.of(outputDirectory.toPath(), testOutputDirectory.toPath());
    try {
      if (!catalog.isDirectory()) {
        // The single catalog, also when it is gone (its stamp then says so and is removed).
        getLog().info(new CatalogTracker(catalog.toPath(), stamp.toPath(), outputs,
            basedir.toPath()).track().message());
      }
      for (Path file : severalCatalogs(catalog.toPath())) {
        String name = file.getFileName().toString();
        Path own = stamp.toPath().resolveSibling(
            "catalog-" + name.substring(0, name.length() - ".yaml".length()) + ".sha256");
        getLog().info(new CatalogTracker(file, own, outputs, basedir.toPath()).track().message());
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot track the catalog " + catalog + ": " + e, e);
    }
  }

  /**
   * The catalogs of a module with several, as the processor finds them: every {@code *.yaml} of
   * {@code catalog} when it is a folder, else of the {@code errors/} folder beside it; none when
   * the module has a single catalog there.
   */
  static List<Path> severalCatalogs(Path catalog) throws IOException {
    Path folder = Files.isDirectory(catalog) ? catalog
        : Files.isRegularFile(catalog) || catalog.getParent() == null ? null
            : catalog.getParent().resolve("errors");
    if (folder == null || !Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml")
          && Files.isRegularFile(f)).sorted().collect(Collectors.toList());
    }
  }
}
