package dev.oautherrors.bench.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the annotation processor inside javac, in one JVM through javax.tools: warm-up
 * compilations, then measured ones, each in a fresh file manager and output folder.
 *
 * <ul>
 *   <li>The seed: an {@code @OAuthErrorHandler} of the reference catalog compiled with the
 *       processor (which generates the catalog's types, checks the handler and writes its
 *       dispatcher), against the same handler compiled with the generated sources given as
 *       plain sources ({@code -proc:none}), and alone against the types compiled before.
 *       {@code --handler} swaps in another handler source.
 *   <li>Synthetic catalogs of 100, 1,000 and 10,000 codes: javac with the processor (and one
 *       empty class, since javac needs a source), against javac on the sources it generated; the
 *       processor's own time is measured inside javac. The growth exponent is the slope of a
 *       least-squares line through (log codes, log median time).
 *   <li>The seed catalog with a {@code subCodes:} section of 1,000 sub-codes ({@link
 *       SubCodeCatalog}; {@code --subcodes} sets the sizes, {@code 0} none): javac with the
 *       processor and one empty class, against javac on the sources it generated.
 * </ul>
 *
 * <p>Every compilation uses {@code -Xlint:all -Werror}. Writes {@code processor.csv} (every
 * compilation) and {@code processor.md} (the summary) to {@code --out}.
 *
 * <p>Usage: {@code ProcessorBenchmark [--out DIR] [--handler FILE] [--catalog FILE]
 * [--sizes 100,1000,10000] [--subcodes 1000] [--quick] [--quiet]}; {@code --quick} runs each case once, for tests;
 * {@code --quiet} logs nothing while it runs.
 */
public final class ProcessorBenchmark {
  /** Warm-up and measured compilations. */
  record Plan(int warmup, int measured) {}

  /** One measured case: its times in milliseconds. */
  record Case(String catalog, int codes, String name, List<Double> totalMs,
      List<Double> processorMs) {}

  private final Path out;
  private final Path handler;
  private final Path catalog;
  private final int[] sizes;
  private final int[] subCodeSizes;
  private final boolean quick;
  private final boolean quiet;
  private final Path work;
  private final List<String> csv = new ArrayList<>(
      List.of("catalog,codes,case,iteration,total_ms,processor_ms"));
  private final List<Case> cases = new ArrayList<>();
  private final List<String> limits = new ArrayList<>();

  private ProcessorBenchmark(Map<String, String> options) throws IOException {
    this.out = Path.of(options.getOrDefault("--out", "results"));
    this.handler = Path.of(options.getOrDefault("--handler",
        "src/main/java/dev/oautherrors/bench/handler/AnnotatedSalesforceHandler.java"));
    this.catalog = Path.of(options.getOrDefault("--catalog",
        "../example-app/src/main/resources/errors/salesforce.yaml"));
    this.sizes = Arrays.stream(options.getOrDefault("--sizes", "100,1000,10000").split(","))
        .mapToInt(Integer::parseInt).toArray();
    this.subCodeSizes = Arrays.stream(options.getOrDefault("--subcodes", "1000").split(","))
        .mapToInt(Integer::parseInt).filter(n -> n > 0).toArray();
    this.quick = options.containsKey("--quick");
    this.quiet = options.containsKey("--quiet");
    Files.createDirectories(out);
    // tmpfs when there is one: the cost measured is javac's and the processor's, not the disk's.
    Path shm = Path.of("/dev/shm");
    this.work = Files.isDirectory(shm) && Files.isWritable(shm)
        ? Files.createTempDirectory(shm, "processor-bench")
        : Files.createTempDirectory("processor-bench");
  }

  public static void main(String[] args) throws IOException {
    System.out.println(run(args));
  }

  /** Runs with the options of {@link #main}; returns the summary it also writes. */
  static String run(String... args) throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--quick") || args[i].equals("--quiet")) {
        options.put(args[i], "true");
      } else {
        options.put(args[i], args[++i]);
      }
    }
    return new ProcessorBenchmark(options).run();
  }

  /** Runs everything and writes the results; returns the summary. */
  String run() throws IOException {
    try {
      seed();
      for (int size : sizes) {
        synthetic(size);
      }
      for (int size : subCodeSizes) {
        subCodes(size);
      }
      Files.write(out.resolve("processor.csv"), csv, StandardCharsets.UTF_8);
      String summary = Summary.markdown(cases, handler, Runtime.version().toString(), limits);
      Files.writeString(out.resolve("processor.md"), summary, StandardCharsets.UTF_8);
      return summary;
    } finally {
      Javac.delete(work);
    }
  }

  private Plan plan(int codes) {
    if (quick) {
      return new Plan(0, 1);
    }
    if (codes <= 100) {
      return new Plan(10, 20);
    }
    if (codes <= 1000) {
      return new Plan(2, 6);
    }
    // A 10,000-code round takes over a minute: the first compilation (which checks the
    // class-file limits) is its warm-up.
    return new Plan(0, 2);
  }

  private void seed() {
    // A first compilation with the processor gives the generated sources and their classes.
    Javac.Run first = Javac.compile(work, List.of(handler), catalog, List.of());
    List<Path> generated = Javac.javaFiles(first.generated());
    List<Path> withGenerated = new ArrayList<>(List.of(handler));
    withGenerated.addAll(generated);
    int codes = countCodes(generated);
    log("seed catalog: " + codes + " codes, " + generated.size() + " generated files");

    Case processor = newCase("seed", codes, "handler + processor");
    Case plain = newCase("seed", codes, "handler + generated sources, no processor");
    Case alone = newCase("seed", codes, "handler alone, types compiled before");
    Plan plan = plan(codes);
    for (int i = -plan.warmup(); i < plan.measured(); i++) {
      // Interleaved, so that drift in the machine's speed touches each case alike.
      record(processor, i, Javac.compile(work, List.of(handler), catalog, List.of()));
      record(plain, i, Javac.compile(work, withGenerated, null, List.of()));
      record(alone, i, Javac.compile(work, List.of(handler), null, List.of(first.classes())));
    }
    Javac.delete(first.classes());
    Javac.delete(first.generated());
  }

  private void synthetic(int codes) throws IOException {
    String name = "synthetic-" + codes;
    Path yaml = work.resolve(name + ".yaml");
    Files.writeString(yaml, SyntheticCatalog.yaml(codes), StandardCharsets.UTF_8);
    Path anchorDir = work.resolve("anchor" + codes);
    Files.createDirectories(anchorDir);
    Path anchor = anchorDir.resolve("Anchor.java");
    Files.writeString(anchor, "package bench.anchor;\n\nfinal class Anchor {}\n",
        StandardCharsets.UTF_8);

    long start = System.nanoTime();
    Javac.Run first = Javac.compile(work, List.of(anchor), yaml, List.of());
    List<Path> generated = Javac.javaFiles(first.generated());
    ClassFileLimits.Peak peak = ClassFileLimits.scan(first.classes());
    limits.add(String.format(Locale.ROOT, "- %,d codes: %d generated files, %d class files; %s",
        codes, generated.size(), classFiles(first.classes()), peak));
    log(name + ": compiled with -Xlint:all -Werror in "
        + Math.round((System.nanoTime() - start) / 1e6) + " ms; " + peak);
    Javac.delete(first.classes());
    List<Path> withGenerated = new ArrayList<>(List.of(anchor));
    withGenerated.addAll(generated);

    Case processor = newCase(name, codes, "processor");
    Case plain = newCase(name, codes, "generated sources, no processor");
    Plan plan = plan(codes);
    for (int i = -plan.warmup(); i < plan.measured(); i++) {
      record(processor, i, Javac.compile(work, List.of(anchor), yaml, List.of()));
      record(plain, i, Javac.compile(work, withGenerated, null, List.of()));
    }
    Javac.delete(first.generated());
  }

  private void subCodes(int subCodes) throws IOException {
    String name = "seed+" + subCodes + " sub-codes";
    Path yaml = work.resolve("subcodes-" + subCodes + ".yaml");
    Files.writeString(yaml, SubCodeCatalog.yaml(
        Files.readString(catalog, StandardCharsets.UTF_8), subCodes), StandardCharsets.UTF_8);
    Path anchor = SubCodeCatalog.anchor(work, "subcodes" + subCodes);
    Javac.Run first = Javac.compile(work, List.of(anchor), yaml, List.of());
    List<Path> generated = Javac.javaFiles(first.generated());
    int codes = countCodes(generated);
    ClassFileLimits.Peak peak = ClassFileLimits.scan(first.classes());
    limits.add(String.format(Locale.ROOT, "- seed + %,d sub-codes: %d generated files; %s",
        subCodes, generated.size(), peak));
    Javac.delete(first.classes());
    List<Path> withGenerated = new ArrayList<>(List.of(anchor));
    withGenerated.addAll(generated);
    Case processor = newCase(name, codes, "processor");
    Case plain = newCase(name, codes, "generated sources, no processor");
    Plan plan = plan(subCodes);
    for (int i = -plan.warmup(); i < plan.measured(); i++) {
      record(processor, i, Javac.compile(work, List.of(anchor), yaml, List.of()));
      record(plain, i, Javac.compile(work, withGenerated, null, List.of()));
    }
    Javac.delete(first.generated());
  }

  private Case newCase(String catalogName, int codes, String name) {
    Case c = new Case(catalogName, codes, name, new ArrayList<>(), new ArrayList<>());
    cases.add(c);
    return c;
  }

  /** Records a measured run (iteration 0 on; warm-ups are negative) and deletes its output. */
  private void record(Case c, int iteration, Javac.Run run) {
    double total = run.totalNanos() / 1e6;
    double processor = run.processorNanos() / 1e6;
    Javac.delete(run.classes());
    Javac.delete(run.generated());
    if (iteration < 0) {
      return;
    }
    c.totalMs().add(total);
    c.processorMs().add(processor);
    csv.add(String.format(Locale.ROOT, "%s,%d,\"%s\",%d,%.3f,%.3f", c.catalog(), c.codes(),
        c.name(), iteration, total, processor));
    if (iteration == 0 || c.codes() >= 1000) {
      log(String.format(Locale.ROOT, "  %s / %s #%d: %.1f ms (processor %.1f ms)", c.catalog(),
          c.name(), iteration, total, processor));
    }
  }

  /** The codes of a generated catalog: one exception class per code, besides the fixed ones. */
  private static int countCodes(List<Path> generated) {
    int codes = 0;
    for (Path file : generated) {
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.contains("public static final String CODE = ")) {
          codes++;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return codes;
  }

  private static long classFiles(Path folder) {
    try (var walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(".class")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void log(String line) {
    if (!quiet) {
      System.err.println(line);
    }
  }
}
