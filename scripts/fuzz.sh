#!/usr/bin/env bash
# A longer fuzzing campaign over hvdesk's WS-Management readers (tests/fuzz): builds the libFuzzer
# targets with clang-14 into build/fuzz and runs one, by default wsman_fuzzer for 10 minutes:
#   scripts/fuzz.sh [seconds] [jobs] [wsman_fuzzer|xml_diff_fuzzer|http_fuzzer]
# (xml_diff_fuzzer: XmlReader against QXmlStreamReader over the same input; http_fuzzer: the
# client's HTTP answer reader, the same answer whatever the split of its bytes.)
# Prints executions, executions per second, coverage and findings. New interesting inputs stay
# in build/fuzz/corpus (not the committed seeds); crashes are written to build/fuzz/findings/.
# To keep a crash as a regression seed, copy it into tests/fuzz/corpus/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-600}
jobs=${2:-1}
target=${3:-wsman_fuzzer}
build=$root/build/fuzz
cxx=${HVDESK_FUZZ_CXX:-clang++-14}
command -v "$cxx" >/dev/null 2>&1 || { echo "fuzz.sh: $cxx not found; run scripts/setup.sh (clang-14, libclang-rt-14-dev)" >&2; exit 1; }
corpus=$build/corpus
[ "$target" = wsman_fuzzer ] || corpus=$build/corpus-$target
mkdir -p "$build" "$corpus" "$build/findings"
if [ ! -f "$build/build.ninja" ]; then
  CXX=$cxx cmake -S "$root/tests/fuzz" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" -j2 >/dev/null
name=${target%_fuzzer}
seeds=$root/tests/fuzz/corpus-$name
[ -d "$seeds" ] || seeds=$root/tests/fuzz/corpus
dict=$root/tests/fuzz/$name.dict
[ -f "$dict" ] || dict=$root/tests/fuzz/wsman.dict
cp -n "$seeds"/* "$corpus/" 2>/dev/null || true
log=$build/campaign-$target.log
echo "== fuzzing the WS-Management readers ($target) for ${seconds}s ($jobs job(s)); log: $log"
parallel=()
[ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")
set +e
# From the build directory: with -jobs, libFuzzer writes one fuzz-N.log per job into the
# current directory.
(cd "$build" && rm -f fuzz-*.log && "$build/$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=1024 \
  -max_len=65536 -dict="$dict" -artifact_prefix="$build/findings/" -print_final_stats=1 \
  "${parallel[@]}" "$corpus" >"$log" 2>&1)
status=$?
set -e
if [ "$jobs" -gt 1 ]; then cat "$build"/fuzz-*.log >>"$log" 2>/dev/null || true; fi
last=$(grep -E '^#[0-9]+' "$log" | tail -1)
echo "last status line: $last"
grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb|new_units_added)' "$log" || true
echo "coverage: $(echo "$last" | grep -oE 'cov: [0-9]+ ft: [0-9]+') corpus: $(ls "$corpus" | wc -l) inputs"
findings=$(ls "$build/findings" | wc -l)
echo "findings: $findings"
ls -l "$build/findings" 2>/dev/null | tail -n +2
exit $(( status != 0 || findings != 0 ))
