#!/usr/bin/env bash
# Builds the libFuzzer targets (Sources/Fuzz/Fuzz*) with the fuzzer and address sanitizer and runs
# each for SECONDS (default 600), starting from its seed corpus. New inputs go to
# .build-fuzz/corpus/<target>, crashes to .build-fuzz/findings/, logs to .build-fuzz/<target>.log.
# Leak detection is off: the targets' global rule base and the Swift runtime's caches live for the
# life of the process, and LeakSanitizer would report them at exit as if they were leaks.
#
#   Sources/Fuzz/run-fuzzers.sh [SECONDS]          all targets, one after the other
#   TARGETS="FuzzRules" Sources/Fuzz/run-fuzzers.sh 60
#   TIMEOUT=20 TARGETS="FuzzTools" Sources/Fuzz/run-fuzzers.sh 300   (seconds an input may take; 5 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
seconds=${1:-600}
timeout=${TIMEOUT:-5}
targets=${TARGETS:-"FuzzAnswers FuzzChat FuzzRules FuzzBatch FuzzTools"}
flags=(-c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library)
for target in $targets; do
  swift build "${flags[@]}" --product "$target"
done
mkdir -p .build-fuzz/findings
status=0
for target in $targets; do
  mkdir -p ".build-fuzz/corpus/$target"
  echo "== $target for $seconds s"
  if ! ".build-fuzz/release/$target" ".build-fuzz/corpus/$target" "Sources/Fuzz/$target/Corpus" \
      -max_total_time="$seconds" -max_len=8192 -rss_limit_mb=2048 -timeout="$timeout" \
      -artifact_prefix=".build-fuzz/findings/$target-" -print_final_stats=1 > ".build-fuzz/$target.log" 2>&1; then
    status=1
    echo "   crash: see .build-fuzz/findings/ and .build-fuzz/$target.log"
  fi
  grep -E "^#[0-9]+.*(DONE|cov:)" ".build-fuzz/$target.log" | tail -1
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" ".build-fuzz/$target.log" || true
done
exit $status
