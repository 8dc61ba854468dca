package dev.oautherrors.maven;

import dev.oautherrors.catalogimport.CatalogImporter;
import dev.oautherrors.catalogimport.ImportReport;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the catalog no longer mirrors the documentation table it was imported
 * from: a code the table added, a description it changed, a code it dropped. It writes nothing;
 * the failure lists the differences and the command that updates the catalog. Bound to
 * {@code validate}, so a stale catalog stops the build before anything is compiled from it.
 */
@Mojo(name = "check-table", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckTableMojo extends TableMojo {
  /** This execution, whose id the fix command names so that it gets this configuration. */
  @Parameter(defaultValue = "${mojoExecution}", readonly = true)
  MojoExecution execution;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipped (oauth.errors.table.skip): the catalog is not compared with "
          + table);
      return;
    }
    ImportReport report = run(CatalogImporter.Mode.CHECK);
    if (report.mirrors()) {
      getLog().info(inMavenTerms(report.mirrorsText()));
      return;
    }
    throw new MojoFailureException(inMavenTerms(report.differencesText(fixCommand())));
  }

  /**
   * {@code mvn oauth-errors:import-table@<id>}: the import with this execution's configuration
   * (Maven applies an execution's configuration to any goal run with its id, and the plugin's
   * own configuration to every execution). A check run from the command line has no execution
   * configuration to borrow.
   */
  String fixCommand() {
    String id = execution == null ? "default-cli" : execution.getExecutionId();
    return "mvn oauth-errors:import-table" + (id.equals("default-cli") ? "" : "@" + id);
  }
}
