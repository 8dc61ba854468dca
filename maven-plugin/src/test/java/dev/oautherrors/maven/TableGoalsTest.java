package dev.oautherrors.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-table and check-table, run as Maven runs them on a module with a table and a catalog. */
class TableGoalsTest {
  private static final String TABLE = """
      | Error | Meaning |
      |---|---|
      | `invalid_request` | A parameter is missing or repeated. |
      | `invalid_grant` | The grant is invalid or expired. |
      """;

  @TempDir
  Path module;

  private Path table;
  private Path catalog;
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void layout() throws IOException {
    table = write("docs/provider-errors.md", TABLE);
    catalog = module.resolve("src/main/resources/errors.yaml");
  }

  private Path write(String name, String text) throws IOException {
    Path file = module.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private <T extends TableMojo> T configure(T mojo) {
    mojo.table = table.toFile();
    mojo.codeColumn = "Error";
    mojo.descriptionColumn = "meaning";
    mojo.catalog = catalog.toFile();
    mojo.target = "errors";
    mojo.links = "text";
    mojo.duplicates = "error";
    mojo.removed = "keep";
    mojo.causes = "update";
    mojo.packageName = "com.example.oauth";
    mojo.basedir = module.toFile();
    mojo.setLog(new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        log.add(content.toString());
      }
    });
    return mojo;
  }

  private ImportTableMojo importTable() {
    return configure(new ImportTableMojo());
  }

  private CheckTableMojo checkTable(String executionId) {
    CheckTableMojo mojo = configure(new CheckTableMojo());
    mojo.execution = new MojoExecution(new MojoDescriptor(), executionId);
    return mojo;
  }

  @Test
  void importWritesTheCatalogAndCheckThenPasses() throws Exception {
    importTable().execute();

    assertEquals("Created src/main/resources/errors.yaml from docs/provider-errors.md, table 1 "
        + "at line 1, code column \"Error\", description column \"Meaning\":", log.get(0));
    assertTrue(Files.readString(catalog).contains("package: com.example.oauth\nerrors:\n"
        + "  - code: invalid_request\n    cause: A parameter is missing or repeated.\n"));
    log.clear();

    checkTable("check-errors").execute();

    assertEquals(List.of("src/main/resources/errors.yaml mirrors docs/provider-errors.md, table 1"
        + " at line 1, code column \"Error\", description column \"Meaning\" (0 added, 0 changed,"
        + " 0 not in the table (kept), 0 skipped, 0 normalised, 2 unchanged)"), log);
  }

  @Test
  void checkFailsTheBuildWithTheDifferencesAndTheGoalThatFixesThem() throws Exception {
    importTable().execute();
    write("docs/provider-errors.md", TABLE.replace("invalid or expired", "invalid, expired or "
        + "revoked") + "| `invalid_scope` | The scope is unknown. |\n");
    String before = Files.readString(catalog);

    MojoFailureException e = assertThrows(MojoFailureException.class,
        () -> checkTable("check-errors").execute());

    assertEquals("""
        src/main/resources/errors.yaml does not mirror docs/provider-errors.md, table 1 at line 1, \
        code column "Error", description column "Meaning":
          1 added, 1 changed, 0 not in the table (kept), 0 skipped, 0 normalised, 1 unchanged
        added:
          + invalid_scope  (row 3 at line 5)
              The scope is unknown.
        changed:
          ~ invalid_grant  (src/main/resources/errors.yaml:7; row 2 at line 4)
              was: The grant is invalid or expired.
              now: The grant is invalid, expired or revoked.
        To update the catalog, run:
          mvn oauth-errors:import-table@check-errors
        """, e.getMessage());
    assertEquals(before, Files.readString(catalog), "the check writes nothing");
    assertEquals("mvn oauth-errors:import-table", checkTable("default-cli").fixCommand());

    importTable().execute();
    checkTable("check-errors").execute();
  }

  @Test
  void configurationMistakesNameTheParameter() {
    ImportTableMojo mojo = importTable();
    mojo.removed = "drop";
    MojoExecutionException removed = assertThrows(MojoExecutionException.class, mojo::execute);
    assertEquals("<removed> takes keep, delete or ignore, not 'drop'", removed.getMessage());

    CheckTableMojo check = checkTable("check-errors");
    check.codeColumn = "Code";
    MojoFailureException column = assertThrows(MojoFailureException.class, check::execute);
    assertEquals("no table of docs/provider-errors.md has both the code column \"Code\" and the "
        + "description column \"meaning\"; its tables:\n  table 1 at line 1: \"Error\", "
        + "\"Meaning\"\nChoose the columns by header text or number (<codeColumn>, "
        + "<descriptionColumn>) and, if needed, the table (<tableIndex>).", column.getMessage());
  }

  @Test
  void skipSkipsWithoutReadingAnything() throws Exception {
    CheckTableMojo check = checkTable("check-errors");
    check.table = module.resolve("missing.md").toFile();
    check.skip = true;

    check.execute();

    assertTrue(log.get(0).startsWith("Skipped (oauth.errors.table.skip)"), log.toString());
  }
}
