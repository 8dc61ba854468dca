package dev.oautherrors.bench.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor harness in its quick mode: the seed handler compiles with and without the
 * processor, two small synthetic catalogs compile under -Xlint:all -Werror, and the summary has
 * every part run.sh relies on.
 */
class ProcessorBenchmarkTest {
  @Test
  void quickRunCompilesEveryCaseAndWritesTheSummary(@TempDir Path out) throws Exception {
    ProcessorBenchmark.run("--quick", "--quiet", "--sizes", "10,30", "--subcodes", "20",
        "--out", out.toString());

    String summary = Files.readString(out.resolve("processor.md"), StandardCharsets.UTF_8);
    assertTrue(summary.contains("| seed | 24 | handler + processor | 1 |"), summary);
    assertTrue(summary.contains("| synthetic-30 | 30 | processor | 1 |"), summary);
    assertTrue(summary.contains("processor's own time: exponent"), summary);
    assertTrue(summary.contains("- 30 codes: 44 generated files"), summary);
    assertTrue(summary.contains("| seed+20 sub-codes | 24 | processor | 1 |"), summary);
    List<String> csv = Files.readAllLines(out.resolve("processor.csv"), StandardCharsets.UTF_8);
    assertEquals(1 + 3 + 2 + 2 + 2, csv.size(),
        "header, 3 seed cases, 2 cases per synthetic size, 2 for the sub-code catalog");
  }

  @Test
  void theSyntheticCatalogIsTheSameForTheSameSize() {
    assertEquals(SyntheticCatalog.yaml(50), SyntheticCatalog.yaml(50));
    assertTrue(SyntheticCatalog.yaml(50).contains("  - code: bench_error_00049\n"));
  }

  @Test
  void theExponentOfALineIsItsSlope() {
    List<ProcessorBenchmark.Case> cases = List.of(
        new ProcessorBenchmark.Case("a", 10, "processor", List.of(5.0), List.of(1.0)),
        new ProcessorBenchmark.Case("b", 100, "processor", List.of(50.0), List.of(100.0)),
        new ProcessorBenchmark.Case("c", 1000, "processor", List.of(500.0), List.of(10000.0)));
    assertEquals(1.0, Summary.exponent(cases, false), 1e-9);
    assertEquals(2.0, Summary.exponent(cases, true), 1e-9);
  }
}
