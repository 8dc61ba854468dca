#!/usr/bin/env bash
# Fuzzes each fuzz target with Jazzer for MINUTES minutes (default 5), one after the other.
#
#   scripts/fuzz.sh [MINUTES] [TARGET...]
#
# A TARGET is MODULE:TestClass#method, e.g. runtime:ParserFuzzTest#body; without targets, every
# fuzz test of the project is fuzzed. Each target runs in its own JVM (Jazzer fuzzes one fuzz test
# per run) with Jazzer's hooks on, starting from its committed corpus under
# src/test/resources/<package>/<TestClass>Inputs/<method>/; an input that fails the test is saved
# there (crash-<sha1>) and becomes a regression test. New coverage-raising inputs go to
# MODULE/.cifuzz-corpus/ (ignored by git; keep it to resume later). Logs: target/fuzz/.
# Prints, per target, the executions, the time and the outcome; exits non-zero on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."

minutes="${1:-5}"
if [[ $# -gt 0 ]]; then
  shift
fi
if ! [[ "$minutes" =~ ^[0-9]+$ ]] || [[ "$minutes" -lt 1 ]]; then
  echo "usage: scripts/fuzz.sh [MINUTES] [MODULE:TestClass#method...]" >&2
  exit 2
fi

targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  # Every @FuzzTest method, found in the sources: a new fuzz test is fuzzed without editing this.
  while IFS= read -r file; do
    module="${file%%/*}"
    class="$(basename "$file" .java)"
    while IFS= read -r method; do
      targets+=("$module:$class#$method")
    done < <(awk '/@FuzzTest/ { fuzz = 1 }
        fuzz && match($0, /void [a-zA-Z0-9_]+\(/) {
          print substr($0, RSTART + 5, RLENGTH - 6); fuzz = 0 }' "$file")
  done < <(grep -rl --include='*.java' '@FuzzTest' -- */src/test/java | sort)
fi

mkdir -p target/fuzz

summary=()
status=0
for target in "${targets[@]}"; do
  module="${target%%:*}"
  test="${target#*:}"
  log="target/fuzz/${module}-${test//#/-}.log"
  echo "Fuzzing $target for $minutes minute(s); log: $log"
  set +e
  # junit.jupiter.execution.timeout.mode=disabled: JUnit would otherwise apply the fuzz test's
  # 1-second @Timeout to the whole fuzzing run; Jazzer passes it to libFuzzer as -timeout=1,
  # where it bounds each input.
  JAZZER_FUZZ=1 mvn -B -ntp -pl "$module" -am test-compile surefire:test \
    -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.hooks=true \
    -Djazzer.max_duration="${minutes}m" \
    -Djunit.jupiter.execution.timeout.mode=disabled \
    >"$log" 2>&1
  rc=$?
  set -e
  done_line="$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)"
  runs="$(sed -nE 's/^Done ([0-9]+) runs in ([0-9]+) second.*/\1/p' <<<"$done_line")"
  seconds="$(sed -nE 's/^Done ([0-9]+) runs in ([0-9]+) second.*/\2/p' <<<"$done_line")"
  if [[ $rc -eq 0 ]]; then
    outcome="no finding"
  else
    outcome="FINDING or failure (exit $rc): see $log"
    status=1
  fi
  summary+=("$(printf '%-45s %12s runs %6s s  %s' "$target" "${runs:-?}" "${seconds:-?}" "$outcome")")
done

echo
echo "Fuzzing summary ($minutes minute(s) per target):"
printf '%s\n' "${summary[@]}"
exit $status
