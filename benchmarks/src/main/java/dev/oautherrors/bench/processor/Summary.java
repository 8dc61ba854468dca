package dev.oautherrors.bench.processor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The processor results as Markdown: one table of every case, the seed's costs, the fits. */
final class Summary {
  private Summary() {}

  static String markdown(List<ProcessorBenchmark.Case> cases, Path handler, String jdk,
      List<String> limits) {
    StringBuilder md = new StringBuilder()
        .append("# Processor timing (javax.tools, one JVM, JDK ").append(jdk).append(")\n\n")
        .append("Handler: `").append(handler).append("`. Times in ms; every compilation with "
            + "`-Xlint:all -Werror`.\n\n")
        .append("| catalog | codes | case | runs | median | mean ± sd | min | processor "
            + "median |\n")
        .append("|---|---:|---|---:|---:|---:|---:|---:|\n");
    for (ProcessorBenchmark.Case c : cases) {
      List<Double> t = c.totalMs();
      md.append(String.format(Locale.ROOT, "| %s | %d | %s | %d | %.1f | %.1f ± %.1f | %.1f | %s |%n",
          c.catalog(), c.codes(), c.name(), t.size(), median(t), mean(t), sd(t),
          Collections.min(t), c.processorMs().stream().allMatch(p -> p == 0)
              ? "–" : String.format(Locale.ROOT, "%.1f", median(c.processorMs()))));
    }
    ProcessorBenchmark.Case withProcessor = find(cases, "seed", "handler + processor");
    ProcessorBenchmark.Case plain =
        find(cases, "seed", "handler + generated sources, no processor");
    ProcessorBenchmark.Case alone = find(cases, "seed", "handler alone, types compiled before");
    if (withProcessor != null && plain != null && alone != null) {
      md.append(String.format(Locale.ROOT, "%nSeed catalog (medians): the processor's own time "
              + "is %.1f ms; javac with the processor takes %.1f ms more than on the same "
              + "sources without it, and %.1f ms more than the handler alone against types "
              + "compiled before (that is, the processor plus compiling its %d codes' types).%n",
          median(withProcessor.processorMs()),
          median(withProcessor.totalMs()) - median(plain.totalMs()),
          median(withProcessor.totalMs()) - median(alone.totalMs()), withProcessor.codes()));
    }
    List<ProcessorBenchmark.Case> processorCases = new ArrayList<>();
    List<ProcessorBenchmark.Case> plainCases = new ArrayList<>();
    for (ProcessorBenchmark.Case c : cases) {
      if (c.catalog().startsWith("synthetic-")) {
        (c.name().equals("processor") ? processorCases : plainCases).add(c);
      }
    }
    if (processorCases.size() >= 2) {
      md.append("\nGrowth with catalog size (least-squares slope of log median time against "
              + "log codes; 1.0 is linear):\n\n")
          .append(String.format(Locale.ROOT, "- processor's own time: exponent %.3f%n",
              exponent(processorCases, true)))
          .append(String.format(Locale.ROOT, "- total javac with the processor: exponent %.3f%n",
              exponent(processorCases, false)))
          .append(String.format(Locale.ROOT, "- javac on the generated sources alone: exponent "
              + "%.3f%n", exponent(plainCases, false)));
    }
    if (!limits.isEmpty()) {
      md.append("\nClass-file limits (every generated class, compiled with `-Xlint:all -Werror`):"
          + "\n\n");
      limits.forEach(line -> md.append(line).append('\n'));
    }
    return md.toString();
  }

  /** Slope of the least-squares line through (ln codes, ln median ms). */
  static double exponent(List<ProcessorBenchmark.Case> cases, boolean processorTime) {
    int n = cases.size();
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      ProcessorBenchmark.Case c = cases.get(i);
      x[i] = Math.log(c.codes());
      y[i] = Math.log(median(processorTime ? c.processorMs() : c.totalMs()));
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i] / n;
      my += y[i] / n;
    }
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxy / sxx;
  }

  private static ProcessorBenchmark.Case find(List<ProcessorBenchmark.Case> cases,
      String catalog, String name) {
    return cases.stream().filter(c -> c.catalog().equals(catalog) && c.name().equals(name))
        .findFirst().orElse(null);
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  private static double sd(List<Double> values) {
    if (values.size() < 2) {
      return 0;
    }
    double m = mean(values);
    double sum = 0;
    for (double v : values) {
      sum += (v - m) * (v - m);
    }
    return Math.sqrt(sum / (values.size() - 1));
  }
}
