#!/usr/bin/env bash
# Reproduces every figure of the Speed article's tables (Sources/AdvisorKit/AdvisorKit.docc/Speed.md), in release mode:
#
#   bash Sources/Benchmarks/benchmark.sh            # everything (about 10 minutes on 2 cores)
#   bash Sources/Benchmarks/benchmark.sh --quick    # end-to-end figures only, without the benchmark package
#
# 1. In-process (ordo-one/benchmark, Sources/Benchmarks/AdvisorBenchmarks): the compiled engine on
#    the shipped rules, load + type-check and evaluation of 1,000 and 10,000 synthetic rules, and
#    `rules check` on the shipped rules.
# 2. End to end (this script): `advisor batch` on 100,000 and 1,000,000 generated cases as JSON
#    Lines and as CSV (wall time, cases per second, CPU time, peak memory from /usr/bin/time), and
#    the start-up time of one `advisor --answers` case, for the release build the README recommends
#    (Swift runtime and Foundation linked in, fixed address) and for a plain `swift build -c release`;
#    paired with CLIPS (Debian's clips) in one hyperfine run: CLIPS starting and stopping, and CLIPS
#    running the same rules on the same case (Sources/Benchmarks/CLIPS/rules-to-clips.py), with
#    callgrind's instruction counts beside (repeatable on a busy machine); and the binary's size.
#    Needs: apt-get install clips hyperfine valgrind python3-yaml
# 3. The exact analyses (advisor-analysis-times, in process): each chat step, `--answers` with half
#    the questions answered, `rules check` and `rules diff` on the shipped rules and on generated
#    bases of 1,000 rules and 12, 24 and 40 questions, with the peak memory; and `rules check` of
#    the shipped rules end to end.
set -euo pipefail
cd "$(dirname "$0")/../.."

quick=false
[ "${1:-}" = "--quick" ] && quick=true

# The README's release build: the Swift runtime and Foundation linked in, at a fixed address.
swift build -c release --static-swift-stdlib -Xswiftc -Xclang-linker -Xswiftc -no-pie \
  --scratch-path .build-static --product advisor >/dev/null
swift build -c release --product advisor >/dev/null
swift build -c release --product advisor-synth >/dev/null
swift build -c release --product advisor-analysis-times >/dev/null
bin=.build-static/release
plain=.build/release
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start" >&2

if ! $quick; then
  ADVISOR_BENCHMARKS=1 swift package --allow-writing-to-package-directory benchmark --target AdvisorBenchmarks --no-progress --format markdown
fi

"$plain/advisor-synth" cases 100000 jsonl >"$work/100k.jsonl"
"$plain/advisor-synth" cases 1000000 jsonl >"$work/1m.jsonl"
"$plain/advisor-synth" cases 100000 csv >"$work/100k.csv"
"$plain/advisor-synth" cases 1000000 csv >"$work/1m.csv"
# The same cases with the id written with an escape ("\u0063" for "c"): the line scanner
# declines every line, so each goes through the full answer-file reading.
sed 's/"id": "c/"id": "\\u0063/' "$work/100k.jsonl" >"$work/100k-full-reading.jsonl"

# Three runs of advisor batch: prints "cases/s|wall|cpu|peak" — the time of the fastest run, and
# the largest peak memory of the three (it varies by a MiB or two from run to run).
batch() {
  local best="" largest=0
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$bin/advisor" batch "$@" >/dev/null 2>"$work/err"
    read -r wall user sys peak <"$work/time"
    [ "$peak" -gt "$largest" ] && largest=$peak
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < ${best%% *})}"; then best="$wall $user $sys"; fi
  done
  read -r wall user sys <<<"$best"
  peak=$largest
  local count
  count=$(grep -o '[0-9,]* cases' "$work/err" | tr -d ', cases')
  awk -v n="$count" -v w="$wall" -v u="$user" -v s="$sys" -v p="$peak" \
    'BEGIN{printf "%.0f|%.2f s|%.2f s|%.1f MiB", n/w, w, u+s, p/1024}'
}

# Start-up: median and fastest of 50 runs of one --answers case by the advisor in folder $1, in
# milliseconds (the median, because other work on a shared machine makes a few runs much slower).
startup() {
  printf '{"users": 12, "variable_bills": "accept", "backup_monitoring": true, "network_complexity": "moderate", "downtime_cost": "medium", "proactive_care": false}' >"$work/case.json"
  local times=()
  for _ in $(seq 50); do
    # $EPOCHREALTIME is read by bash itself, so only the advisor's launch and run fall between.
    local start end
    start=${EPOCHREALTIME/[.,]/}
    "$1/advisor" --answers "$work/case.json" --format json >/dev/null
    end=${EPOCHREALTIME/[.,]/}
    times+=($((end - start)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{t[NR]=$1} END{printf "%.1f ms median, %.1f ms fastest", (t[25]+t[26])/2e3, t[1]/1e3}'
}

echo
echo "| end to end (release, $(nproc) cores) | cases/s | wall | CPU (user+sys) | peak memory |"
echo "|---|---|---|---|---|"
for input in 100k.jsonl 1m.jsonl 100k.csv 1m.csv 100k-full-reading.jsonl; do
  IFS='|' read -r rate wall cpu peak <<<"$(batch "$work/$input")"
  echo "| advisor batch, $input | $rate | $wall | $cpu | $peak |"
done
echo
echo "start-up, one advisor --answers case: $(startup "$bin") (plain swift build -c release: $(startup "$plain"))"

# Start-up beside CLIPS, in one paired run, and instructions counted by callgrind (the binary
# stripped of its debug information, which valgrind cannot read).
startup_case=$work/case.json
python3 Sources/Benchmarks/CLIPS/rules-to-clips.py Rules "$startup_case" >"$work/case.clp"
echo '(exit)' >"$work/empty.clp"
strip --strip-debug -o "$work/advisor" "$bin/advisor"
echo
echo "start-up beside CLIPS (hyperfine, 300 runs each, paired):"
hyperfine -N --warmup 30 --runs 300 --style none --export-markdown "$work/startup.md" \
  "clips -f2 $work/empty.clp" "clips -f2 $work/case.clp" "$work/advisor --answers $startup_case --format json" >/dev/null
cat "$work/startup.md"
for command in "clips -f2 $work/empty.clp" "clips -f2 $work/case.clp" "$work/advisor --answers $startup_case --format json"; do
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind" $command >/dev/null 2>"$work/callgrind.err"
  echo "instructions, $(basename "${command%% *}") ${command#* }: $(grep -o 'refs: *[0-9,]*' "$work/callgrind.err" | tr -dc '0-9,')"
done
echo "binary size: $(stat -c %s "$bin/advisor") bytes, stripped $(strip -o "$work/stripped" "$bin/advisor" && stat -c %s "$work/stripped") bytes"
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end" >&2

echo
echo "exact analyses (advisor-analysis-times, in process, release):"
"$plain/advisor-analysis-times" 6,12,24,40 all
printf 'rules check, shipped rules, end to end: '
/usr/bin/time -f "%e s, %M KiB" "$bin/advisor" rules check --rules Rules 2>&1 >/dev/null | tail -1
