#!/usr/bin/env bash
# Mutation testing with PIT: mutates the module's classes and runs its tests against each mutant.
#
#   scripts/mutation.sh [runtime|processor|all]      (default: all)
#
# Fails when a module kills less than 80% of its mutants (-Dpit.threshold=N to change it).
# Reports: MODULE/target/pit-reports/index.html (and mutations.xml). Every class of the module is
# mutated, so a new package (such as processor/.../handler) is included without editing anything.
# Not part of CI: see docs/hostile-input.md for the run times.
set -euo pipefail
cd "$(dirname "$0")/.."

which="${1:-all}"
case "$which" in
  runtime|processor|all) ;;
  *) echo "usage: scripts/mutation.sh [runtime|processor|all]" >&2; exit 2 ;;
esac
shift || true

score() {
  python3 - "$1" <<'EOF' 2>/dev/null || echo "  (no report at $1)"
import sys, xml.etree.ElementTree as ET, collections
counts = collections.Counter(m.get('status') for m in ET.parse(sys.argv[1]).getroot())
total = sum(counts.values())
killed = counts['KILLED'] + counts['TIMED_OUT'] + counts['MEMORY_ERROR'] + counts['RUN_ERROR']
print(f"  {killed}/{total} mutants killed ({100 * killed // max(total, 1)}%): "
      + ", ".join(f"{k.lower()} {v}" for k, v in sorted(counts.items())))
EOF
}

run() {
  local module="$1"
  shift
  local start=$SECONDS
  # -am builds what the module depends on in the same run; the runtime is left out of a
  # processor run with -Dpit.skip.runtime=true, the other modules skip PIT themselves.
  mvn -B -ntp -pl "$module" -am test-compile org.pitest:pitest-maven:mutationCoverage "$@"
  echo "$module: mutation testing took $((SECONDS - start)) s"
  score "$module/target/pit-reports/mutations.xml"
}

if [[ "$which" == runtime || "$which" == all ]]; then
  run runtime "$@"
fi
if [[ "$which" == processor || "$which" == all ]]; then
  run processor -Dpit.skip.runtime=true "$@"
fi
