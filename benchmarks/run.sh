#!/usr/bin/env bash
# Builds everything and runs every benchmark; writes raw results and summaries to results/.
#
#   benchmarks/run.sh            the full run (about 9 minutes on 2 cores; 516 s in RESULTS.md)
#   QUICK=1 benchmarks/run.sh    a smoke run: one short JMH iteration each, processor once each
#   HANDLER=/abs/path/To.java benchmarks/run.sh
#                                times another handler of the reference catalog (absolute, or
#                                relative to benchmarks/; default: the hand-written visitor in
#                                src/main/java/dev/oautherrors/bench/handler/)
#
# JMH: one fork per benchmark, 3 warm-up and 5 measured iterations of 1 s, with -prof gc for
# bytes per op; 36 parsing benchmarks take about 6 minutes, the 8 RestClient round trips
# (RestClientBenchmark, a local JDK HttpServer) about 1.5 more. Then a CPU-time cross-check of
# the ratios (about a minute; see CpuTimeCheck), the cold first parse as whole processes (21
# rounds of four fresh JVMs, about 40 s; see cold/ColdStart), and the processor harness in one
# JVM through javax.tools (about 4 minutes; see ProcessorBenchmark for its plan). JAVA_HOME
# picks the JDK (default: the java on PATH).
set -euo pipefail
cd "$(dirname "$0")"
started=$(date +%s)
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mkdir -p results

echo "== build (mvn package, tests skipped)"
(cd .. && mvn -q -B -ntp -DskipTests package -pl benchmarks -am)
CP="$(cat target/classpath.txt):target/classes"

echo "== machine"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cores: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "java: $("$JAVA" -version 2>&1 | head -1)"
  echo "vm: $("$JAVA" -version 2>&1 | tail -1)"
  echo "commit: $(git -C .. rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee results/machine.txt

if [[ "${QUICK:-}" == 1 ]]; then
  JMH_OPTS=(-f 1 -wi 1 -w 200ms -i 1 -r 200ms)
  PROCESSOR_OPTS=(--quick)
  CPU_ROUNDS=3
  COLD_ROUNDS=5
else
  JMH_OPTS=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
  PROCESSOR_OPTS=()
  CPU_ROUNDS=11
  COLD_ROUNDS=21
fi
if [[ -n "${HANDLER:-}" ]]; then
  PROCESSOR_OPTS+=(--handler "$HANDLER")
fi

echo "== JMH: runtime parsing (${JMH_OPTS[*]} -prof gc)"
"$JAVA" -cp "$CP" org.openjdk.jmh.Main "${JMH_OPTS[@]}" -prof gc \
  -rf json -rff results/jmh.json -o results/jmh.txt \
  'dev\.oautherrors\.bench\.(Body|Redirect|HttpResponse|Exception|SubCode)Benchmark'
"$JAVA" -cp "$CP" dev.oautherrors.bench.Report results/jmh.json results/runtime.md

echo "== JMH: RestClient round trip, Spring Security's error handler and ours (${JMH_OPTS[*]} -prof gc)"
"$JAVA" -cp "$CP" org.openjdk.jmh.Main "${JMH_OPTS[@]}" -prof gc \
  -rf json -rff results/restclient.json -o results/restclient.txt \
  'dev\.oautherrors\.bench\.RestClientBenchmark'

echo "== CPU-time cross-check of the ratios"
"$JAVA" -cp "$CP" dev.oautherrors.bench.CpuTimeCheck results/cpu-time.md "$CPU_ROUNDS"

echo "== cold first parse: fresh JVMs, ${COLD_ROUNDS} rounds, against an empty run"
"$JAVA" -cp "$CP" dev.oautherrors.bench.cold.ColdStart "$COLD_ROUNDS" results/cold-start.md

echo "== processor timing"
"$JAVA" -cp "$CP" dev.oautherrors.bench.processor.ProcessorBenchmark --out results \
  "${PROCESSOR_OPTS[@]}" 2> >(tee results/processor.log >&2)

elapsed=$(( $(date +%s) - started ))
{
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "run.sh took: ${elapsed} s"
} | tee -a results/machine.txt
echo "== done; results in benchmarks/results/"
