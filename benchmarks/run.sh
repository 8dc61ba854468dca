#!/usr/bin/env bash
# Builds everything and runs every benchmark; writes raw results and summaries to results/.
#
#   benchmarks/run.sh            the full run (about 13 minutes on 2 cores)
#   QUICK=1 benchmarks/run.sh    a smoke run: one short JMH iteration each, processor once each
#
# JMH: one fork per benchmark, 3 warm-up and 5 measured iterations of 1 s, with -prof gc for
# bytes per op; 35 benchmarks take about 6 minutes. The processor harness runs in one JVM through
# javax.tools; see ProcessorBenchmark for its plan. JAVA_HOME picks the JDK (default: java on PATH).
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
} | tee results/machine.txt

if [[ "${QUICK:-}" == 1 ]]; then
  JMH_OPTS=(-f 1 -wi 1 -w 200ms -i 1 -r 200ms)
  PROCESSOR_OPTS=(--quick)
else
  JMH_OPTS=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
  PROCESSOR_OPTS=()
fi

echo "== JMH: runtime parsing (${JMH_OPTS[*]} -prof gc)"
"$JAVA" -cp "$CP" org.openjdk.jmh.Main "${JMH_OPTS[@]}" -prof gc \
  -rf json -rff results/jmh.json -o results/jmh.txt \
  'dev\.oautherrors\.bench\.(Body|Redirect|HttpResponse|Exception)Benchmark'
"$JAVA" -cp "$CP" dev.oautherrors.bench.Report results/jmh.json results/runtime.md

echo "== processor timing"
"$JAVA" -cp "$CP" dev.oautherrors.bench.processor.ProcessorBenchmark --out results \
  "${PROCESSOR_OPTS[@]}" 2> >(tee results/processor.log >&2)

echo "== done in $(( $(date +%s) - started )) s; results in benchmarks/results/"
