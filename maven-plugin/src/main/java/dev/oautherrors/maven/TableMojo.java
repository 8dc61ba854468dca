package dev.oautherrors.maven;

import dev.oautherrors.catalogimport.CatalogImporter;
import dev.oautherrors.catalogimport.CausePolicy;
import dev.oautherrors.catalogimport.Choice;
import dev.oautherrors.catalogimport.ColumnRef;
import dev.oautherrors.catalogimport.DuplicatePolicy;
import dev.oautherrors.catalogimport.ImportException;
import dev.oautherrors.catalogimport.ImportOptions;
import dev.oautherrors.catalogimport.ImportReport;
import dev.oautherrors.catalogimport.LinkStyle;
import dev.oautherrors.catalogimport.RemovedPolicy;
import dev.oautherrors.catalogimport.TableFormat;
import dev.oautherrors.catalogimport.Target;
import dev.oautherrors.catalogimport.UsageException;
import java.io.File;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code import-table} and {@code check-table} share: the same configuration, read into the
 * same options as the command line's, so that one {@code <configuration>} serves both goals.
 */
abstract class TableMojo extends AbstractMojo {
  /** The command line's option names, as they appear in messages, and their parameters here. */
  private static final Map<String, String> PARAMETERS = Map.ofEntries(
      Map.entry("--table-index", "<tableIndex>"), Map.entry("--table", "<table>"),
      Map.entry("--format", "<format>"), Map.entry("--code-column", "<codeColumn>"),
      Map.entry("--description-column", "<descriptionColumn>"),
      Map.entry("--code-pattern", "<codePattern>"), Map.entry("--catalog", "<catalog>"),
      Map.entry("--target", "<target>"), Map.entry("--package", "<package>"),
      Map.entry("--links", "<links>"), Map.entry("--base-url", "<baseUrl>"),
      Map.entry("--duplicates", "<duplicates>"), Map.entry("--removed", "<removed>"),
      Map.entry("--causes", "<causes>"));
  private static final Pattern OPTION = Pattern.compile("--[a-z]+(?:-[a-z]+)*");

  /** The saved documentation page: {@code .html}/{@code .htm} or {@code .md}/{@code .markdown}. */
  @Parameter(property = "oauth.errors.table", required = true)
  File table;

  /** {@code html} or {@code markdown}, when the table file's name does not tell. */
  @Parameter(property = "oauth.errors.format")
  String format;

  /** The 1-based index of the table in the page; default: the first with both columns. */
  @Parameter(property = "oauth.errors.tableIndex")
  Integer tableIndex;

  /** The column of codes: its header text (any case) or its 1-based number. */
  @Parameter(property = "oauth.errors.codeColumn", required = true)
  String codeColumn;

  /** The column of descriptions, which become causes: header text or number. */
  @Parameter(property = "oauth.errors.descriptionColumn", required = true)
  String descriptionColumn;

  /** A Java regex the code cell must contain; its group 1, if any, is the code. */
  @Parameter(property = "oauth.errors.codePattern")
  String codePattern;

  /** The catalog; the same property as track-catalog's, so one setting serves every goal. */
  @Parameter(property = "oauth.errors.catalog",
      defaultValue = "${project.basedir}/src/main/resources/errors.yaml")
  File catalog;

  /** The list to fill: {@code errors} or {@code subCodes} ({@code subCodes.codes}). */
  @Parameter(property = "oauth.errors.target", defaultValue = "errors")
  String target;

  /** The {@code package:} of a catalog that does not exist yet. */
  @Parameter(alias = "package", property = "oauth.errors.package")
  String packageName;

  /** Links in descriptions keep their {@code text}, or their text and address ({@code url}). */
  @Parameter(property = "oauth.errors.links", defaultValue = "text")
  String links;

  /** The address relative links are resolved against, with {@code <links>url</links>}. */
  @Parameter(property = "oauth.errors.baseUrl")
  String baseUrl;

  /** A code listed twice with different descriptions: {@code error}, {@code first}, {@code last}. */
  @Parameter(property = "oauth.errors.duplicates", defaultValue = "error")
  String duplicates;

  /** Catalog codes the table lacks: {@code keep} (reported; the check fails), {@code delete},
   * or {@code ignore} (hand-written codes; the check passes). */
  @Parameter(property = "oauth.errors.removed", defaultValue = "keep")
  String removed;

  /** Whether the table's descriptions replace existing causes: {@code update} or {@code keep}. */
  @Parameter(property = "oauth.errors.causes", defaultValue = "update")
  String causes;

  /** The module's directory; messages show paths relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  File basedir;

  /** Skips import-table and check-table. */
  @Parameter(property = "oauth.errors.table.skip", defaultValue = "false")
  boolean skip;

  /** Runs the import in {@code mode}; configuration problems and bad input fail the goal. */
  final ImportReport run(CatalogImporter.Mode mode)
      throws MojoExecutionException, MojoFailureException {
    try {
      return CatalogImporter.run(options(), mode);
    } catch (UsageException e) {
      throw new MojoExecutionException(inMavenTerms(e.getMessage()), e);
    } catch (ImportException e) {
      throw new MojoFailureException(inMavenTerms(e.getMessage()), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("internal error: " + e + "; nothing was written. Please "
          + "report this with the table and catalog that caused it.", e);
    }
  }

  private ImportOptions options() throws UsageException {
    ImportOptions.Builder builder = ImportOptions.builder()
        .relativeTo(basedir.toPath())
        .table(require(table, "--table").toPath())
        .catalog(require(catalog, "--catalog").toPath())
        .codeColumn(ColumnRef.parse("--code-column", require(codeColumn, "--code-column")))
        .descriptionColumn(ColumnRef.parse("--description-column",
            require(descriptionColumn, "--description-column")))
        .target(Choice.parse(Target.class, "--target", target))
        .links(Choice.parse(LinkStyle.class, "--links", links))
        .duplicates(Choice.parse(DuplicatePolicy.class, "--duplicates", duplicates))
        .removed(Choice.parse(RemovedPolicy.class, "--removed", removed))
        .causes(Choice.parse(CausePolicy.class, "--causes", causes));
    if (present(format)) {
      builder.format(Choice.parse(TableFormat.class, "--format", format));
    }
    if (tableIndex != null) {
      builder.tableIndex(tableIndex);
    }
    if (present(codePattern)) {
      builder.codePattern(codePattern);
    }
    if (present(packageName)) {
      builder.packageName(packageName);
    }
    if (present(baseUrl)) {
      builder.baseUrl(baseUrl);
    }
    return builder.build();
  }

  private static <T> T require(T value, String option) throws UsageException {
    if (value == null) {
      throw new UsageException("missing " + option);
    }
    return value;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /** {@code message} with the command line's option names replaced by this goal's parameters. */
  static String inMavenTerms(String message) {
    Matcher matcher = OPTION.matcher(message);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out,
          Matcher.quoteReplacement(PARAMETERS.getOrDefault(matcher.group(), matcher.group())));
    }
    return matcher.appendTail(out).toString();
  }

  /** Logs {@code text} one line at a time, so each line gets Maven's prefix. */
  final void info(String text) {
    text.lines().forEach(getLog()::info);
  }
}
