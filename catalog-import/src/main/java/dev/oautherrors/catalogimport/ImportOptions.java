package dev.oautherrors.catalogimport;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Everything an import or a check needs: the page and its table, the columns, the catalog and
 * what to do in the cases that need a decision. The command line and the Maven goals both build
 * one with {@link #builder()}; option names in messages are the command line's.
 */
public final class ImportOptions {
  private final Path table;
  private final TableFormat format;
  private final OptionalInt tableIndex;
  private final ColumnRef codeColumn;
  private final ColumnRef descriptionColumn;
  private final Optional<Pattern> codePattern;
  private final Target target;
  private final Path catalog;
  private final Optional<String> packageName;
  private final LinkStyle links;
  private final Optional<String> baseUrl;
  private final DuplicatePolicy duplicates;
  private final RemovedPolicy removed;
  private final CausePolicy causes;
  private final Optional<Path> relativeTo;

  private ImportOptions(Builder b, TableFormat format) {
    this.table = b.table;
    this.format = format;
    this.tableIndex = b.tableIndex;
    this.codeColumn = b.codeColumn;
    this.descriptionColumn = b.descriptionColumn;
    this.codePattern = b.codePattern;
    this.target = b.target;
    this.catalog = b.catalog;
    this.packageName = b.packageName;
    this.links = b.links;
    this.baseUrl = b.baseUrl;
    this.duplicates = b.duplicates;
    this.removed = b.removed;
    this.causes = b.causes;
    this.relativeTo = b.relativeTo;
  }

  /** A builder with the defaults: target {@code errors}, links as text, duplicates an error,
   * removed codes kept, causes updated. */
  public static Builder builder() {
    return new Builder();
  }

  /** The saved documentation page. */
  public Path table() {
    return table;
  }

  /** How the page is written: given, or told by its file name. */
  public TableFormat format() {
    return format;
  }

  /** The 1-based index of the table in the page; empty: the first with both columns. */
  public OptionalInt tableIndex() {
    return tableIndex;
  }

  /** The column that holds the codes. */
  public ColumnRef codeColumn() {
    return codeColumn;
  }

  /** The column that holds the descriptions, which become causes. */
  public ColumnRef descriptionColumn() {
    return descriptionColumn;
  }

  /** A regex the code cell must contain; its group 1, if it has one, is the code. */
  public Optional<Pattern> codePattern() {
    return codePattern;
  }

  /** Which list of the catalog the table fills. */
  public Target target() {
    return target;
  }

  /** The catalog to write or check. */
  public Path catalog() {
    return catalog;
  }

  /** The {@code package:} of a catalog that does not exist yet. */
  public Optional<String> packageName() {
    return packageName;
  }

  /** What links in descriptions become. */
  public LinkStyle links() {
    return links;
  }

  /** The address relative links are resolved against (with {@link LinkStyle#URL}). */
  public Optional<String> baseUrl() {
    return baseUrl;
  }

  /** What a code listed twice with different descriptions does. */
  public DuplicatePolicy duplicates() {
    return duplicates;
  }

  /** What happens to catalog codes the table no longer lists. */
  public RemovedPolicy removed() {
    return removed;
  }

  /** Whether the table's descriptions replace existing causes. */
  public CausePolicy causes() {
    return causes;
  }

  /** {@code path} as messages show it: relative to {@link Builder#relativeTo} when inside it. */
  public String display(Path path) {
    if (relativeTo.isPresent()) {
      Path absolute = path.toAbsolutePath().normalize();
      if (absolute.startsWith(relativeTo.get()) && !absolute.equals(relativeTo.get())) {
        return relativeTo.get().relativize(absolute).toString();
      }
    }
    return path.toString();
  }

  /** Collects the options; {@link #build()} checks them. */
  public static final class Builder {
    private Path table;
    private Optional<TableFormat> format = Optional.empty();
    private OptionalInt tableIndex = OptionalInt.empty();
    private ColumnRef codeColumn;
    private ColumnRef descriptionColumn;
    private Optional<Pattern> codePattern = Optional.empty();
    private Target target = Target.ERRORS;
    private Path catalog;
    private Optional<String> packageName = Optional.empty();
    private LinkStyle links = LinkStyle.TEXT;
    private Optional<String> baseUrl = Optional.empty();
    private DuplicatePolicy duplicates = DuplicatePolicy.ERROR;
    private RemovedPolicy removed = RemovedPolicy.KEEP;
    private CausePolicy causes = CausePolicy.UPDATE;
    private Optional<Path> relativeTo = Optional.empty();

    private Builder() {}

    /** Sets {@link ImportOptions#table()}. */
    public Builder table(Path table) {
      this.table = table;
      return this;
    }

    /** Sets {@link ImportOptions#format()}; without it the file name decides. */
    public Builder format(TableFormat format) {
      this.format = Optional.of(format);
      return this;
    }

    /** Sets {@link ImportOptions#tableIndex()} (1-based). */
    public Builder tableIndex(int index) throws UsageException {
      if (index < 1) {
        throw new UsageException("--table-index " + index + ": tables are numbered from 1");
      }
      this.tableIndex = OptionalInt.of(index);
      return this;
    }

    /** Sets {@link ImportOptions#codeColumn()}. */
    public Builder codeColumn(ColumnRef column) {
      this.codeColumn = column;
      return this;
    }

    /** Sets {@link ImportOptions#descriptionColumn()}. */
    public Builder descriptionColumn(ColumnRef column) {
      this.descriptionColumn = column;
      return this;
    }

    /** Sets {@link ImportOptions#codePattern()} from its Java regex text. */
    public Builder codePattern(String regex) throws UsageException {
      try {
        this.codePattern = Optional.of(Pattern.compile(regex));
      } catch (PatternSyntaxException e) {
        throw new UsageException("--code-pattern '" + regex + "' is not a Java regex: "
            + e.getDescription() + " at index " + e.getIndex());
      }
      return this;
    }

    /** Sets {@link ImportOptions#target()}. */
    public Builder target(Target target) {
      this.target = Objects.requireNonNull(target);
      return this;
    }

    /** Sets {@link ImportOptions#catalog()}. */
    public Builder catalog(Path catalog) {
      this.catalog = catalog;
      return this;
    }

    /** Sets {@link ImportOptions#packageName()}. */
    public Builder packageName(String packageName) throws UsageException {
      String name = packageName.strip();
      if (!name.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*")) {
        throw new UsageException("--package '" + packageName + "' is not a Java package name");
      }
      this.packageName = Optional.of(name);
      return this;
    }

    /** Sets {@link ImportOptions#links()}. */
    public Builder links(LinkStyle links) {
      this.links = Objects.requireNonNull(links);
      return this;
    }

    /** Sets {@link ImportOptions#baseUrl()}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Optional.of(baseUrl.strip());
      return this;
    }

    /** Sets {@link ImportOptions#duplicates()}. */
    public Builder duplicates(DuplicatePolicy duplicates) {
      this.duplicates = Objects.requireNonNull(duplicates);
      return this;
    }

    /** Sets {@link ImportOptions#removed()}. */
    public Builder removed(RemovedPolicy removed) {
      this.removed = Objects.requireNonNull(removed);
      return this;
    }

    /** Sets {@link ImportOptions#causes()}. */
    public Builder causes(CausePolicy causes) {
      this.causes = Objects.requireNonNull(causes);
      return this;
    }

    /** Shows paths under {@code directory} relative to it in messages (a Maven module's). */
    public Builder relativeTo(Path directory) {
      this.relativeTo = Optional.of(directory.toAbsolutePath().normalize());
      return this;
    }

    /** The options, once every required one is there and they agree. */
    public ImportOptions build() throws UsageException {
      require(table, "--table (the saved documentation page)");
      require(catalog, "--catalog (the errors.yaml to write or check)");
      require(codeColumn, "--code-column (the header or number of the column of codes)");
      require(descriptionColumn,
          "--description-column (the header or number of the column of descriptions)");
      if (codeColumn.equals(descriptionColumn)) {
        throw new UsageException("--code-column and --description-column are both "
            + codeColumn + ": choose two columns");
      }
      TableFormat resolved = format.or(() -> TableFormat.of(table))
          .orElseThrow(() -> new UsageException("cannot tell from its name whether " + table
              + " is Markdown or HTML: add --format markdown or --format html"));
      return new ImportOptions(this, resolved);
    }

    private static void require(Object value, String what) throws UsageException {
      if (value == null) {
        throw new UsageException("missing " + what);
      }
    }
  }
}
