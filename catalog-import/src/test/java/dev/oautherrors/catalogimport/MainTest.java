package dev.oautherrors.catalogimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir
  Path dir;

  /** What one run printed and returned. */
  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    Run run = new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
    assertFalse(run.err.contains("\tat "), "no stack trace: " + run.err);
    return run;
  }

  private String[] acme(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command,
        "--table", Fixtures.resource("pages/acme-errors.md").toString(),
        "--code-column", "Code", "--description-column=What it means",
        "--catalog", dir.resolve("errors.yaml").toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void helpListsEveryOption() {
    Run help = run("--help");

    assertEquals(0, help.status);
    for (String option : List.of("--table ", "--format", "--table-index", "--code-column",
        "--description-column", "--code-pattern", "--catalog", "--target", "--package",
        "--links", "--base-url", "--duplicates", "--removed", "--causes")) {
      assertTrue(help.out.contains(option), option);
    }
    assertEquals(Main.USAGE, run().status, "no arguments: the help, as an error");
  }

  @Test
  void importThenCheckThenAChangedTableFailsTheCheckWithTheCommandThatFixesIt()
      throws Exception {
    Run created = run(acme("import", "--package", "com.example.acme"));
    assertEquals(0, created.status, created.err);
    assertTrue(created.out.startsWith("Created " + dir.resolve("errors.yaml") + " from "),
        created.out);
    assertTrue(created.out.contains("9 added, 0 changed"), created.out);

    Run check = run(acme("check"));
    assertEquals(0, check.status, check.err);
    assertTrue(check.out.contains(" mirrors "), check.out);

    Files.writeString(dir.resolve("errors.yaml"), Files.readString(dir.resolve("errors.yaml"))
        .replace("The scope is unknown", "The scope was unknown"));
    Run failed = run(acme("check", "--links", "url"));
    assertEquals(Main.FAILED, failed.status);
    assertTrue(failed.err.contains("""
          ~ invalid_scope  (%s:15; row 6 at line 16)
              was: The scope was unknown, malformed, or wider than the one granted.
              now: The scope is unknown, malformed, or wider than the one granted.
        """.formatted(dir.resolve("errors.yaml"))), failed.err);
    assertTrue(failed.err.endsWith("To update the catalog, run:\n  java -jar "
        + "oauth-errors-catalog-import.jar import --table "
        + Fixtures.resource("pages/acme-errors.md") + " --code-column Code "
        + "'--description-column=What it means' --catalog " + dir.resolve("errors.yaml")
        + " --links url\n"), failed.err);
  }

  @Test
  void usageErrorsSayWhatIsWrongWithoutAStackTrace() {
    Run unknown = run(acme("import", "--code-colum", "x"));
    assertEquals(Main.USAGE, unknown.status);
    assertEquals("error: unknown option --code-colum; did you mean --code-column?\n"
        + "Run with --help for the options.\n", unknown.err);

    assertEquals("error: unknown command 'imprt': use import or check\n"
        + "Run with --help for the options.\n", run("imprt").err);
    assertEquals("error: --catalog needs a value\nRun with --help for the options.\n",
        run("import", "--catalog").err);
    assertEquals("error: missing --code-column (the header or number of the column of codes)\n"
        + "Run with --help for the options.\n", run("import", "--table", "t.md", "--catalog",
        "c.yaml").err);
    assertEquals("error: --removed takes keep, delete or ignore, not 'drop'\n"
        + "Run with --help for the options.\n", run(acme("check", "--removed", "drop")).err);
    assertEquals("error: cannot tell from its name whether page.txt is Markdown or HTML: add "
        + "--format markdown or --format html\nRun with --help for the options.\n",
        run("check", "--table", "page.txt", "--catalog", "c.yaml", "--code-column", "1",
            "--description-column", "2").err);
    assertTrue(run(acme("check", "--code-pattern", "(")).err
        .startsWith("error: --code-pattern '(' is not a Java regex: Unclosed group"));
  }

  @Test
  void inputErrorsNameTheFileTheTableAndTheColumnsThatExist() {
    Run column = run(acme("check", "--table-index", "2"));
    assertEquals(Main.FAILED, column.status);
    assertEquals("error: --code-column: table 2 at line 24 of "
        + Fixtures.resource("pages/acme-errors.md") + " has no column \"Code\"; its columns: "
        + "\"Header\", \"Meaning\"\n", column.err);

    Run noTable = run(acme("check", "--table-index", "3"));
    assertEquals("error: --table-index 3: " + Fixtures.resource("pages/acme-errors.md")
        + " has 2 tables:\n  table 1 at line 9: \"Code\", \"HTTP\", \"What it means\"\n"
        + "  table 2 at line 24: \"Header\", \"Meaning\"\n", noTable.err);

    Run missing = run("check", "--table", dir.resolve("gone.html").toString(), "--catalog",
        "c.yaml", "--code-column", "1", "--description-column", "2");
    assertEquals("error: the table file " + dir.resolve("gone.html") + " does not exist\n",
        missing.err);
  }
}
