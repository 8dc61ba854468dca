package dev.oautherrors.catalogimport;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line: {@code java -jar oauth-errors-catalog-import.jar import|check [options]}.
 * Exit status: 0 done (or the catalog mirrors the table), 1 the check found differences or the
 * input is wrong (a message says what and where), 2 the options are wrong, 3 an internal error.
 */
public final class Main {
  /** The check found differences, or the table or catalog is wrong. */
  static final int FAILED = 1;
  /** The options are wrong. */
  static final int USAGE = 2;
  /** A bug: a message, no stack trace, and a request to report it. */
  static final int INTERNAL = 3;

  private static final String HELP = """
      Usage: java -jar oauth-errors-catalog-import.jar <command> [options]

      Reads a provider's documentation table (a saved HTML page or a Markdown file) into an
      oauth-errors catalog, keeping every hand-written field, comment and line of it.

      Commands:
        import   add new codes, update changed causes, report codes the table no longer has
        check    compute the same changes, write nothing; exit 1 if there are any

      Options:
        --table FILE               the saved page (.html/.htm: HTML; .md/.markdown: Markdown)
        --format html|markdown     the page's format, when its name does not tell
        --table-index N            the Nth table of the page (default: the first table that
                                   has both columns)
        --code-column COLUMN       the column of codes: its header text (any case) or number
        --description-column COLUMN
                                   the column of descriptions, which become causes
        --code-pattern REGEX       a Java regex the code cell must contain; its group 1, if
                                   any, is the code ('AADSTS(\\d+)' reads AADSTS50126 as 50126)
        --catalog FILE             the catalog to write or check (errors.yaml)
        --target errors|subCodes   the list to fill: errors (default) or subCodes.codes
        --package NAME             the package: of a catalog that does not exist yet
        --links text|url           links in descriptions keep their text (default) or their
                                   text and address
        --base-url URL             resolves relative links, with --links url
        --duplicates error|first|last
                                   a code listed twice with different descriptions stops the
                                   import (default), or the first or last row wins
        --removed keep|delete|ignore
                                   catalog codes the table lacks: keep and report them
                                   (default; check fails), delete them, or ignore them
                                   (hand-written codes; check passes)
        --causes update|keep       update the causes of existing codes from the table
                                   (default), or keep them as written
        --help                     this text

      Exit status: 0 done, 1 differences found (check) or bad input, 2 bad options.
      """;

  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs the command line, printing to {@code out} and {@code err}; the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || List.of(args).contains("--help") || List.of(args).contains("-h")) {
      (args.length == 0 ? err : out).print(HELP);
      return args.length == 0 ? USAGE : 0;
    }
    try {
      CatalogImporter.Mode mode = switch (args[0]) {
        case "import" -> CatalogImporter.Mode.IMPORT;
        case "check" -> CatalogImporter.Mode.CHECK;
        default -> throw new UsageException(args[0].startsWith("-")
            ? "the first argument is the command, import or check; " + args[0] + " came first"
            : "unknown command '" + args[0] + "': use import or check");
      };
      ImportOptions options = parse(List.of(args).subList(1, args.length));
      ImportReport report = CatalogImporter.run(options, mode);
      if (mode == CatalogImporter.Mode.IMPORT) {
        out.print(report.importText());
        return 0;
      }
      if (report.mirrors()) {
        out.println(report.mirrorsText());
        return 0;
      }
      err.print(report.differencesText(fixCommand(args)));
      return FAILED;
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println("Run with --help for the options.");
      return USAGE;
    } catch (ImportException e) {
      err.println("error: " + e.getMessage());
      return FAILED;
    } catch (RuntimeException e) {
      err.println("internal error: " + e + "\nNothing was written. Please report this with the "
          + "table and catalog that caused it.");
      return INTERNAL;
    }
  }

  private static ImportOptions parse(List<String> args) throws UsageException {
    ImportOptions.Builder builder = ImportOptions.builder();
    Map<String, OptionSetter> setters = setters(builder);
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new UsageException("unexpected argument '" + arg + "': options start with --");
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      OptionSetter setter = setters.get(name);
      if (setter == null) {
        throw new UsageException("unknown option " + name + nearest(name, setters.keySet()));
      }
      String value;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
        value = args.get(++i);
      } else {
        throw new UsageException(name + " needs a value");
      }
      setter.set(name, value);
    }
    return builder.build();
  }

  /** Sets one option on the builder. */
  private interface OptionSetter {
    void set(String option, String value) throws UsageException;
  }

  private static Map<String, OptionSetter> setters(ImportOptions.Builder b) {
    Map<String, OptionSetter> setters = new LinkedHashMap<>();
    setters.put("--table", (o, v) -> b.table(Path.of(v)));
    setters.put("--format", (o, v) -> b.format(Choice.parse(TableFormat.class, o, v)));
    setters.put("--table-index", (o, v) -> b.tableIndex(number(o, v)));
    setters.put("--code-column", (o, v) -> b.codeColumn(ColumnRef.parse(o, v)));
    setters.put("--description-column", (o, v) -> b.descriptionColumn(ColumnRef.parse(o, v)));
    setters.put("--code-pattern", (o, v) -> b.codePattern(v));
    setters.put("--catalog", (o, v) -> b.catalog(Path.of(v)));
    setters.put("--target", (o, v) -> b.target(Choice.parse(Target.class, o, v)));
    setters.put("--package", (o, v) -> b.packageName(v));
    setters.put("--links", (o, v) -> b.links(Choice.parse(LinkStyle.class, o, v)));
    setters.put("--base-url", (o, v) -> b.baseUrl(v));
    setters.put("--duplicates", (o, v) -> b.duplicates(Choice.parse(DuplicatePolicy.class, o, v)));
    setters.put("--removed", (o, v) -> b.removed(Choice.parse(RemovedPolicy.class, o, v)));
    setters.put("--causes", (o, v) -> b.causes(Choice.parse(CausePolicy.class, o, v)));
    return setters;
  }

  private static int number(String option, String value) throws UsageException {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new UsageException(option + " takes a number, not '" + value + "'");
    }
  }

  /** {@code ; did you mean --table-index?} for a near miss; empty when nothing is near. */
  private static String nearest(String name, Iterable<String> known) {
    List<String> options = new ArrayList<>();
    known.forEach(options::add);
    String best = options.stream()
        .min(Comparator.comparingInt(option -> distance(option, name.toLowerCase(Locale.ROOT))))
        .orElse("");
    return distance(best, name.toLowerCase(Locale.ROOT)) <= 3 ? "; did you mean " + best + "?"
        : "";
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The same command line with {@code import} for {@code check}, quoted for a POSIX shell. */
  static String fixCommand(String[] args) {
    StringBuilder command = new StringBuilder("java -jar ").append(shellQuote(jarName()))
        .append(" import");
    for (int i = 1; i < args.length; i++) {
      command.append(' ').append(shellQuote(args[i]));
    }
    return command.toString();
  }

  private static String jarName() {
    try {
      Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (jar.toString().endsWith(".jar")) {
        Path here = Path.of("").toAbsolutePath();
        return jar.startsWith(here) ? here.relativize(jar).toString() : jar.toString();
      }
    } catch (URISyntaxException | RuntimeException e) {
      // Not run from a jar (tests, an IDE): the documented name will do.
    }
    return "oauth-errors-catalog-import.jar";
  }

  private static String shellQuote(String arg) {
    return arg.matches("[A-Za-z0-9_./:=@%+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
  }
}
