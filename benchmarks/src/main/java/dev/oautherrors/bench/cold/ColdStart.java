package dev.oautherrors.bench.cold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cost of the first parse, as whole processes: a fresh JVM that parses one token-endpoint
 * error body and exits ({@link ColdOurs}, {@link ColdNimbus}, {@link ColdSpring}), against the
 * same JVM on the same class path doing nothing ({@link ColdEmpty}). The contenders run in turn,
 * round after round (the order rotates each round), so that a slow moment of the machine falls on
 * all of them; the report gives each one's median wall time and the median minus the empty run's.
 * Then one run each with {@code -Xlog:class+load} counts the classes each loads beyond the empty
 * run, by family.
 *
 * <pre>java -cp ... dev.oautherrors.bench.cold.ColdStart [rounds] [report.md]</pre>
 */
public final class ColdStart {
  private static final List<String> CONTENDERS = List.of(
      ColdEmpty.class.getName(), ColdOurs.class.getName(), ColdNimbus.class.getName(),
      ColdSpring.class.getName());
  /** Class families worth counting: the cost of lambdas, of JSON libraries, of generated code. */
  private static final String[][] FAMILIES = {
      {"java.lang.invoke", "java.lang.invoke."},
      {"JDK's ASM / class-file API", "jdk.internal.org.objectweb.asm.", "jdk.internal.classfile.",
          "java.lang.classfile."},
      {"jackson (com.fasterxml)", "com.fasterxml."},
      {"generated catalog (com.example.salesforce.oauth)", "com.example.salesforce.oauth."},
      {"this project's runtime (dev.oautherrors.runtime)", "dev.oautherrors.runtime."},
      {"Nimbus (com.nimbusds)", "com.nimbusds."},
      {"Spring (org.springframework)", "org.springframework."},
  };

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    Path out = args.length > 1 ? Path.of(args[1]) : null;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");

    for (String contender : CONTENDERS) { // once each, unmeasured: files into the page cache
      run(java, classPath, contender, List.of());
    }
    Map<String, List<Double>> millis = new LinkedHashMap<>();
    Map<String, long[]> cpuTicks = new LinkedHashMap<>();
    CONTENDERS.forEach(c -> millis.put(c, new ArrayList<>()));
    CONTENDERS.forEach(c -> cpuTicks.put(c, new long[1]));
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < CONTENDERS.size(); i++) {
        String contender = CONTENDERS.get((i + round) % CONTENDERS.size());
        long before = childCpuTicks();
        millis.get(contender).add(run(java, classPath, contender, List.of()));
        cpuTicks.get(contender)[0] += childCpuTicks() - before;
      }
    }
    Map<String, Set<String>> classes = new LinkedHashMap<>();
    for (String contender : CONTENDERS) {
      classes.put(contender, loadedClasses(java, classPath, contender));
    }
    String report = report(rounds, millis, cpuTicks, classes);
    System.out.print(report);
    if (out != null) {
      Files.writeString(out, report, StandardCharsets.UTF_8);
    }
  }

  /** Runs one contender to its end; its wall time in milliseconds. Fails unless it exits with 0. */
  static double run(String java, String classPath, String main, List<String> jvmOptions,
      String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath);
    command.add(main);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    long start = System.nanoTime();
    Process process = builder.start();
    int status = process.waitFor();
    long end = System.nanoTime();
    if (status != 0) {
      throw new IllegalStateException(main + " exited with " + status);
    }
    return (end - start) / 1e6;
  }

  /** The names of the classes {@code main} loads, from {@code -Xlog:class+load}. */
  static Set<String> loadedClasses(String java, String classPath, String main, String... args)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("class-load", ".log");
    try {
      run(java, classPath, main, List.of("-Xlog:class+load=info:file=" + log), args);
      Set<String> names = new TreeSet<>();
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        // [0.010s][info][class,load] java.lang.Object source: shared objects file
        int tag = line.indexOf("[class,load] ");
        if (tag >= 0) {
          String rest = line.substring(tag + "[class,load] ".length());
          int space = rest.indexOf(' ');
          names.add(space < 0 ? rest : rest.substring(0, space));
        }
      }
      return names;
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /**
   * The CPU time (user + system, in clock ticks of 10 ms) of this process's children that have
   * been waited for, from {@code /proc/self/stat} (fields cutime and cstime); -1 elsewhere. On a
   * machine that other work keeps busy, wall time mostly measures the wait for a core; summed over
   * many runs, the children's CPU time gives a mean that waiting does not inflate.
   */
  static long childCpuTicks() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // After "pid (comm) ", field 3 (state) is fields[0]: cutime is field 16, cstime field 17.
      return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static String report(int rounds, Map<String, List<Double>> millis,
      Map<String, long[]> cpuTicks, Map<String, Set<String>> classes) {
    StringBuilder md = new StringBuilder();
    String empty = CONTENDERS.get(0);
    double emptyMedian = median(millis.get(empty));
    md.append("# Cold first parse\n\n")
        .append(String.format(Locale.ROOT, "%d rounds; wall time of whole processes (JVM start to"
            + " exit), medians; `java -version`: %s %s.%n%n", rounds,
            System.getProperty("java.vm.name"), System.getProperty("java.runtime.version")))
        .append("| contender | median ms | min | max | first parse (median − empty) ms |"
            + " mean CPU ms | first parse, CPU (mean − empty) ms |"
            + " classes loaded beyond the empty run |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    double emptyCpu = cpuTicks.get(empty)[0] * 10.0 / rounds;
    for (String contender : CONTENDERS) {
      List<Double> times = millis.get(contender);
      double median = median(times);
      Set<String> extra = new TreeSet<>(classes.get(contender));
      extra.removeAll(classes.get(empty));
      double cpu = cpuTicks.get(contender)[0] * 10.0 / rounds;
      md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %s | %.1f | %s | %d |%n",
          simpleName(contender), median, times.stream().mapToDouble(d -> d).min().orElse(0),
          times.stream().mapToDouble(d -> d).max().orElse(0),
          contender.equals(empty) ? "—"
              : String.format(Locale.ROOT, "%.1f", median - emptyMedian),
          cpu, contender.equals(empty) ? "—" : String.format(Locale.ROOT, "%.1f", cpu - emptyCpu),
          contender.equals(empty) ? classes.get(empty).size() : extra.size()));
    }
    md.append("\nClasses beyond the empty run, by family (the empty run's own total in its row"
        + " above):\n\n| family |");
    for (String contender : CONTENDERS.subList(1, CONTENDERS.size())) {
      md.append(' ').append(simpleName(contender)).append(" |");
    }
    md.append("\n|---|").append("---:|".repeat(CONTENDERS.size() - 1)).append('\n');
    for (String[] family : FAMILIES) {
      md.append("| ").append(family[0]).append(" |");
      for (String contender : CONTENDERS.subList(1, CONTENDERS.size())) {
        Set<String> extra = new TreeSet<>(classes.get(contender));
        extra.removeAll(classes.get(empty));
        long count = extra.stream().filter(name -> Arrays.stream(family, 1, family.length)
            .anyMatch(name::startsWith)).count();
        md.append(' ').append(count).append(" |");
      }
      md.append('\n');
    }
    return md.toString();
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(d -> d).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
