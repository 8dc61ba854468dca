package dev.oautherrors.maven;

import dev.oautherrors.catalogimport.CatalogImporter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Imports a provider's documentation table into the catalog: new codes are appended, changed
 * descriptions replace causes, and codes the table no longer lists are reported (deleted only
 * with {@code <removed>delete</removed>}). Every other field, comment and line of the catalog is
 * kept. Run it on demand ({@code mvn oauth-errors:import-table}); {@code check-table} keeps the
 * build honest between runs. See docs/importing-tables.md.
 */
@Mojo(name = "import-table", threadSafe = true)
public class ImportTableMojo extends TableMojo {
  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipped (oauth.errors.table.skip)");
      return;
    }
    info(inMavenTerms(run(CatalogImporter.Mode.IMPORT).importText()));
  }
}
