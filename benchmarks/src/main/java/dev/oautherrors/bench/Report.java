package dev.oautherrors.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results into the Markdown tables of RESULTS.md: ns/op ± error and B/op per
 * input and contender, the ratios of this project's parser against each other contender, and the
 * targets of the issue, met or missed.
 *
 * <p>Usage: {@code Report results/jmh.json results/runtime.md}
 */
public final class Report {
  /** One benchmark result. */
  record Result(String group, String input, String contender, double ns, double nsError,
      double best, double bytes) {}

  private Report() {}

  public static void main(String[] args) throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
    List<Result> results = new ArrayList<>();
    for (JsonNode run : root) {
      String[] name = run.get("benchmark").asString().split("\\.");
      String group = name[name.length - 2].replace("Benchmark", "");
      String contender = name[name.length - 1];
      JsonNode params = run.get("params");
      String input = params != null && params.has("input") ? params.get("input").asString()
          : params != null && params.has("shape") ? params.get("shape").asString()
          : group.equals("HttpResponse") ? "http_response" : "-";
      JsonNode primary = run.get("primaryMetric");
      JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
      double best = Double.POSITIVE_INFINITY;
      for (JsonNode fork : primary.path("rawData")) {
        for (JsonNode iteration : fork) {
          best = Math.min(best, number(iteration));
        }
      }
      results.add(new Result(group, input, contender, number(primary.get("score")),
          number(primary.get("scoreError")), best,
          alloc.isMissingNode() ? Double.NaN : number(alloc.get("score"))));
    }
    String md = markdown(results);
    Files.writeString(Path.of(args[1]), md, StandardCharsets.UTF_8);
    System.out.println(md);
  }

  /** JMH writes "NaN" as a string when it cannot compute an error (a single iteration). */
  private static double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : Double.NaN;
  }

  static String markdown(List<Result> results) {
    StringBuilder md = new StringBuilder("# Runtime parsing (JMH)\n\n")
        .append("ns/op: the mean (± the 99.9% error JMH reports) and the best measured "
            + "iteration, which other load on the machine disturbs least; bytes allocated per op "
            + "(`-prof gc`, gc.alloc.rate.norm), which load does not change.\n\n")
        .append("| group | input | contender | ns/op | ± | best | B/op |\n")
        .append("|---|---|---|---:|---:|---:|---:|\n");
    for (Result r : results) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %.1f | %.0f |%n",
          r.group(), r.input(), r.contender(), r.ns(), r.nsError(), r.best(), r.bytes()));
    }
    md.append("\n## Ratios: ours against each contender (time, and bytes)\n\n")
        .append("Ratios of ours to the other: below 1 means ours is faster or allocates less. "
            + "By mean and by best iteration.\n\n")
        .append("| group | input | vs | time (mean) | time (best) | bytes |\n")
        .append("|---|---|---|---:|---:|---:|\n");
    Map<String, Map<String, Result>> byInput = new LinkedHashMap<>();
    for (Result r : results) {
      byInput.computeIfAbsent(r.group() + "/" + r.input(), k -> new LinkedHashMap<>())
          .put(r.contender(), r);
    }
    List<String> targets = new ArrayList<>();
    for (Map<String, Result> contenders : byInput.values()) {
      Result ours = contenders.get("ours");
      if (ours == null) {
        continue;
      }
      for (Result other : contenders.values()) {
        if (other == ours) {
          continue;
        }
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %.2f | %.2f |%n",
            ours.group(), ours.input(), other.contender(), ours.ns() / other.ns(),
            ours.best() / other.best(), ours.bytes() / other.bytes()));
      }
      targets.addAll(targets(ours, contenders));
    }
    if (!targets.isEmpty()) {
      md.append("\n## Targets\n\n");
      for (String t : targets) {
        md.append("- ").append(t).append('\n');
      }
    }
    Map<String, Result> exceptions = new LinkedHashMap<>();
    for (Result r : results) {
      if (r.group().equals("Exception")) {
        exceptions.put(r.contender(), r);
      }
    }
    if (exceptions.containsKey("createWithTrace") && exceptions.containsKey("createWithoutTrace")) {
      md.append(String.format(Locale.ROOT, "%nA stack trace costs %.0f ns at the benchmark's "
              + "depth and %.0f ns 100 frames deeper (create with trace minus without, best "
              + "iterations).%n",
          exceptions.get("createWithTrace").best() - exceptions.get("createWithoutTrace").best(),
          exceptions.get("createWithTraceDepth100").best()
              - exceptions.get("createWithoutTraceDepth100").best()));
    }
    return md.toString();
  }

  /** The targets for one input. */
  private static List<String> targets(Result ours, Map<String, Result> contenders) {
    List<String> lines = new ArrayList<>();
    String where = ours.group() + "/" + ours.input();
    Result floor = contenders.containsKey("floorJackson") ? contenders.get("floorJackson")
        : contenders.get("floorStringScan");
    double limit = contenders.containsKey("floorJackson") ? 1.2 : 1.3;
    if (floor != null) {
      double ratio = ours.ns() / floor.ns();
      double bestRatio = ours.best() / floor.best();
      lines.add(String.format(Locale.ROOT, "%s: time %.2fx (mean) and %.2fx (best) the %s "
          + "floor (target at most %.1fx): %s", where, ratio, bestRatio, floor.contender(), limit,
          ratio <= limit && bestRatio <= limit ? "met"
              : ratio > limit && bestRatio > limit ? "MISSED" : "met on one measure only"));
    }
    Result nimbus = contenders.get("nimbus");
    if (nimbus != null) {
      double ratio = ours.bytes() / nimbus.bytes();
      lines.add(String.format(Locale.ROOT, "%s: %.0f B/op, %.2f of Nimbus's %.0f (target at "
          + "most 0.5): %s", where, ours.bytes(), ratio, nimbus.bytes(), ratio <= 0.5 ? "met"
          : "MISSED"));
    }
    if (floor != null) {
      lines.add(String.format(Locale.ROOT, "%s: %.0f B/op over the floor's %.0f (the floor "
          + "keeps the same strings in a small record; the rest is the result's objects)",
          where, ours.bytes() - floor.bytes(), floor.bytes()));
    }
    return lines;
  }
}
