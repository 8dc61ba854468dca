package dev.oautherrors.bench;

import dev.oautherrors.bench.contenders.Floors;
import dev.oautherrors.bench.contenders.Nimbus;
import dev.oautherrors.bench.contenders.Ours;
import dev.oautherrors.bench.contenders.Spring;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A cross-check of the JMH ratios that other processes on the machine disturb far less: the same
 * calls as the JMH benchmarks, timed by this thread's CPU time ({@code
 * ThreadMXBean.getCurrentThreadCpuTime}) rather than the wall clock, so time spent descheduled
 * while other processes run is not counted. Contenders take turns in short rounds; each one's
 * figure is the median round. One JVM, so JIT profiles are shared as in an application that
 * parses every kind of input; no dead-code elimination guard beyond a volatile sink, which is
 * why JMH's table stays the reference and this only checks its ratios.
 *
 * <p>The sub-code rows compare the seed catalog with 1,000 sub-codes ("ours") against the seed
 * catalog itself and the seed with 5 sub-codes, on the same Entra-shaped bytes, as {@link
 * SubCodeBenchmark} does.
 *
 * <p>Usage: {@code CpuTimeCheck results/cpu-time.md [rounds [input-prefix]]}; with a prefix, only
 * the inputs whose name starts with it.
 */
public final class CpuTimeCheck {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static volatile Object sink;

  private CpuTimeCheck() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Map<String, Map<String, Callable<Object>>> inputs = new LinkedHashMap<>();
    for (Inputs.Body input : Inputs.BODIES) {
      byte[] body = input.bytes();
      var nimbus = Nimbus.response(400,
          Map.of("Content-Type", List.of("application/json")), body);
      var headers = Spring.jsonHeaders();
      Map<String, Callable<Object>> contenders = new LinkedHashMap<>();
      contenders.put("ours", () -> Ours.body(body));
      contenders.put("nimbus", () -> Nimbus.body(nimbus));
      contenders.put("spring", () -> Spring.body(headers, body));
      contenders.put("floorJackson", () -> Floors.jackson(body));
      inputs.put("Body/" + input.name(), contenders);
    }
    for (Inputs.Redirect input : Inputs.REDIRECTS) {
      String uri = input.uri();
      Map<String, Callable<Object>> contenders = new LinkedHashMap<>();
      contenders.put("ours", () -> Ours.redirect(uri));
      contenders.put("nimbus", () -> Nimbus.redirect(uri));
      contenders.put("floorUriSplit", () -> Floors.uriSplit(uri));
      contenders.put("floorStringScan", () -> Floors.stringScan(uri));
      inputs.put("Redirect/" + input.name(), contenders);
    }
    byte[] body = Inputs.HTTP_BODY.bytes();
    var nimbus = Nimbus.response(Inputs.HTTP_STATUS, Inputs.HTTP_HEADERS, body);
    var headers = Spring.headers(Inputs.HTTP_HEADERS);
    Map<String, Callable<Object>> http = new LinkedHashMap<>();
    http.put("ours", () -> Ours.response(Inputs.HTTP_STATUS, Ours.HTTP_HEADERS, body));
    http.put("nimbus", () -> Nimbus.body(nimbus));
    http.put("spring", () -> Spring.body(headers, body));
    http.put("floorJackson", () -> Floors.jackson(body));
    inputs.put("HttpResponse/http_response", http);
    for (String shape : new String[] {"error_codes", "description_only"}) {
      SubCodeBenchmark state = new SubCodeBenchmark();
      state.shape = shape;
      state.setUp();
      Map<String, Callable<Object>> contenders = new LinkedHashMap<>();
      contenders.put("ours", () -> {
        try {
          return state.subCodes1000();
        } catch (Throwable e) {
          throw new IllegalStateException(e);
        }
      });
      contenders.put("seed", state::seed);
      contenders.put("subCodes5", () -> {
        try {
          return state.subCodes5();
        } catch (Throwable e) {
          throw new IllegalStateException(e);
        }
      });
      inputs.put("SubCode/" + shape + " (ours: 1,000 sub-codes)", contenders);
    }
    if (args.length > 2) {
      inputs.keySet().removeIf(name -> !name.startsWith(args[2]));
    }

    StringBuilder md = new StringBuilder("# CPU-time cross-check\n\n")
        .append("Thread CPU time per op (ns), median of ").append(rounds)
        .append(" rounds, contenders taking turns; ratio = ours / contender.\n\n")
        .append("| input | contender | CPU ns/op | ours / it |\n|---|---|---:|---:|\n");
    for (Map.Entry<String, Map<String, Callable<Object>>> input : inputs.entrySet()) {
      Map<String, Double> medians = measure(input.getValue(), rounds);
      double ours = medians.get("ours");
      for (Map.Entry<String, Double> c : medians.entrySet()) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %s |%n", input.getKey(),
            c.getKey(), c.getValue(), c.getKey().equals("ours") ? "–"
                : String.format(Locale.ROOT, "%.2f", ours / c.getValue())));
      }
    }
    Files.writeString(Path.of(args[0]), md, StandardCharsets.UTF_8);
    System.out.println(md);
  }

  private static Map<String, Double> measure(Map<String, Callable<Object>> contenders,
      int rounds) throws Exception {
    Map<String, Integer> batch = new LinkedHashMap<>();
    for (Map.Entry<String, Callable<Object>> c : contenders.entrySet()) {
      // Warm up for about 0.6 s of CPU, and size a batch to about 30 ms.
      long start = THREADS.getCurrentThreadCpuTime();
      int n = 0;
      while (THREADS.getCurrentThreadCpuTime() - start < 600_000_000L) {
        for (int i = 0; i < 1000; i++) {
          sink = c.getValue().call();
        }
        n += 1000;
      }
      batch.put(c.getKey(), Math.max(1000, n * 30 / 600));
    }
    Map<String, double[]> times = new LinkedHashMap<>();
    contenders.keySet().forEach(name -> times.put(name, new double[rounds]));
    for (int r = 0; r < rounds; r++) {
      for (Map.Entry<String, Callable<Object>> c : contenders.entrySet()) {
        int n = batch.get(c.getKey());
        Callable<Object> op = c.getValue();
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
          sink = op.call();
        }
        times.get(c.getKey())[r] = (THREADS.getCurrentThreadCpuTime() - start) / (double) n;
      }
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> t : times.entrySet()) {
      double[] sorted = t.getValue().clone();
      Arrays.sort(sorted);
      medians.put(t.getKey(), sorted[sorted.length / 2]);
    }
    return medians;
  }
}
